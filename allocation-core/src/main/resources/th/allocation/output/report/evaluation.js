// Draws the evaluation report's charts from the JSON in #report-data, then marks the page as the
// allocation report does: data-rendered="true" on <html> when every chart was drawn without a script
// error, "error" otherwise (errors are listed in #report-errors). Needs Chart.js, inlined before it.
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
    var text = data.text;
    var number = new Intl.NumberFormat(data.locale, {maximumFractionDigits: 4});

    Chart.defaults.font.family = getComputedStyle(root).fontFamily;
    Chart.defaults.font.size = 12;
    Chart.defaults.color = '#334155';
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.plugins.legend.labels.boxWidth = 12;
    Chart.defaults.plugins.legend.position = 'bottom';

    function draw(id, config) {
      var canvas = document.getElementById(id);
      if (canvas) {
        new Chart(canvas, config);
      }
    }

    // Schools by status, one stacked bar per indicator.
    draw('chart-statuses', {
      type: 'bar',
      data: {
        labels: data.statuses.labels,
        datasets: data.statuses.series.map(function (s) {
          return {label: s.label, data: s.data, backgroundColor: s.color, borderRadius: 2, maxBarThickness: 28};
        })
      },
      options: {
        indexAxis: 'y',
        scales: {x: {stacked: true, title: {display: true, text: text.schools}, ticks: {precision: 0}},
          y: {stacked: true}}
      }
    });

    // The centre's mean by year against the target.
    data.history.forEach(function (h, k) {
      draw('chart-history-' + k, {
        type: 'line',
        data: {
          labels: h.years,
          datasets: [
            {label: text.achieved, data: h.values, borderColor: '#1f4e79', backgroundColor: '#1f4e79',
              borderWidth: 2.2, pointRadius: 3, tension: 0},
            {label: text.target, data: h.targets, borderColor: '#94a3b8', borderDash: [5, 4], borderWidth: 1.5,
              pointRadius: 0}
          ]
        },
        options: {plugins: {tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + number.format(c.parsed.y);
        }}}}}
      });
    });
  } catch (e) {
    errors.push(String(e && e.stack ? e.stack : e));
  }
  finish();
})();
