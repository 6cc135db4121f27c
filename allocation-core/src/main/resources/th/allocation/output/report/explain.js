// Renders the steps of an explanation (th.allocation.explain.Explanation: a text key and its arguments per
// sentence) as text or HTML, with the texts the library gives (Explanation.texts), and writes numbers exactly
// as th.allocation.explain.ExplainNumbers does: amounts are integers of satang, formatted with integer
// arithmetic (BigInt where a product could pass 2^53), never through floating-point formatting.
// Shared by the report and any page that shows explanations; needs nothing but the browser.
var AllocExplain = (function () {
  'use strict';

  function grouped(digits) {
    var head = digits.length % 3;
    var out = digits.slice(0, head);
    for (var k = head; k < digits.length; k += 3) {
      out += (k > 0 ? ',' : '') + digits.slice(k, k + 3);
    }
    return out;
  }

  /** Satang as baht with grouped thousands and two decimals: 1,190,850.00 or -0.25. */
  function money(satang) {
    var big = BigInt(satang);
    var negative = big < 0n;
    var magnitude = negative ? -big : big;
    var fraction = Number(magnitude % 100n);
    return (negative ? '-' : '') + grouped((magnitude / 100n).toString()) + '.' + (fraction < 10 ? '0' : '') + fraction;
  }

  function signedMoney(satang) {
    return (Number(satang) > 0 ? '+' : '') + money(satang);
  }

  /** An amount as a scenario states it: whole baht without decimals (20,000), otherwise as money. */
  function amount(satang) {
    return BigInt(satang) % 100n === 0n ? count(BigInt(satang) / 100n) : money(satang);
  }

  function count(value) {
    var big = BigInt(value);
    return big < 0n ? '-' + grouped((-big).toString()) : grouped(big.toString());
  }

  /** Satang per pupil, halves up; -1 without pupils. */
  function perPupil(satang, pupils) {
    if (pupils <= 0) {
      return -1;
    }
    return Number((BigInt(satang) * 2n + BigInt(pupils)) / (BigInt(pupils) * 2n));
  }

  /** A change as a percentage of base (> 0) with one decimal, halves away from zero: +10.3%, 0.0%. */
  function changePercent(change, base) {
    var c = BigInt(change);
    var b = BigInt(base);
    var tenths = ((c < 0n ? -c : c) * 2000n + b) / (2n * b);
    var text = (tenths / 10n).toString() + '.' + (tenths % 10n).toString() + '%';
    if (tenths === 0n) {
      return text;
    }
    return (c < 0n ? '-' : '+') + text;
  }

  function complete(part, values) {
    var re = /\{([a-z_]+)\}/g;
    var m;
    while ((m = re.exec(part)) !== null) {
      if (!Object.prototype.hasOwnProperty.call(values, m[1])) {
        return false;
      }
    }
    return true;
  }

  function placeholders(part, values) {
    return part.replace(/\{([a-z_]+)\}/g, function (all, name) {
      if (!Object.prototype.hasOwnProperty.call(values, name)) {
        throw new Error('The explanation text "' + part + '" needs "' + name + '".');
      }
      return values[name];
    });
  }

  /** Fills a template: {name} by its value; [...] kept, without brackets, only if all its names have values. */
  function fill(template, values) {
    var out = '';
    var k = 0;
    while (k < template.length) {
      if (template.charAt(k) === '[') {
        var end = template.indexOf(']', k);
        var part = template.slice(k + 1, end);
        if (complete(part, values)) {
          out += placeholders(part, values);
        }
        k = end + 1;
      } else {
        var next = template.indexOf('[', k);
        next = next < 0 ? template.length : next;
        out += placeholders(template.slice(k, next), values);
        k = next;
      }
    }
    return out;
  }

  /** The sentence of one step ({key, args: [{name, value, term}]}) with texts (key -> text). */
  function text(step, texts) {
    var template = texts[step.key];
    if (template === undefined) {
      throw new Error('No explanation text "' + step.key + '".');
    }
    var values = {};
    step.args.forEach(function (arg) {
      values[arg.name] = arg.term ? (texts[arg.value] !== undefined ? texts[arg.value] : arg.value) : arg.value;
    });
    return fill(template, values);
  }

  /** A step as key(name=value, name=@term), as Step.toString() writes it in the library. */
  function canonical(step) {
    return step.key + '(' + step.args.map(function (arg) {
      return arg.name + '=' + (arg.term ? '@' : '') + arg.value;
    }).join(', ') + ')';
  }

  /** The explanation as lines: headings as they are, sentences indented by two spaces. */
  function lines(steps, texts) {
    return steps.map(function (step) {
      return (step.key.indexOf('h.') === 0 ? '' : '  ') + text(step, texts);
    });
  }

  /** The explanation as a DOM element: a heading per part, a list of its sentences (text only, no markup). */
  function element(steps, texts) {
    var root = document.createElement('div');
    root.className = 'explanation';
    var list = null;
    steps.forEach(function (step) {
      if (step.key.indexOf('h.') === 0) {
        var heading = document.createElement('h4');
        heading.textContent = text(step, texts);
        root.appendChild(heading);
        list = document.createElement('ul');
        root.appendChild(list);
      } else {
        if (list === null) {
          list = document.createElement('ul');
          root.appendChild(list);
        }
        var item = document.createElement('li');
        item.textContent = text(step, texts);
        item.setAttribute('data-step', step.key);
        list.appendChild(item);
      }
    });
    return root;
  }

  return {
    money: money, signedMoney: signedMoney, amount: amount, count: count, perPupil: perPupil,
    changePercent: changePercent, fill: fill, text: text, canonical: canonical, lines: lines, element: element
  };
})();
