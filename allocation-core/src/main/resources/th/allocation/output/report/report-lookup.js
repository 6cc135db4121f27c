// The report's school lookup: a search box over ids and names; an id, or a single match, shows the school's
// explanation under each scenario (a tab each), built in the page by report-explain.js and drawn by
// explain.js. Called by report.js.
var AllocReportLookup = (function () {
  'use strict';

  /** Draws its part of the page; c is the page's context (report.js). */
  function attach(c) {
    var data = c.data, ui = c.ui, S = c.S, E = c.E, t = c.t, allocationOf = c.allocationOf;
    var schools = data.schools;

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
    // The search's index, made once when the page opens, so that the first search is as quick as the next.
    ids = schools.id.map(function (id) {
      return id.toLowerCase();
    });
    names = schools.name.map(function (name) {
      return (schools.namePrefix + name).toLowerCase();
    });
    search.addEventListener('input', lookup);
  }

  return {attach: attach};
})();
