// Builds, in the page, the explanation of one school under one scenario of the report: the same steps, in
// the same order and with the same arguments, as th.allocation.explain.Explanation (Explainer, CoreSteps,
// NeedSteps), from the report's compact data (ReportSchools, ReportRules, ReportTargetData). It redoes the
// rule's arithmetic as the engine does it: integers of satang exactly, and the same IEEE doubles (weights and
// scale factors are given as their bits) multiplied in the same order and rounded as Java's Math.round.
// ReportLookupIT checks in Chromium that every school's figures equal allocations.csv and that the sentences
// equal alloc explain's. One file, a little longer than most, so that it reads beside the three Java classes it
// mirrors. Needs explain.js.
var AllocReportExplain = (function () {
  'use strict';
  var E = AllocExplain;
  var AREA = ['capital', 'municipal', 'district', 'subdistrict', 'special'];
  var KIND = ['primary', 'secondary', 'combined', 'special_education'];
  var LEVELS = ['preprimary', 'primary', 'lower_secondary', 'upper_secondary'];
  var BOUNDS = ['none', 'min_per_pupil', 'hold_harmless', 'cap', 'envelope'];
  var NO_CAP = null;

  /** The double whose IEEE 754 bits are these 16 hexadecimal digits. */
  function f64(hex) {
    var view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, parseInt(hex.slice(0, 8), 16));
    view.setUint32(4, parseInt(hex.slice(8), 16));
    return view.getFloat64(0);
  }

  function term(key) {
    return {term: key};
  }

  function Steps() {
    this.list = [];
  }

  /** Adds a step: arguments as name, value pairs; a value may be a term or null (left out). */
  Steps.prototype.add = function (key) {
    var args = [];
    for (var k = 1; k + 1 < arguments.length; k += 2) {
      var value = arguments[k + 1];
      if (value === null || value === undefined) {
        continue;
      }
      if (typeof value === 'object') {
        args.push({name: arguments[k], value: value.term, term: true});
      } else {
        args.push({name: arguments[k], value: String(value), term: false});
      }
    }
    this.list.push({key: key, args: args});
    return this;
  };

  /** Text i of a column kept as distinct labels and a code per school. */
  function text(column, i) {
    return column.labels[column.codes[i]];
  }

  function dash(text) {
    return text === '' ? '–' : text;
  }

  function floorDiv(x, d) {
    var q = Math.floor(x / d);
    while (q * d > x) {
      q--;
    }
    while ((q + 1) * d <= x) {
      q++;
    }
    return q;
  }

  function bigFloorDiv(x, d) {
    var q = x / d;
    return (x % d !== 0n && ((x < 0n) !== (d < 0n))) ? q - 1n : q;
  }

  /** School i of the report's data, as a plain object. */
  function school(data, i) {
    var d = data.schools;
    var pupils = [d.pupils[0][i], d.pupils[1][i], d.pupils[2][i], d.pupils[3][i]];
    return {
      index: i, id: d.id[i], name: d.namePrefix + d.name[i],
      esa: d.esa.labels[d.esa.codes[i]], province: d.province.labels[d.province.codes[i]],
      cluster: d.cluster.labels[d.cluster.codes[i]], network: d.network.labels[d.network.codes[i]],
      area: d.area.charCodeAt(i) - 48, remote: d.remote.charAt(i) === '1', kind: d.kind.charCodeAt(i) - 48,
      pupils: pupils, total: pupils[0] + pupils[1] + pupils[2] + pupils[3],
      poor: d.poor[i], specialNeeds: d.specialNeeds[i],
      previous: d.previous[i] === -1 ? -1 : d.previous[i] * d.previousUnit
    };
  }

  /** What the rule states the school needs, component by component, as the engine computes it. */
  function stated(rule, s) {
    if (rule.stated) {
      // A rule the page has no arithmetic for: the engine's own amounts, carried in the data.
      return rule.stated.map(function (column) { return column[s.index]; });
    }
    var amounts = [];
    var base = 0;
    for (var l = 0; l < 4; l++) {
      amounts.push(rule.rates[l] * s.pupils[l]);
      base += amounts[l];
    }
    if (rule.type !== 'weighted') {
      return amounts;
    }
    var wArea = f64(rule.area[s.area].bits);
    var wRemote = s.remote ? f64(rule.remote.bits) : 1.0;
    var wKind = f64(rule.kind[s.kind].bits);
    amounts.push(Math.round(base * (wArea - 1)));
    amounts.push(Math.round(base * wArea * (wRemote - 1)));
    amounts.push(Math.round(base * wArea * wRemote * (wKind - 1)));
    amounts.push(rule.poor * s.poor);
    amounts.push(rule.special * s.specialNeeds);
    amounts.push(s.total > 0 ? rule.lump : 0);
    var small = 0;
    var p = s.total;
    if (p > 0 && p < rule.small.zero) {
      var full = f64(rule.small.bits);
      small = p <= rule.small.full ? full : full * (rule.small.zero - p) / (rule.small.zero - rule.small.full);
    }
    amounts.push(Math.round(small * 100));
    return amounts;
  }

  function needSteps(steps, texts, rule, s, amounts, scaled) {
    var base = amounts[0] + amounts[1] + amounts[2] + amounts[3];
    rule.components.forEach(function (key, c) {
      var name = texts['component.' + key] !== undefined ? term('component.' + key) : key;
      var st = E.money(amounts[c]);
      var sc = scaled === null ? null : E.money(scaled[c]);
      var level = LEVELS.indexOf(key.slice(5));
      if (key.indexOf('base_') === 0 && level >= 0) {
        steps.add('part.base', 'name', name, 'rate', E.amount(rule.rates[level]), 'pupils', E.count(s.pupils[level]),
          'stated', st, 'scaled', sc);
        return;
      }
      if (rule.type !== 'weighted') {
        steps.add('part.other', 'name', name, 'stated', st, 'scaled', sc);
        return;
      }
      var areaWeight = rule.area[s.area].text;
      var remoteWeight = s.remote ? rule.remote.text : '1';
      switch (key) {
        case 'area_type_uplift':
          steps.add('part.area_type_uplift', 'name', name, 'base', E.money(base), 'area', term('area.' + AREA[s.area]),
            'weight', areaWeight, 'stated', st, 'scaled', sc);
          break;
        case 'remote_uplift':
          if (s.remote) {
            steps.add('part.remote_uplift', 'name', name, 'base', E.money(base), 'area_weight', areaWeight,
              'weight', remoteWeight, 'stated', st, 'scaled', sc);
          } else {
            steps.add('part.remote_uplift.not_remote', 'name', name, 'stated', st, 'scaled', sc);
          }
          break;
        case 'school_kind_uplift':
          steps.add('part.school_kind_uplift', 'name', name, 'base', E.money(base), 'area_weight', areaWeight,
            'remote_weight', remoteWeight, 'kind', term('kind.' + KIND[s.kind]), 'weight', rule.kind[s.kind].text,
            'stated', st, 'scaled', sc);
          break;
        case 'poor_loading':
          steps.add('part.poor_loading', 'name', name, 'rate', E.amount(rule.poor), 'pupils', E.count(s.poor),
            'stated', st, 'scaled', sc);
          break;
        case 'special_needs_loading':
          steps.add('part.special_needs_loading', 'name', name, 'rate', E.amount(rule.special),
            'pupils', E.count(s.specialNeeds), 'stated', st, 'scaled', sc);
          break;
        case 'lump_sum':
          if (s.total > 0) {
            steps.add('part.lump_sum', 'name', name, 'amount', E.amount(rule.lump), 'stated', st, 'scaled', sc);
          } else {
            steps.add('part.lump_sum.no_pupils', 'name', name, 'stated', st, 'scaled', sc);
          }
          break;
        case 'small_school':
          smallSchool(steps, rule.small, name, s.total, st, sc);
          break;
        default:
          steps.add('part.other', 'name', name, 'stated', st, 'scaled', sc);
      }
    });
  }

  function smallSchool(steps, small, name, pupils, st, sc) {
    if (small.satang === 0) {
      steps.add('part.other', 'name', name, 'stated', st, 'scaled', sc);
    } else if (pupils === 0) {
      steps.add('part.small_school.no_pupils', 'name', name, 'stated', st, 'scaled', sc);
    } else if (pupils >= small.zero) {
      steps.add('part.small_school.none', 'name', name, 'pupils', E.count(pupils), 'zero_from', E.count(small.zero),
        'stated', st, 'scaled', sc);
    } else if (pupils <= small.full) {
      steps.add('part.small_school.full', 'name', name, 'amount', E.amount(small.satang), 'pupils', E.count(pupils),
        'full_up_to', E.count(small.full), 'stated', st, 'scaled', sc);
    } else {
      steps.add('part.small_school.taper', 'name', name, 'amount', E.amount(small.satang),
        'zero_from', E.count(small.zero), 'pupils', E.count(pupils), 'full_up_to', E.count(small.full),
        'stated', st, 'scaled', sc);
    }
  }

  function identity(steps, sc, s) {
    steps.add('h.school');
    steps.add('school', 'id', s.id, 'name', s.name);
    steps.add('place', 'esa', dash(s.esa), 'province', dash(s.province), 'cluster', dash(s.cluster));
    if (s.network !== '') {
      steps.add('network', 'network', s.network);
    }
    steps.add('context', 'area', term('area.' + AREA[s.area]), 'remote', term('remote.' + (s.remote ? 'true' : 'false')),
      'kind', term('kind.' + KIND[s.kind]));
    steps.add('pupils', 'pupils', E.count(s.total), 'preprimary', E.count(s.pupils[0]), 'primary', E.count(s.pupils[1]),
      'lower_secondary', E.count(s.pupils[2]), 'upper_secondary', E.count(s.pupils[3]), 'poor', E.count(s.poor),
      'special_needs', E.count(s.specialNeeds));
    if (s.previous === -1) {
      steps.add('previous.none');
    } else {
      steps.add('previous', 'previous', E.money(s.previous));
    }
    steps.add('scenario', 'name', sc.name, 'rule', term(sc.rule), 'year', sc.year);
  }

  function unitIndex(sc) {
    if (!sc.unitIndex) {
      sc.unitIndex = sc.units.map(function (level) {
        var byPath = {};
        level.forEach(function (u) {
          byPath[u.path.join('\u0000')] = u;
        });
        return byPath;
      });
    }
    return sc.unitIndex;
  }

  function units(steps, sc, s) {
    steps.add('h.units');
    steps.add('unit.centre', 'budget', E.money(sc.centreUnit.envelope), 'rule', term(sc.centreUnit.rule));
    var index = unitIndex(sc);
    var path = [];
    sc.levels.forEach(function (level, k) {
      path.push(level === 'cluster' ? s.cluster : level === 'esa' ? s.esa : s.network);
      var u = index[k][path.join('\u0000')];
      var pp = E.perPupil(u.envelope, u.pupils);
      steps.add('unit', 'level', term('level.' + u.level), 'name', u.label, 'envelope', E.money(u.envelope),
        'schools', E.count(u.schools), 'pupils', E.count(u.pupils), 'per_pupil', pp < 0 ? null : E.money(pp),
        'one_step', E.money(u.oneStep), 'difference', E.signedMoney(u.envelope - u.oneStep), 'rule', term(u.rule),
        'overrides', u.overrides === undefined ? null : u.overrides, 'scale', u.scale === undefined ? null : u.scale);
    });
  }

  /** The floor and cap of a school as SchoolBounds computes them, with the amounts that set them. */
  function bounds(rule, s, unit) {
    var floors = rule.floors;
    var byPupils = floors.min * s.total;
    var holds = floors.positive && s.previous !== -1;
    var byPrevious = 0;
    if (holds) {
      var product = BigInt(s.previous) * BigInt(floors.num);
      byPrevious = Number(-bigFloorDiv(-product, BigInt(floors.den)));
    }
    var floor = Math.max(byPupils, byPrevious);
    var lower = -floorDiv(-floor, unit);
    var b = {
      byPupils: byPupils, byPrevious: byPrevious, holds: holds, lower: lower,
      kind: floor === 0 ? 'none' : byPrevious > byPupils ? 'hold_harmless' : 'min_per_pupil', cap: NO_CAP
    };
    if (rule.caps !== null && s.previous !== -1) {
      b.capByPrevious = Number(bigFloorDiv(BigInt(s.previous) * BigInt(rule.caps.num), BigInt(rule.caps.den)));
      b.capUnits = floorDiv(b.capByPrevious, unit);
      b.cap = Math.max(b.capUnits, lower) * unit;
    }
    return b;
  }

  /**
   * The explanation of school i under scenario s of the report: {steps, figures}. figures has the
   * components ({key, stated, allocated}), need, scaledNeed, floor, cap (null if none), bound, adjustment,
   * rounding and allocation, in satang, as allocations.csv has them.
   */
  function build(data, s, i) {
    var sc = data.explain.scenarios[s];
    var texts = data.explain.texts;
    var sch = school(data, i);
    var steps = new Steps();
    if (sc.kind === 'previous') {
      if (sch.previous === -1) {
        steps.add('previous.none');
      } else {
        steps.add('previous', 'previous', E.money(sch.previous));
      }
      return {steps: steps.list, figures: null};
    }
    identity(steps, sc, sch);
    var split = sc.split === 'all' ? sc.rules : sc.splits[sc.splitOf[i]];
    if (sc.split !== 'all') {
      units(steps, sc, sch);
    }
    var rule = data.explain.rules[split.rule];
    var targets = split.kind === 'targets';
    var unit = split.unit;
    var allocation = sc.allocation[i] * sc.unit;
    var amounts = stated(rule, sch);
    var scale = f64(split.scale);
    var isScaled = !targets && split.budget !== null;
    var allocated = amounts.map(function (a) {
      return targets || scale === 1.0 ? a : Math.round(scale * a);
    });
    var need = 0;
    var scaledNeed = 0;
    amounts.forEach(function (a, c) {
      need += a;
      scaledNeed += allocated[c];
    });
    steps.add('h.need');
    needSteps(steps, texts, rule, sch, amounts, isScaled ? allocated : null);
    if (targets) {
      steps.add('need.targets', 'need', E.money(need));
    } else {
      steps.add('need', 'need', E.money(need), 'scaled', isScaled ? E.money(scaledNeed) : null);
    }
    steps.add('h.scale');
    if (targets) {
      steps.add('scale.targets', 'budget', E.money(split.budget));
    } else if (split.budget === null) {
      steps.add('scale.none');
    } else {
      steps.add(split.label === undefined ? 'scale.budget' : 'scale.unit', 'budget', E.money(split.budget),
        'unit', split.label === undefined ? null : split.label, 'scale', split.scaleText,
        'total_need', E.money(split.totalNeed), 'schools', E.count(split.schools), 'need', E.money(need),
        'scaled', E.money(scaledNeed));
    }
    var components = rule.components.map(function (key, c) {
      return {key: key, stated: amounts[c], allocated: allocated[c]};
    });
    var targeted = 0;
    var topUp = 0;
    if (targets) {
      var t = sc.targets;
      steps.add('h.targets');
      if (split.solver !== undefined) {
        steps.add('targets.objective', 'objective', term('objective.' + split.objective), 'solver', split.solver);
      }
      split.indicators.forEach(function (indicator, k) {
        var target = text(t.target[k], i);
        var money = t.money[k][i];
        targeted += money;
        components.push({key: 'target_' + indicator.name, stated: money, allocated: money});
        steps.add('target', 'indicator', indicator.name, 'goal', term('goal.' + indicator.goal),
          'direction', term('direction.' + indicator.direction), 'value', text(t.value[k], i), 'target', target,
          'central', target === indicator.central ? null : indicator.central, 'money', E.money(money),
          'projected', text(t.projected[k], i), 'gap_left', text(t.gapLeft[k], i));
      });
      topUp = t.topUp[i];
      components.push({key: 'target_top_up', stated: topUp, allocated: topUp});
      steps.add('target.top_up', 'top_up', E.money(topUp));
    }
    var b = bounds(rule, sch, unit);
    var floor = targets ? sc.targets.floor[i] * unit : b.lower * unit;
    var cap = targets ? (sc.targets.cap[i] === -1 ? NO_CAP : sc.targets.cap[i] * unit) : b.cap;
    steps.add('h.bounds');
    if (floor > b.lower * unit) {
      steps.add('floor.base', 'floor', E.money(floor));
    } else if (b.kind === 'min_per_pupil') {
      steps.add('floor.min_per_pupil', 'floor', E.money(floor), 'min', E.amount(rule.floors.min),
        'pupils', E.count(sch.total), 'by_pupils', E.money(b.byPupils),
        'percent', b.holds ? rule.floors.text : null, 'by_previous', b.holds ? E.money(b.byPrevious) : null);
    } else if (b.kind === 'hold_harmless') {
      var min = rule.floors.min > 0;
      steps.add('floor.hold_harmless', 'floor', E.money(floor), 'percent', rule.floors.text,
        'previous', E.money(sch.previous), 'by_previous', E.money(b.byPrevious),
        'min', min ? E.amount(rule.floors.min) : null, 'pupils', min ? E.count(sch.total) : null,
        'by_pupils', min ? E.money(b.byPupils) : null);
    } else {
      steps.add('floor.none');
    }
    if (rule.caps === null) {
      steps.add('cap.none');
    } else if (sch.previous === -1) {
      steps.add('cap.no_previous');
    } else {
      var floorWins = cap > b.capUnits * unit;
      steps.add(floorWins ? 'cap.floor_wins' : 'cap', 'cap', E.money(cap), 'percent', rule.caps.text,
        'previous', E.money(sch.previous), 'by_previous', floorWins ? E.money(b.capByPrevious) : null);
    }
    var bound = BOUNDS[sc.bound.charCodeAt(i) - 48];
    var adjustment = 0;
    if (!targets) {
      adjustment = bound === 'none' ? 0 : bound === 'cap' ? cap - scaledNeed : floor - scaledNeed;
    }
    var abs = E.money(Math.abs(adjustment));
    if (bound === 'envelope') {
      steps.add('binds.envelope');
    } else if (targets) {
      if (bound === 'cap') {
        steps.add('binds.targets.cap');
      } else if (bound === 'none') {
        steps.add('binds.targets.none');
      } else {
        steps.add('binds.targets.floor', 'bound', term('bound.' + bound));
      }
    } else if (bound === 'cap') {
      steps.add('binds.cap', 'scaled', E.money(scaledNeed), 'cap', E.money(cap), 'adjustment', abs);
    } else if (bound === 'none') {
      steps.add(floor === 0 && cap === NO_CAP ? 'binds.free' : 'binds.none', 'scaled', E.money(scaledNeed));
    } else {
      steps.add('binds.floor', 'scaled', E.money(scaledNeed), 'floor', E.money(floor), 'bound', term('bound.' + bound),
        'adjustment', abs);
    }
    var rounding = targets ? allocation - need - targeted - topUp : allocation - scaledNeed - adjustment;
    steps.add('h.result');
    steps.add(isScaled || targets ? 'rounding.budget' : 'rounding.nearest', 'unit', E.amount(unit),
      'rounding', E.signedMoney(rounding));
    var pp = E.perPupil(allocation, sch.total);
    if (targets) {
      steps.add('allocation.targets', 'allocation', E.money(allocation), 'need', E.money(need),
        'targeted', E.money(targeted), 'top_up', E.money(topUp), 'rounding', E.signedMoney(rounding),
        'per_pupil', pp < 0 ? null : E.money(pp));
    } else {
      steps.add('allocation', 'allocation', E.money(allocation), 'scaled', E.money(scaledNeed),
        'adjustment', E.signedMoney(adjustment), 'rounding', E.signedMoney(rounding),
        'per_pupil', pp < 0 ? null : E.money(pp));
    }
    if (sc.split !== 'all') {
      var oneStep = sc.oneStep[i] * sc.unit;
      steps.add('one_step', 'one_step', E.money(oneStep), 'difference', E.signedMoney(allocation - oneStep));
    }
    if (sch.previous !== -1) {
      steps.add('change', 'previous', E.money(sch.previous), 'change', E.signedMoney(allocation - sch.previous),
        'percent', sch.previous > 0 ? E.changePercent(allocation - sch.previous, sch.previous) : null);
    }
    return {
      steps: steps.list,
      figures: {
        components: components, need: need, scaledNeed: targets ? need + targeted + topUp : scaledNeed,
        floor: floor, cap: cap, bound: bound, adjustment: adjustment, rounding: rounding, allocation: allocation
      }
    };
  }

  return {build: build, school: school, f64: f64};
})();
