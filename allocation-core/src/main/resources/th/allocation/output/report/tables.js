// Tables of the report that a reader can sort (click a heading), search (the box above) and download as CSV
// (the button above; the file is made in the page, nothing is sent anywhere). CSV as the engine writes it:
// UTF-8 with a byte-order mark, CRLF line ends, quotes only where needed, a leading apostrophe on text that a
// spreadsheet would run as a formula, amounts as plain numbers with two decimals.
var AllocTables = (function () {
  'use strict';

  /** A number for a CSV cell, written as it stands (a minus sign is a number's, not a formula's). */
  function Num(text) {
    this.text = text;
  }

  function csvCell(value) {
    if (value instanceof Num) {
      return value.text;
    }
    var text = value === null || value === undefined ? '' : String(value);
    // A negative number given as text is a number, not a formula: written as the engine writes it.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-\d+(\.\d+)?$/.test(text)) {
      text = "'" + text;
    }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** The CSV text of rows (arrays of cells), header first. */
  function csv(rows) {
    return '\uFEFF' + rows.map(function (row) {
      return row.map(csvCell).join(',');
    }).join('\r\n') + '\r\n';
  }

  /** Offers text as a file to save, made in the page. */
  function download(filename, text) {
    var blob = new Blob([text], {type: 'text/csv;charset=utf-8'});
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 60000);
  }

  function button(label, title, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'download';
    b.textContent = label;
    b.title = title;
    b.addEventListener('click', onClick);
    return b;
  }

  /** A number in a table's cell as the number a spreadsheet reads (1,234.50 -> 1234.50, 12.5% -> 12.5); other text as it is. */
  function plain(text) {
    var t = text.trim().replace(/\u2212/g, '-');
    return /^[+\-]?[\d,]+(\.\d+)?%?$/.test(t)
      ? new Num(t.replace(/,/g, '').replace(/%$/, '').replace(/^\+/, '')) : text.trim();
  }

  /** Adds a download button before a table written in the page's HTML; the CSV is the table's text. */
  function domDownload(table, filename, text) {
    var bar = document.createElement('div');
    bar.className = 'table-tools';
    bar.appendChild(button(text.download, text.downloadTitle, function () {
      var rows = [];
      table.querySelectorAll('tr').forEach(function (tr) {
        var row = [];
        tr.querySelectorAll('th, td').forEach(function (cell) {
          row.push(tr.parentNode.tagName === 'THEAD' ? cell.textContent.trim() : plain(cell.textContent));
        });
        rows.push(row);
      });
      download(filename, csv(rows));
    }));
    table.parentNode.insertBefore(bar, table);
  }

  /**
   * A sortable, searchable table from data. columns: [{label, csv (header in the file), value(row) (for
   * sorting and the file), text(row) (shown; default the value), number (right-aligned, sorted as numbers),
   * search (searched), tone(row) ('up', 'down' or '')}]; rows: any objects.
   */
  function create(container, options) {
    var text = options.text;
    var columns = options.columns;
    var rows = options.rows.slice();
    var order = {column: -1, descending: false};
    var query = '';
    var tools = document.createElement('div');
    tools.className = 'table-tools';
    var search = document.createElement('input');
    search.type = 'search';
    search.placeholder = options.placeholder || text.search;
    search.setAttribute('aria-label', options.placeholder || text.search);
    tools.appendChild(search);
    var count = document.createElement('span');
    count.className = 'count';
    tools.appendChild(count);
    tools.appendChild(button(text.download, text.downloadTitle, function () {
      var out = [columns.map(function (c) {
        return c.csv;
      })];
      sorted().forEach(function (row) {
        out.push(columns.map(function (c) {
          var value = c.value(row);
          return c.number && value !== null && value !== '' ? new Num(String(value)) : value;
        }));
      });
      download(options.filename, csv(out));
    }));
    container.appendChild(tools);
    var scroll = document.createElement('div');
    scroll.className = 'scroll table-scroll';
    var table = document.createElement('table');
    table.className = 'data sortable';
    var head = document.createElement('thead');
    var headRow = document.createElement('tr');
    columns.forEach(function (c, k) {
      var th = document.createElement('th');
      th.textContent = c.label;
      th.title = text.sort;
      th.setAttribute('data-column', String(k));
      th.addEventListener('click', function () {
        order.descending = order.column === k ? !order.descending : !!c.number;
        order.column = k;
        draw();
      });
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = document.createElement('tbody');
    table.appendChild(body);
    scroll.appendChild(table);
    container.appendChild(scroll);

    function sorted() {
      if (order.column < 0) {
        return rows;
      }
      var c = columns[order.column];
      var sign = order.descending ? -1 : 1;
      return rows.slice().sort(function (a, b) {
        var x = c.value(a);
        var y = c.value(b);
        if (x === y) {
          return 0;
        }
        if (x === null || x === '') {
          return 1;
        }
        if (y === null || y === '') {
          return -1;
        }
        return (c.number ? (Number(x) < Number(y) ? -1 : 1) : String(x).localeCompare(String(y), options.locale,
          {numeric: true})) * sign;
      });
    }

    function matches(row) {
      if (query === '') {
        return true;
      }
      return columns.some(function (c) {
        return c.search && String(c.value(row)).toLowerCase().indexOf(query) >= 0;
      });
    }

    function draw() {
      var shown = sorted().filter(matches);
      body.textContent = '';
      var fragment = document.createDocumentFragment();
      shown.forEach(function (row) {
        var tr = document.createElement('tr');
        columns.forEach(function (c) {
          var td = document.createElement('td');
          td.textContent = c.text ? c.text(row) : String(c.value(row));
          var tone = c.tone ? c.tone(row) : '';
          if (tone) {
            td.className = tone;
          }
          tr.appendChild(td);
        });
        fragment.appendChild(tr);
      });
      body.appendChild(fragment);
      headRow.querySelectorAll('th').forEach(function (th, k) {
        th.className = k === order.column ? (order.descending ? 'sorted desc' : 'sorted asc') : '';
      });
      count.textContent = text.shown.replace('{shown}', String(shown.length)).replace('{all}', String(rows.length));
    }

    search.addEventListener('input', function () {
      query = search.value.trim().toLowerCase();
      draw();
    });
    draw();
    return {
      search: function (q) {
        search.value = q;
        query = q.trim().toLowerCase();
        draw();
        container.scrollIntoView({block: 'start'});
      }
    };
  }

  return {csv: csv, download: download, create: create, domDownload: domDownload};
})();
