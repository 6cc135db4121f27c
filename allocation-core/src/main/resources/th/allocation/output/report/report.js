// Draws the report from the JSON in #report-data: sets Chart.js's defaults and the context every part shares
// (the data, the page's words, number formats), then the charts (report-charts.js), the tables, map and
// downloads (report-groups.js) and the school lookup (report-lookup.js). Then it marks the page:
// data-rendered="true" on <html> when all was drawn without a script error, "error" otherwise (errors listed
// in #report-errors). window.allocReport is the context, for tests. Needs nothing from the network.
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

    var schoolsData = data.schools;
    var context = {
      data: data, ui: ui, text: text, S: S, E: E, t: t, plain: plain, draw: draw, number: number, whole: whole,
      oneDecimal: oneDecimal, percent: percent, DASHES: DASHES, MARKERS: MARKERS, tableText: tableText,
      /** School i's allocation in satang under scenario s (last year's: 0 for a new school). */
      allocationOf: function (s, i) {
        var sc = data.explain.scenarios[s];
        if (sc.kind === 'previous') {
          return schoolsData.previous[i] === -1 ? 0 : schoolsData.previous[i] * schoolsData.previousUnit;
        }
        return sc.allocation[i] * sc.unit;
      }
    };
    window.allocReport = context;
    AllocReportCharts.draw(context);
    AllocReportGroups.draw(context);
    AllocReportLookup.attach(context);
  } catch (e) {
    errors.push(String(e && e.stack ? e.stack : e));
  }
  finish();
})();
