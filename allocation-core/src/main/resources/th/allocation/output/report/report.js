// Draws the report from the JSON in #report-data: the charts (Chart.js, inlined before), the tile map of
// provinces (map.js), the sortable tables by province, ESA and inspection region with their CSV downloads
// (tables.js), the histogram of change by school, money by component, and the school lookup with each
// school's explanation (explain.js, report-explain.js). Then it marks the page: data-rendered="true" on
// <html> when all was drawn without a script error, "error" otherwise (errors listed in #report-errors).
// Needs nothing from the network.
(function () {
  'use strict';
  var root = document.documentElement;
  var errors = window.reportErrors || [];

  function finish() {
    var box = document.getElementById('report-errors');
    if (errors.length && box) {
      box.textContent = errors.join('\n');
      box.className = 'shown';
    }
    root.setAttribute('data-errors', String(errors.length));
    root.setAttribute('data-rendered', errors.length ? 'error' : 'true');
  }

  try {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    window.allocReport = {data: data};
    var ui = data.ui;
    var text = data.text;
    var S = data.scenarios.length;
    var E = AllocExplain;
    var number = new Intl.NumberFormat(data.locale, {maximumFractionDigits: 2});
    var whole = new Intl.NumberFormat(data.locale, {maximumFractionDigits: 0});
    var oneDecimal = new Intl.NumberFormat(data.locale, {minimumFractionDigits: 1, maximumFractionDigits: 1});
    var percent = new Intl.NumberFormat(data.locale, {style: 'percent', maximumFractionDigits: 0});
    var DASHES = [[], [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [1, 2]];
    var MARKERS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];
    var tableText = {download: ui.download, downloadTitle: ui['download.title'], search: ui.search, sort: ui.sort,
      shown: ui.shown};

    var t = function (key, values) {
      var out = ui[key] !== undefined ? ui[key] : key;
      Object.keys(values || {}).forEach(function (name) {
        out = out.split('{' + name + '}').join(values[name]);
      });
      return out;
    };

    /** Satang as a plain decimal for CSV: -1234.50. */
    var plain = function (satang) {
      if (satang === null) {
        return '';
      }
      var big = BigInt(satang);
      var negative = big < 0n;
      var m = negative ? -big : big;
      var f = Number(m % 100n);
      return (negative ? '-' : '') + (m / 100n).toString() + '.' + (f < 10 ? '0' : '') + f;
    };

    Chart.defaults.font.family = getComputedStyle(root).fontFamily;
    Chart.defaults.font.size = 12;
    Chart.defaults.color = '#334155';
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.plugins.legend.labels.boxWidth = 12;
    Chart.defaults.plugins.legend.position = 'bottom';

    var draw = function (id, config) {
      var canvas = document.getElementById(id);
      return canvas ? new Chart(canvas, config) : null;
    };

    // ---- Lorenz curves: each scenario with its own dash and markers, so that curves that nearly coincide
    // can still be told apart; and the same curves as their distance below the line of equality.
    var lorenzSets = [{label: text.equality, data: [{x: 0, y: 0}, {x: 1, y: 1}], borderColor: '#94a3b8',
      borderDash: [5, 4], borderWidth: 1.5, pointRadius: 0}];
    var gapSets = [];
    data.lorenz.forEach(function (points, s) {
      var marks = points.map(function (p, k) {
        return k > 0 && k < points.length - 1 && k % 10 === 0 ? 4 : 0;
      });
      var style = {borderColor: data.colors[s], backgroundColor: data.colors[s], borderWidth: s === 0 ? 2.6 : 2,
        borderDash: DASHES[s % DASHES.length], pointRadius: marks, pointStyle: MARKERS[s % MARKERS.length],
        tension: 0};
      lorenzSets.push(Object.assign({label: data.scenarios[s], data: points}, style));
      gapSets.push(Object.assign({label: data.scenarios[s], data: points.map(function (p) {
        return {x: p.x, y: p.x - p.y};
      })}, style));
    });
    var share = {ticks: {callback: function (v) {
      return percent.format(v);
    }}};
    draw('chart-lorenz', {type: 'line', data: {datasets: lorenzSets}, options: {parsing: false, scales: {
      x: Object.assign({type: 'linear', min: 0, max: 1, title: {display: true, text: text.lorenzX}}, share),
      y: Object.assign({type: 'linear', min: 0, max: 1, title: {display: true, text: text.lorenzY}}, share)
    }, plugins: {tooltip: {callbacks: {label: function (c) {
      return c.dataset.label + ': ' + percent.format(c.parsed.x) + ' → ' + percent.format(c.parsed.y);
    }}}}}});
    draw('chart-lorenz-gap', {type: 'line', data: {datasets: gapSets}, options: {parsing: false, scales: {
      x: Object.assign({type: 'linear', min: 0, max: 1, title: {display: true, text: text.lorenzX}}, share),
      y: {type: 'linear', beginAtZero: true, title: {display: true, text: ui['lorenz.gap.y']},
        ticks: {callback: function (v) {
          return oneDecimal.format(v * 100) + '%';
        }}}
    }}});

    // ---- Per pupil by area type and by inspection region: dots on an axis that spans the figures only.
    var dots = function (groups, values, horizontal) {
      return {labels: groups, datasets: data.scenarios.map(function (label, s) {
        return {label: label, data: values[s], backgroundColor: data.colors[s], borderColor: data.colors[s],
          showLine: false, pointRadius: 6, pointHoverRadius: 8, pointStyle: MARKERS[s % MARKERS.length]};
      })};
    };
    var fitted = {beginAtZero: false, grace: '8%', title: {display: true, text: text.thbPerPupil},
      ticks: {callback: function (v) {
        return whole.format(v);
      }}};
    draw('chart-area', {type: 'line', data: dots(data.area.groups, data.area.values), options: {
      scales: {y: fitted}, plugins: {tooltip: {callbacks: {label: function (c) {
        return c.dataset.label + ': ' + number.format(c.parsed.y);
      }}}}}});
    draw('chart-cluster', {type: 'line', data: dots(data.cluster.groups, data.cluster.values), options: {
      indexAxis: 'y', scales: {x: fitted, y: {ticks: {autoSkip: false}}},
      plugins: {tooltip: {callbacks: {label: function (c) {
        return c.dataset.label + ': ' + number.format(c.parsed.x);
      }}}}}});
    if (S > 1) {
      var clusterChange = [];
      for (var s = 1; s < S; s++) {
        clusterChange.push({label: data.scenarios[s], backgroundColor: data.colors[s], borderRadius: 2,
          data: data.cluster.values[s].map(function (v, k) {
            var base = data.cluster.values[0][k];
            return v === null || base === null ? null : v - base;
          })});
      }
      draw('chart-cluster-change', {type: 'bar', data: {labels: data.cluster.groups, datasets: clusterChange},
        options: {indexAxis: 'y', scales: {x: {title: {display: true,
          text: t('differences', {baseline: data.scenarios[0]}) + ' (' + text.thbPerPupil + ')'},
          ticks: {callback: function (v) {
            return whole.format(v);
          }}}, y: {ticks: {autoSkip: false}}}}});
    }

    data.winners.forEach(function (w, k) {
      draw('chart-winners-' + (k + 1), {type: 'bar', data: {labels: w.groups, datasets: [
        {label: text.gaining, data: w.gaining, backgroundColor: '#43a047', borderRadius: 2},
        {label: text.unchanged, data: w.unchanged, backgroundColor: '#b0bec5', borderRadius: 2},
        {label: text.losing, data: w.losing, backgroundColor: '#e53935', borderRadius: 2}
      ]}, options: {scales: {x: {stacked: true}, y: {stacked: true, title: {display: true, text: text.schools},
        ticks: {precision: 0}}}}});
    });
    draw('chart-bounds', {type: 'bar', data: {labels: data.bounds.kinds, datasets: data.scenarios.map(function (l, s) {
      return {label: l, data: data.bounds.values[s], backgroundColor: data.colors[s], borderRadius: 3,
        maxBarThickness: 26};
    })}, options: {scales: {y: {title: {display: true, text: text.schools}, ticks: {precision: 0}}}}});

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
          shown = E.money(v) + ' THB';
        } else if (measure.kind === 'change' && province.perPupilDifference[measure.s - 1][k] !== null) {
          var d = province.perPupilDifference[measure.s - 1][k];
          value = d / 100;
          shown = E.signedMoney(d) + ' THB';
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

    // ---- Histogram of change by school, against the baseline.
    var schools = data.schools;
    var allocationOf = function (s, i) {
      var sc = data.explain.scenarios[s];
      if (sc.kind === 'previous') {
        return schools.previous[i] === -1 ? 0 : schools.previous[i] * schools.previousUnit;
      }
      return sc.allocation[i] * sc.unit;
    };
    var nice = function (step) {
      var power = Math.pow(10, Math.floor(Math.log10(step)));
      var f = step / power;
      return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
    };
    for (var h = 1; h < S; h++) {
      var changes = [];
      var unchanged = 0;
      for (var i = 0; i < schools.id.length; i++) {
        var base = allocationOf(0, i);
        var now = allocationOf(h, i);
        if (now === base) {
          unchanged++;
        }
        if (base > 0) {
          changes.push((now - base) / base * 100);
        }
      }
      if (changes.length === 0) {
        continue;
      }
      var sortedChanges = changes.slice().sort(function (a, b) {
        return a - b;
      });
      var low = sortedChanges[Math.floor(0.01 * (sortedChanges.length - 1))];
      var high = sortedChanges[Math.ceil(0.99 * (sortedChanges.length - 1))];
      var step = nice(Math.max((high - low) / 20, 0.1));
      var from = Math.floor(low / step) * step;
      var to = Math.max(Math.ceil(high / step) * step, from + step);
      var bins = Math.round((to - from) / step);
      var counts = new Array(bins + 2).fill(0);
      changes.forEach(function (c) {
        counts[c < from ? 0 : c >= to ? bins + 1 : 1 + Math.min(bins - 1, Math.floor((c - from) / step))]++;
      });
      var labels = [t('histogram.below', {value: number.format(from) + '%'})];
      var colours = ['#c62828'];
      for (var k = 0; k < bins; k++) {
        var a = from + k * step;
        labels.push(number.format(a) + '% – ' + number.format(a + step) + '%');
        colours.push(a + step <= 0 ? '#e57373' : a >= 0 ? '#66bb6a' : '#b0bec5');
      }
      labels.push(t('histogram.above', {value: number.format(to) + '%'}));
      colours.push('#2e7d32');
      draw('chart-histogram-' + h, {type: 'bar', data: {labels: labels, datasets: [{label: data.scenarios[h],
        data: counts, backgroundColor: colours, borderRadius: 2, categoryPercentage: 1, barPercentage: 0.96}]},
        options: {plugins: {legend: {display: false}, title: {display: true, text: data.scenarios[h] + ': '
          + t('histogram.note', {baseline: data.scenarios[0], unchanged: E.count(unchanged)})}},
          scales: {x: {title: {display: true, text: t('histogram.x', {baseline: data.scenarios[0]})}},
            y: {title: {display: true, text: ui['histogram.y']}, ticks: {precision: 0}}}}});
    }

    // ---- Downloads of the tables written in the page's HTML.
    document.querySelectorAll('table[data-csv]').forEach(function (table) {
      AllocTables.domDownload(table, table.getAttribute('data-csv'), tableText);
    });

    // ---- The school lookup.
    var search = document.getElementById('school-search');
    var results = document.getElementById('school-results');
    var status = document.getElementById('school-status');
    var panel = document.getElementById('school-explanation');
    var ids = null;
    var names = null;
    var LIMIT = 20;
    var explainSchool = function (i) {
      panel.textContent = '';
      var tabs = document.createElement('div');
      tabs.className = 'tabs';
      var body = document.createElement('div');
      panel.appendChild(tabs);
      panel.appendChild(body);
      var show = function (s) {
        tabs.querySelectorAll('button').forEach(function (b, k) {
          b.className = k === s ? 'active' : '';
        });
        body.textContent = '';
        var built = AllocReportExplain.build(data, s, i);
        if (s > 0) {
          var note = document.createElement('p');
          note.className = 'against';
          note.textContent = t('lookup.against', {baseline: data.scenarios[0],
            change: E.signedMoney(allocationOf(s, i) - allocationOf(0, i))});
          body.appendChild(note);
        }
        body.appendChild(E.element(built.steps, data.explain.texts));
      };
      data.scenarios.forEach(function (label, s) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.style.setProperty('--c', data.colors[s]);
        b.addEventListener('click', function () {
          show(s);
        });
        tabs.appendChild(b);
      });
      panel.setAttribute('data-school', schools.id[i]);
      show(S - 1);
    };
    var lookup = function () {
      var q = search.value.trim().toLowerCase();
      results.textContent = '';
      if (q === '') {
        status.textContent = '';
        return;
      }
      if (ids === null) {
        ids = schools.id.map(function (id) {
          return id.toLowerCase();
        });
        names = schools.name.map(function (name) {
          return (schools.namePrefix + name).toLowerCase();
        });
      }
      var found = [];
      var total = 0;
      var exact = -1;
      for (var i = 0; i < ids.length; i++) {
        if (ids[i].indexOf(q) === 0 || names[i].indexOf(q) >= 0) {
          if (ids[i] === q) {
            exact = i;
          }
          if (found.length < LIMIT) {
            found.push(i);
          }
          total++;
        }
      }
      status.textContent = total === 0 ? ui['lookup.none'] : total > LIMIT
        ? t('lookup.more', {shown: String(LIMIT), all: E.count(total)}) : '';
      var fragment = document.createDocumentFragment();
      found.forEach(function (i) {
        var item = document.createElement('li');
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = schools.id[i] + ' ' + schools.namePrefix + schools.name[i] + ' · '
          + schools.esa.labels[schools.esa.codes[i]] + ' · ' + schools.province.labels[schools.province.codes[i]];
        b.addEventListener('click', function () {
          explainSchool(i);
        });
        item.appendChild(b);
        fragment.appendChild(item);
      });
      results.appendChild(fragment);
      if (exact >= 0 || total === 1) {
        explainSchool(exact >= 0 ? exact : found[0]);
      }
    };
    search.addEventListener('input', lookup);
  } catch (e) {
    errors.push(String(e && e.stack ? e.stack : e));
  }
  finish();
})();
