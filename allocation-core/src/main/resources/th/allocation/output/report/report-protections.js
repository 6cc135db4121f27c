/*
 * The explanation of a school under a scenario with protections (docs/model.md, Protections): the
 * page's general explanation (report-explain.js) computes floors and caps as floors and caps alone
 * set them; here, from each school's floor and cap as the engine computed them (ReportRules), the
 * bound, the adjustment on the protected part (the allocation without the excluded components) and
 * the rounding are put right, as allocations.csv has them. Only the pages of scenarios with
 * protections carry this script.
 */
(function () {
  var E = AllocExplain;
  var base = AllocReportExplain.build;
  var BOUNDS = ['none', 'min_per_pupil', 'hold_harmless', 'cap', 'envelope', 'min_per_school',
    'funding_guarantee', 'gains_cap'];

  function step(key) {
    var args = [];
    for (var k = 1; k + 1 < arguments.length; k += 2) {
      var value = arguments[k + 1];
      if (value !== null && value !== undefined) {
        args.push({name: arguments[k], value: String(value), term: false});
      }
    }
    return {key: key, args: args};
  }

  AllocReportExplain.build = function (data, s, i) {
    var built = base(data, s, i);
    var sc = data.explain.scenarios[s];
    if (!built.figures || sc.kind === 'previous') {
      return built;
    }
    var split = sc.split === 'all' ? sc.rules : sc.splits[sc.splitOf[i]];
    var p = data.explain.rules[split.rule].protections;
    if (!p) {
      return built;
    }
    var f = built.figures;
    var floor = p.floor[i];
    var cap = p.cap[i] === -1 ? null : p.cap[i];
    var bound = BOUNDS[sc.bound.charCodeAt(i) - 48];
    var excluded = 0;
    var names = [];
    p.excluded.forEach(function (c) {
      excluded += f.components[c].allocated;
      names.push(f.components[c].key);
    });
    var scaledRest = f.scaledNeed - excluded;
    var adjustment = bound === 'none' ? 0 : bound === 'cap' || bound === 'gains_cap' ? cap - scaledRest
      : floor - scaledRest;
    var rounding = f.allocation - f.scaledNeed - adjustment;
    f.floor = floor;
    f.cap = cap;
    f.bound = bound;
    f.adjustment = adjustment;
    f.rounding = rounding;
    // The steps from the floor and cap on, as the engine's explanation words them.
    var at = 0;
    while (at < built.steps.length && built.steps[at].key !== 'h.bounds') {
      at++;
    }
    var steps = built.steps.slice(0, at + 1);
    if (names.length > 0) {
      steps.push(step('protected.part', 'excluded', names.join(', '), 'excluded_amount', E.money(excluded)));
    }
    var abs = E.money(Math.abs(adjustment));
    if (bound === 'none') {
      steps.push(step('binds.none', 'scaled', E.money(scaledRest)));
    } else if (bound === 'cap' || bound === 'gains_cap') {
      steps.push(step('binds.cap', 'scaled', E.money(scaledRest), 'cap', E.money(cap), 'adjustment', abs));
    } else {
      var args = step('binds.floor', 'scaled', E.money(scaledRest), 'floor', E.money(floor), 'adjustment', abs);
      args.args.push({name: 'bound', value: 'bound.' + bound, term: true});
      steps.push(args);
    }
    steps.push(step('h.result'));
    var rest = built.steps.slice(at + 1).filter(function (st) {
      return st.key.indexOf('rounding.') === 0 || st.key === 'allocation' || st.key === 'one_step'
        || st.key === 'change';
    });
    rest.forEach(function (st) {
      if (st.key.indexOf('rounding.') === 0) {
        st.args.forEach(function (a) {
          if (a.name === 'rounding') {
            a.value = E.signedMoney(rounding);
          }
        });
      } else if (st.key === 'allocation') {
        st.args.forEach(function (a) {
          if (a.name === 'adjustment') {
            a.value = E.signedMoney(adjustment);
          } else if (a.name === 'rounding') {
            a.value = E.signedMoney(rounding);
          }
        });
      }
      steps.push(st);
    });
    built.steps = steps;
    return built;
  };
})();
