// Per pupil by province: the HTML report's tile map of Thailand (map.js with thailand-provinces.json) and
// its sortable, searchable, downloadable tables (tables.js), served from the library's jar as they are and
// drawn here from a reply's provinces ([{group, schools, pupils, allocation, per_pupil, baseline_per_pupil}],
// amounts as decimal strings). The table is updated in place, so it keeps its sorting, search and scroll.
"use strict";

const Provinces = {
  tiles: null, // the parsed thailand-provinces.json, fetched once
  rows: [],
  shown: null, // the table's rows, updated in place
  search: null, // the table's search box

  async load() {
    const response = await fetch("/assets/thailand-provinces.json", {headers: headers()});
    this.tiles = await response.json();
    document.getElementById("map-measure").addEventListener("change", () => this.render(this.rows));
  },

  render(rows) {
    this.rows = rows;
    if (!this.tiles) return;
    const measure = document.getElementById("map-measure").value;
    const matched = AllocMap.match(this.tiles, rows.map(row => row.group));
    const values = {};
    for (const row of rows) {
      const tile = matched[row.group];
      if (!tile) continue;
      const change = difference(row.per_pupil, row.baseline_per_pupil);
      const value = measure === "change" ? change : row.per_pupil;
      const shown = measure === "change" ? signedText(change) : grouped(row.per_pupil || "");
      values[tile.code] = {
        value: value === null || value === undefined ? null : Number(value),
        text: shown + " " + I18n.t("unit.thb"),
      };
    }
    const whole = this.whole || (this.whole = new Intl.NumberFormat("en-GB", {maximumFractionDigits: 0}));
    AllocMap.draw(document.getElementById("province-map"), this.tiles, values, {
      diverging: measure === "change",
      language: I18n.language,
      title: I18n.t(measure === "change" ? "map.change" : "map.per_pupil"),
      missing: I18n.t("map.missing"),
      format: v => whole.format(v),
      onSelect: tile => this.find(rows.find(row => matched[row.group] === tile)),
    });
    const unmatched = rows.filter(row => !matched[row.group]).map(row => row.group);
    document.getElementById("map-unmatched").textContent =
      unmatched.length ? I18n.t("map.unmatched", {names: unmatched.join(", ")}) : "";
    this.table(rows);
  },

  /** Shows a province's row: the table searched for its name. */
  find(row) {
    if (!row) return;
    const search = document.querySelector("#province-table input[type=search]");
    search.value = row.group;
    search.dispatchEvent(new Event("input"));
  },

  /**
   * The table, made once (tables.js) on row objects that later replies update in place: a redraw is then
   * the table's own (its body, sorted and searched as the reader left it), not a new table.
   */
  table(rows) {
    if (this.shown && this.shown.length === rows.length && rows.every((row, k) => row.group === this.shown[k].group)) {
      rows.forEach((row, k) => Object.assign(this.shown[k], row));
      this.search.dispatchEvent(new Event("input"));
      return;
    }
    const container = document.getElementById("province-table");
    container.textContent = "";
    this.shown = rows.map(row => Object.assign({}, row));
    const money = key => row => row[key] === null ? "" : row[key];
    const change = row => difference(row.per_pupil, row.baseline_per_pupil);
    AllocTables.create(container, {
      text: {
        search: I18n.t("table.search"), download: I18n.t("table.download"),
        downloadTitle: I18n.t("table.download_title"), sort: I18n.t("table.sort"), shown: I18n.t("table.shown"),
      },
      filename: "provinces.csv",
      locale: I18n.language === "th" ? "th" : "en",
      rows: this.shown,
      columns: [
        {label: I18n.t("province"), csv: "province", value: row => row.group, search: true},
        {label: I18n.t("schools"), csv: "schools", value: row => row.schools, text: row => grouped(String(row.schools)), number: true},
        {label: I18n.t("pupils"), csv: "pupils", value: row => row.pupils, text: row => grouped(String(row.pupils)), number: true},
        {label: I18n.t("per_pupil"), csv: "per_pupil", value: money("per_pupil"), text: row => grouped(row.per_pupil), number: true},
        {label: I18n.t("per_pupil.baseline"), csv: "baseline_per_pupil", value: money("baseline_per_pupil"),
          text: row => grouped(row.baseline_per_pupil), number: true},
        {label: I18n.t("per_pupil.change"), csv: "per_pupil_difference", value: row => change(row) || "",
          text: row => signedText(change(row)), number: true,
          tone: row => { const d = change(row); return d === null || /^-?0\.00$/.test(d) ? "" : d.startsWith("-") ? "down" : "up"; }},
      ],
    });
    this.search = container.querySelector("input[type=search]");
  },
};

/** A decimal string with its sign and thousands grouped: +12.50, -3,000.00; a dash for none. */
function signedText(text) {
  if (text === null || text === undefined) return "–";
  return (text.startsWith("-") || /^0(\.0+)?$/.test(text) ? "" : "+") + grouped(text);
}
