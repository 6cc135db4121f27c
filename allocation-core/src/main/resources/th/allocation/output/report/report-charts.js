// The report's charts (Chart.js, inlined before): Lorenz curves with distinct dashes and markers and their
// distance below the line of equality; per pupil by area type and inspection region as dots on axes that
// span the figures; the change per pupil by inspection region; winners and losers; binding bounds; the
// histogram of each school's change against the baseline. Called by report.js.
var AllocReportCharts = (function () {
  'use strict';

  /** Draws its part of the page; c is the page's context (report.js). */
  function drawCharts(c) {
    var data = c.data, ui = c.ui, text = c.text, S = c.S, E = c.E, t = c.t, draw = c.draw, number = c.number;
    var whole = c.whole, oneDecimal = c.oneDecimal, percent = c.percent, DASHES = c.DASHES, MARKERS = c.MARKERS;
    var allocationOf = c.allocationOf;
    var schools = data.schools;

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
    var dots = function (groups, values) {
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

    // ---- Histogram of change by school, against the baseline.
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

  }

  return {draw: drawCharts};
})();
