// Draws the transition's chart from the JSON in #transition-data (written only in a transition's report):
// the per-pupil amount by area type at the baseline, each year and the target. Marks the canvas with
// data-drawn="true" once drawn; a script error is caught by the page's error handler.
(function () {
  'use strict';
  var source = document.getElementById('transition-data');
  var canvas = document.getElementById('chart-transition');
  if (!source || !canvas) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var DASHES = [[], [8, 4], [2, 3], [12, 3, 3, 3], [4, 4], [1, 2]];
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map(function (s, k) {
        return {label: s.label, data: s.values, borderDash: DASHES[k % DASHES.length], spanGaps: true};
      })
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {title: {display: true, text: data.title}}
    }
  });
  canvas.setAttribute('data-drawn', 'true');
})();
