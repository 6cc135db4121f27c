// A tile-grid map of Thailand's 77 provinces (thailand-provinces.json: one square per province, placed by
// region; docs/report.md explains the grid), drawn as SVG in the page and coloured by a value per province.
// Lines between squares of different regions mark the six regions. No boundary file, no network.
var AllocMap = (function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var SEQUENTIAL = ['#eff5fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
  var DIVERGING = ['#b2182b', '#ef8a62', '#fddbc7', '#d9f0d3', '#7fbf7b', '#1b7837'];
  var MISSING = '#e2e8f0';

  function el(name, attributes, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  /** Class breaks: equal steps between the smallest and largest value; symmetric around 0 when diverging. */
  function breaks(values, diverging, classes) {
    var finite = values.filter(function (v) {
      return v !== null && isFinite(v);
    });
    if (finite.length === 0) {
      return [];
    }
    var low = Math.min.apply(null, finite);
    var high = Math.max.apply(null, finite);
    if (diverging) {
      var reach = Math.max(Math.abs(low), Math.abs(high)) || 1;
      low = -reach;
      high = reach;
    } else if (low === high) {
      high = low + 1;
    }
    var out = [];
    for (var k = 1; k < classes; k++) {
      out.push(low + (high - low) * k / classes);
    }
    return {low: low, high: high, inner: out};
  }

  function classOf(value, b) {
    var k = 0;
    while (k < b.inner.length && value >= b.inner[k]) {
      k++;
    }
    return k;
  }

  /**
   * Draws the map into container (emptied first). tiles: the parsed thailand-provinces.json; values: code ->
   * {value: number or null, text: shown on hover}; options: {diverging, format(number) -> text, language ('th'
   * or 'en'), title, missing (text for provinces without data), onSelect(province)}.
   */
  function draw(container, tiles, values, options) {
    container.textContent = '';
    var size = 44;
    var gap = 3;
    var width = tiles.columns * (size + gap) + gap;
    var height = tiles.rows * (size + gap) + gap;
    var svg = el('svg', {viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-label': options.title, 'class': 'tile-map'}, container);
    var palette = options.diverging ? DIVERGING : SEQUENTIAL;
    var list = tiles.provinces.map(function (p) {
      var v = values[p.code];
      return v && v.value !== null ? v.value : null;
    });
    var b = breaks(list, options.diverging, palette.length);
    var at = {};
    tiles.provinces.forEach(function (p) {
      at[p.col + ',' + p.row] = p;
    });
    tiles.provinces.forEach(function (p) {
      var v = values[p.code];
      var has = v && v.value !== null && isFinite(v.value);
      var x = gap + p.col * (size + gap);
      var y = gap + p.row * (size + gap);
      var colour = has ? palette[classOf(v.value, b)] : MISSING;
      var group = el('g', {'class': 'tile', 'data-code': String(p.code), tabindex: '0'}, svg);
      el('rect', {x: x, y: y, width: size, height: size, rx: 4, fill: colour}, group);
      var dark = has && (classOf(v.value, b) >= palette.length - 2 || (options.diverging && classOf(v.value, b) === 0));
      var label = el('text', {x: x + size / 2, y: y + size / 2 + 4, 'text-anchor': 'middle',
        fill: dark ? '#ffffff' : '#1e293b'}, group);
      label.textContent = options.language === 'th' ? p.abbrTh : p.abbrEn;
      var title = el('title', {}, group);
      title.textContent = (options.language === 'th' ? p.th : p.en) + ': ' + (has ? v.text : options.missing);
      if (options.onSelect) {
        var select = function () {
          options.onSelect(p);
        };
        group.addEventListener('click', select);
        group.addEventListener('keydown', function (e) {
          if (e.key === 'Enter') {
            select();
          }
        });
      }
      // Region borders: an edge whose neighbour is of another region, or is sea.
      [[0, -1, x, y, x + size, y], [0, 1, x, y + size, x + size, y + size], [-1, 0, x, y, x, y + size],
        [1, 0, x + size, y, x + size, y + size]].forEach(function (edge) {
        var next = at[(p.col + edge[0]) + ',' + (p.row + edge[1])];
        if (next && next.region !== p.region) {
          var mx = edge[0] * gap / 2;
          var my = edge[1] * gap / 2;
          el('line', {x1: edge[2] + mx, y1: edge[3] + my, x2: edge[4] + mx, y2: edge[5] + my,
            'class': 'region-edge'}, svg);
        }
      });
    });
    legend(container, palette, b, options);
    return svg;
  }

  function legend(container, palette, b, options) {
    var box = document.createElement('div');
    box.className = 'map-legend';
    var heading = document.createElement('strong');
    heading.textContent = options.title;
    box.appendChild(heading);
    if (!b.inner) {
      container.appendChild(box);
      return;
    }
    var edges = [b.low].concat(b.inner, [b.high]);
    palette.forEach(function (colour, k) {
      var item = document.createElement('span');
      var swatch = document.createElement('i');
      swatch.style.background = colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(options.format(edges[k]) + ' – ' + options.format(edges[k + 1])));
      box.appendChild(item);
    });
    var missing = document.createElement('span');
    var swatch = document.createElement('i');
    swatch.style.background = MISSING;
    missing.appendChild(swatch);
    missing.appendChild(document.createTextNode(options.missing));
    box.appendChild(missing);
    container.appendChild(box);
  }

  /**
   * The tile of each province name in the data, matched by Thai name, English name (any case) or two-digit
   * code: name -> tile; names that match none are left out.
   */
  function match(tiles, names) {
    var byKey = {};
    tiles.provinces.forEach(function (p) {
      byKey[p.th] = p;
      byKey[p.en.toLowerCase()] = p;
      byKey[String(p.code)] = p;
      byKey['จังหวัด' + p.th] = p;
    });
    var out = {};
    names.forEach(function (name) {
      var key = name.trim();
      var tile = byKey[key] || byKey[key.toLowerCase()];
      if (tile) {
        out[name] = tile;
      }
    });
    return out;
  }

  return {draw: draw, match: match};
})();
