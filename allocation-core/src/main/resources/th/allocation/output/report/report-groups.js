// The report's tables by province, ESA and inspection region (tables.js: sort, search, CSV download), the
// tile map of provinces with its highest and lowest (map.js), money by component, and the download buttons of
// the tables written in the page's HTML. Called by report.js.
var AllocReportGroups = (function () {
  'use strict';

  /** Draws its part of the page; c is the page's context (report.js). */
  function drawGroups(c) {
    var data = c.data, ui = c.ui, text = c.text, S = c.S, E = c.E, t = c.t, plain = c.plain, draw = c.draw;
    var number = c.number, whole = c.whole, oneDecimal = c.oneDecimal, percent = c.percent, tableText = c.tableText;
    var schools = data.schools;

    // ---- Tables by province, ESA and inspection region.
    var groupRows = function (g) {
      return g.names.map(function (name, k) {
        return {k: k, name: name, label: g.labels[k]};
      });
    };
    var changePercent = function (value, base) {
      return base <= 0 ? null : E.changePercent(value - base, base);
    };
    var groupColumns = function (g, first) {
      var columns = first.slice();
      columns.push({label: ui['col.schools'], csv: 'schools', number: true, value: function (r) {
        return g.schools[r.k];
      }, text: function (r) {
        return E.count(g.schools[r.k]);
      }});
      columns.push({label: ui['col.pupils'], csv: 'pupils', number: true, value: function (r) {
        return g.pupils[r.k];
      }, text: function (r) {
        return E.count(g.pupils[r.k]);
      }});
      data.scenarios.forEach(function (label, s) {
        var key = label.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').toLowerCase() || ('s' + s);
        columns.push({label: t('col.allocation', {scenario: label}), csv: 'allocation_' + key, number: true,
          value: function (r) {
            return plain(g.allocation[s][r.k]);
          }, text: function (r) {
            return E.money(g.allocation[s][r.k]);
          }});
        columns.push({label: t('col.per_pupil', {scenario: label}), csv: 'per_pupil_' + key, number: true,
          value: function (r) {
            return g.perPupil[s][r.k] < 0 ? '' : plain(g.perPupil[s][r.k]);
          }, text: function (r) {
            return g.perPupil[s][r.k] < 0 ? '–' : E.money(g.perPupil[s][r.k]);
          }});
        if (s > 0) {
          var diff = function (r) {
            return g.perPupilDifference[s - 1][r.k];
          };
          columns.push({label: t('col.change', {scenario: label}), csv: 'per_pupil_difference_' + key, number: true,
            value: function (r) {
              return diff(r) === null ? '' : plain(diff(r));
            }, text: function (r) {
              return diff(r) === null ? '–' : E.signedMoney(diff(r));
            }, tone: function (r) {
              return diff(r) > 0 ? 'up' : diff(r) < 0 ? 'down' : '';
            }});
          columns.push({label: t('col.change_percent', {scenario: label}), csv: 'per_pupil_change_percent_' + key,
            number: true, value: function (r) {
              var p = changePercent(g.allocation[s][r.k], g.allocation[0][r.k]);
              return p === null ? '' : p.replace('%', '').replace('+', '');
            }, text: function (r) {
              var p = changePercent(g.allocation[s][r.k], g.allocation[0][r.k]);
              return p === null ? '–' : p;
            }});
          columns.push({label: t('col.gaining', {scenario: label}), csv: 'gaining_' + key, number: true,
            value: function (r) {
              return g.gaining[s - 1][r.k];
            }, text: function (r) {
              return E.count(g.gaining[s - 1][r.k]);
            }});
          columns.push({label: t('col.losing', {scenario: label}), csv: 'losing_' + key, number: true,
            value: function (r) {
              return g.losing[s - 1][r.k];
            }, text: function (r) {
              return E.count(g.losing[s - 1][r.k]);
            }});
        }
      });
      return columns;
    };
    var nameColumn = function (label, csvName) {
      return {label: label, csv: csvName, search: true, value: function (r) {
        return r.label;
      }};
    };
    var tables = {};
    var makeTable = function (id, grouping, first, filename) {
      var box = document.getElementById(id);
      if (!box) {
        return;
      }
      var g = data.groups[grouping];
      tables[grouping] = AllocTables.create(box, {text: tableText, locale: data.locale, filename: filename,
        rows: groupRows(g), columns: groupColumns(g, first)});
    };
    makeTable('table-province-box', 'province', [nameColumn(ui['col.province'], 'province')], 'provinces.csv');
    var esa = data.groups.esa;
    makeTable('table-esa-box', 'esa', [nameColumn(ui['col.esa'], 'esa'),
      {label: ui['col.cluster'], csv: 'cluster', search: true, value: function (r) {
        return esa.cluster[r.k];
      }},
      {label: ui['col.province'], csv: 'province', search: true, value: function (r) {
        return esa.province[r.k];
      }}], 'esas.csv');
    makeTable('table-cluster', 'cluster', [nameColumn(ui['col.cluster'], 'cluster')], 'inspection-regions.csv');

    // ---- The tile map of provinces.
    var province = data.groups.province;
    var matched = AllocMap.match(data.tiles, province.names);
    var unmatched = province.names.filter(function (name) {
      return !matched[name];
    });
    if (unmatched.length) {
      document.getElementById('map-unmatched').textContent = t('map.unmatched', {names: unmatched.join(', ')});
    }
    var measures = [];
    for (var m = S - 1; m >= 0; m--) {
      if (m > 0) {
        measures.push({key: 'change-' + m, label: t('map.change', {scenario: data.scenarios[m],
          baseline: data.scenarios[0]}), s: m, kind: 'change'});
        measures.push({key: 'percent-' + m, label: t('map.change_percent', {scenario: data.scenarios[m],
          baseline: data.scenarios[0]}), s: m, kind: 'percent'});
      }
      measures.push({key: 'per-pupil-' + m, label: t('map.per_pupil', {scenario: data.scenarios[m]}), s: m,
        kind: 'perPupil'});
    }
    var select = document.getElementById('map-measure');
    measures.forEach(function (measure) {
      var option = document.createElement('option');
      option.value = measure.key;
      option.textContent = measure.label;
      select.appendChild(option);
    });
    var drawMap = function () {
      var measure = measures[select.selectedIndex];
      var values = {};
      province.names.forEach(function (name, k) {
        var tile = matched[name];
        if (!tile) {
          return;
        }
        var v = province.perPupil[measure.s][k];
        var value = null;
        var shown = '';
        if (measure.kind === 'perPupil' && v >= 0) {
          value = v / 100;
          shown = E.money(v) + ' ' + ui['unit.thb'];
        } else if (measure.kind === 'change' && province.perPupilDifference[measure.s - 1][k] !== null) {
          var d = province.perPupilDifference[measure.s - 1][k];
          value = d / 100;
          shown = E.signedMoney(d) + ' ' + ui['unit.thb'];
        } else if (measure.kind === 'percent' && province.allocation[0][k] > 0) {
          var p = E.changePercent(province.allocation[measure.s][k] - province.allocation[0][k],
            province.allocation[0][k]);
          value = parseFloat(p);
          shown = p;
        }
        values[tile.code] = {value: value, text: shown};
      });
      AllocMap.draw(document.getElementById('province-map'), data.tiles, values, {
        diverging: measure.kind !== 'perPupil', language: data.language, title: measure.label,
        missing: ui['map.missing'],
        format: function (v) {
          return measure.kind === 'percent' ? oneDecimal.format(v) + '%' : whole.format(v);
        },
        onSelect: function (p) {
          if (tables.province) {
            var name = province.names.find(function (n) {
              return matched[n] === p;
            });
            tables.province.search(name || (data.language === 'th' ? p.th : p.en));
          }
        }
      });
      drawRanks(values, measure);
    };
    var drawRanks = function (values, measure) {
      var ranked = data.tiles.provinces.filter(function (p) {
        return values[p.code] && values[p.code].value !== null;
      }).sort(function (a, b) {
        return values[b.code].value - values[a.code].value;
      });
      if (ranked.length < 2) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'map-ranks';
      var count = Math.min(5, Math.floor(ranked.length / 2));
      [[ui['map.highest'], ranked.slice(0, count)], [ui['map.lowest'], ranked.slice(-count).reverse()]]
        .forEach(function (part) {
          var heading = document.createElement('strong');
          heading.textContent = part[0];
          box.appendChild(heading);
          var list = document.createElement('ol');
          part[1].forEach(function (p) {
            var item = document.createElement('li');
            item.textContent = (data.language === 'th' ? p.th : p.en) + ': ' + values[p.code].text;
            list.appendChild(item);
          });
          box.appendChild(list);
        });
      document.getElementById('province-map').appendChild(box);
    };
    select.addEventListener('change', drawMap);
    drawMap();

    // ---- Money by component.
    var componentLabel = function (key) {
      if (data.explain.texts['component.' + key] !== undefined) {
        return data.explain.texts['component.' + key];
      }
      if (ui['part.' + key] !== undefined) {
        return ui['part.' + key];
      }
      if (key.indexOf('target_') === 0) {
        return t('part.target', {name: key.slice(7), key: key});
      }
      return key;
    };
    var comp = data.components;
    draw('chart-components', {type: 'bar', data: {labels: comp.keys.map(componentLabel),
      datasets: data.scenarios.map(function (label, s) {
        return {label: label, backgroundColor: data.colors[s], borderRadius: 2, maxBarThickness: 18,
          data: comp.totals[s].map(function (v) {
            return v / 1e8;
          })};
      })}, options: {indexAxis: 'y', scales: {x: {title: {display: true, text: ui['components.x']},
        ticks: {callback: function (v) {
          return number.format(v);
        }}}, y: {ticks: {autoSkip: false}}}}});
    var componentsBox = document.getElementById('components-chart');
    if (componentsBox) {
      componentsBox.style.height = (80 + comp.keys.length * (8 + 10 * S)) + 'px';
    }
    var componentColumns = [{label: ui['col.component'], csv: 'component', search: true, value: function (r) {
      return r.key;
    }, text: function (r) {
      return componentLabel(r.key);
    }}];
    data.scenarios.forEach(function (label, s) {
      componentColumns.push({label: t('col.total', {scenario: label}), csv: 'total_' + s, number: true,
        value: function (r) {
          return plain(comp.totals[s][r.k]);
        }, text: function (r) {
          return E.money(comp.totals[s][r.k]);
        }});
    });
    AllocTables.create(document.getElementById('table-components'), {text: tableText, locale: data.locale,
      filename: 'components.csv', columns: componentColumns, rows: comp.keys.map(function (key, k) {
        return {k: k, key: key};
      })});

    // ---- Downloads of the tables written in the page's HTML.
    document.querySelectorAll('table[data-csv]').forEach(function (table) {
      AllocTables.domDownload(table, table.getAttribute('data-csv'), tableText);
    });

  }

  return {draw: drawGroups};
})();
