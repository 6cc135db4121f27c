// Draws the report's charts from the JSON in #report-data, then marks the page: data-rendered="true" on
// <html> when every chart was drawn without a script error, "error" otherwise (errors are listed in
// #report-errors). Needs Chart.js (inlined before this script) and nothing from the network.
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
    var number = new Intl.NumberFormat(data.locale, {maximumFractionDigits: 2});
    var whole = new Intl.NumberFormat(data.locale, {maximumFractionDigits: 0});
    var percent = new Intl.NumberFormat(data.locale, {style: 'percent', maximumFractionDigits: 0});

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

    function scenarioBars(groups, values) {
      return {
        labels: groups,
        datasets: data.scenarios.map(function (label, s) {
          return {label: label, data: values[s], backgroundColor: data.colors[s], borderRadius: 3, maxBarThickness: 26};
        })
      };
    }

    // Lorenz curves, with the line of equal amounts per pupil.
    var lorenz = [{
      label: text.equality, data: [{x: 0, y: 0}, {x: 1, y: 1}], borderColor: '#94a3b8', borderDash: [5, 4],
      borderWidth: 1.5, pointRadius: 0
    }];
    data.lorenz.forEach(function (points, s) {
      lorenz.push({label: data.scenarios[s], data: points, borderColor: data.colors[s], backgroundColor: data.colors[s],
        borderWidth: 2.2, pointRadius: 0, tension: 0});
    });
    draw('chart-lorenz', {
      type: 'line', data: {datasets: lorenz},
      options: {
        parsing: false,
        scales: {
          x: {type: 'linear', min: 0, max: 1, title: {display: true, text: text.lorenzX},
            ticks: {callback: function (v) { return percent.format(v); }}},
          y: {type: 'linear', min: 0, max: 1, title: {display: true, text: text.lorenzY},
            ticks: {callback: function (v) { return percent.format(v); }}}
        },
        plugins: {tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + percent.format(c.parsed.x) + ' → ' + percent.format(c.parsed.y);
        }}}}
      }
    });

    var perPupilAxis = {title: {display: true, text: text.thbPerPupil},
      ticks: {callback: function (v) { return whole.format(v); }}};
    draw('chart-area', {
      type: 'bar', data: scenarioBars(data.area.groups, data.area.values),
      options: {scales: {y: perPupilAxis}, plugins: {tooltip: {callbacks: {label: function (c) {
        return c.dataset.label + ': ' + number.format(c.parsed.y);
      }}}}}
    });
    draw('chart-cluster', {
      type: 'bar', data: scenarioBars(data.cluster.groups, data.cluster.values),
      options: {indexAxis: 'y', scales: {x: perPupilAxis, y: {ticks: {autoSkip: false}}},
        plugins: {tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + number.format(c.parsed.x);
        }}}}}
    });

    data.winners.forEach(function (w, k) {
      draw('chart-winners-' + (k + 1), {
        type: 'bar',
        data: {labels: w.groups, datasets: [
          {label: text.gaining, data: w.gaining, backgroundColor: '#43a047', borderRadius: 2},
          {label: text.unchanged, data: w.unchanged, backgroundColor: '#b0bec5', borderRadius: 2},
          {label: text.losing, data: w.losing, backgroundColor: '#e53935', borderRadius: 2}
        ]},
        options: {scales: {x: {stacked: true}, y: {stacked: true, title: {display: true, text: text.schools},
          ticks: {precision: 0}}}}
      });
    });

    draw('chart-bounds', {
      type: 'bar', data: scenarioBars(data.bounds.kinds, data.bounds.values),
      options: {scales: {y: {title: {display: true, text: text.schools}, ticks: {precision: 0}}}}
    });
  } catch (e) {
    errors.push(String(e && e.stack ? e.stack : e));
  }
  finish();
})();
