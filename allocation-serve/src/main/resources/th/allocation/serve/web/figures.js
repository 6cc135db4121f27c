// The figures of a reply drawn into the page: tiles, tables and bars. Amounts arrive as exact decimal
// strings (as in summary.json) and are shown with their digits, thousands grouped; only the bars'
// lengths use floating point.
"use strict";

// ---- the figures ------------------------------------------------------------------------------

function figures(data) {
  state.figures = data;
  tiles(data);
  boundsTable(data.bounds);
  groups(data.groups);
  equity(data.equity);
  winners(data.winners);
  WorkbenchMap.render(document.getElementById("map"), data.groups.province || []);
}

function tiles(data) {
  const gini = data.equity.find(row => row.key === "gini");
  const node = document.getElementById("tiles");
  node.textContent = "";
  node.append(
    tile("total", I18n.t("total"), grouped(data.total),
      data.budget === null ? I18n.t("budget") + ": " + I18n.t("budget.none") : I18n.t("budget") + ": " + grouped(data.budget)),
    tile("scale", I18n.t("scale"), data.scale === null ? I18n.t("scale.none") : data.scale.toFixed(6), ""),
    tile("per_pupil", I18n.t("per_pupil"), grouped(data.per_pupil || ""),
      I18n.t("vs_baseline", {value: grouped(data.baseline.per_pupil || "")})),
    tile("gini", I18n.t("stat.gini"), gini ? gini.value : "", gini ? I18n.t("change") + " " + gini.change : ""),
  );
  const time = document.createElement("div");
  time.id = "timing";
  time.className = "note";
  node.append(time);
}

function tile(key, label, value, sub) {
  const node = document.createElement("div");
  node.className = "tile";
  node.dataset.key = key;
  const a = document.createElement("div");
  a.className = "label";
  a.textContent = label;
  const b = document.createElement("div");
  b.className = "value";
  b.id = "tile-" + key;
  b.textContent = value;
  const c = document.createElement("div");
  c.className = "sub";
  c.textContent = sub;
  node.append(a, b, c);
  return node;
}

function boundsTable(bounds) {
  const rows = bounds.filter(row => row.schools > 0 || row.baseline > 0)
    .map(row => [I18n.t("bound." + row.key), grouped(String(row.schools)), grouped(String(row.baseline))]);
  table("bounds", [I18n.t("bound"), I18n.t("now"), I18n.t("baseline")], rows, bounds.map(row => row.key));
}

function groups(byGroup) {
  for (const [key, list] of Object.entries(byGroup)) {
    const rows = list.map(row => ({
      key: row.group,
      label: key === "area_type" ? I18n.area(row.group) : row.group,
      value: Number(row.per_pupil || 0),
      baseline: Number(row.baseline_per_pupil || 0),
      raw: row.per_pupil || "",
      text: grouped(row.per_pupil || "") + signed(difference(row.per_pupil, row.baseline_per_pupil)),
    }));
    const chart = document.getElementById("chart-" + key);
    if (chart) {
      Charts.bars(chart, rows);
    }
  }
  const areas = byGroup.area_type || [];
  table("table-area_type",
    [I18n.t("group"), I18n.t("schools"), I18n.t("pupils"), I18n.t("per_pupil"), I18n.t("baseline"), I18n.t("change")],
    areas.map(row => [I18n.area(row.group), grouped(String(row.schools)), grouped(String(row.pupils)),
      grouped(row.per_pupil || ""), grouped(row.baseline_per_pupil || ""), signedCell(difference(row.per_pupil, row.baseline_per_pupil))]),
    areas.map(row => row.group));
}

function equity(rows) {
  table("equity", [I18n.t("statistic"), I18n.t("baseline"), I18n.t("now"), I18n.t("change"), I18n.t("more_equal")],
    rows.map(row => [
      I18n.has("stat." + row.key) ? I18n.t("stat." + row.key) : row.label,
      row.baseline, row.value,
      {text: row.change, className: row.more_equal > 0 ? "gain" : row.more_equal < 0 ? "loss" : ""},
      I18n.t("direction." + row.direction)]),
    rows.map(row => row.key));
}

function winners(data) {
  const rows = [[I18n.t("all_schools"), grouped(String(data.gaining)), grouped(String(data.losing)),
    grouped(String(data.unchanged)), grouped(data.gained), grouped(data.lost), signedCell(data.net)]];
  for (const row of data.area_type || []) {
    rows.push([I18n.area(row.group), grouped(String(row.gaining)), grouped(String(row.losing)), grouped(String(row.unchanged)),
      grouped(row.gained), grouped(row.lost), signedCell(row.net)]);
  }
  table("winners", [I18n.t("group"), I18n.t("gaining"), I18n.t("losing"), I18n.t("unchanged"), I18n.t("gained"),
    I18n.t("lost"), I18n.t("net")], rows, ["all"].concat((data.area_type || []).map(row => row.group)));
  const list = (id, schools) => table(id, [I18n.t("schools"), I18n.t("change")],
    schools.map(s => [s.school_id + " " + s.name + " (" + s.province + ")", signedCell(s.change)]), schools.map(s => s.school_id));
  list("largest_gains", data.largest_gains);
  list("largest_losses", data.largest_losses);
}

/** Fills table id with a header and rows; a cell is text or {text, className}; the first cell left, the rest numbers. */
function table(id, header, rows, keys) {
  const node = document.getElementById(id);
  node.textContent = "";
  const head = node.createTHead().insertRow();
  header.forEach((text, k) => {
    const th = document.createElement("th");
    th.textContent = text;
    if (k > 0) th.className = "n";
    head.append(th);
  });
  const body = node.createTBody();
  rows.forEach((row, r) => {
    const tr = body.insertRow();
    if (keys) tr.dataset.key = keys[r];
    row.forEach((cell, k) => {
      const td = tr.insertCell();
      const value = typeof cell === "object" && cell !== null ? cell : {text: cell, className: ""};
      td.textContent = value.text;
      td.className = (k > 0 ? "n " : "") + (value.className || "");
    });
  });
}

// ---- numbers ----------------------------------------------------------------------------------

/** A decimal string with its thousands grouped: 18168984180.00 -> 18,168,984,180.00. */
function grouped(text) {
  if (text === null || text === undefined || text === "") return "–";
  const [whole, fraction] = String(text).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction !== undefined ? "." + fraction : "");
}

/** The difference of two decimal strings of two decimals, exactly, as a decimal string. */
function difference(a, b) {
  if (!a || !b) return null;
  const cents = text => {
    const negative = text.startsWith("-");
    const [whole, fraction = ""] = text.replace("-", "").split(".");
    const value = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
    return negative ? -value : value;
  };
  const d = cents(a) - cents(b);
  const abs = d < 0n ? -d : d;
  return (d < 0n ? "-" : "") + (abs / 100n).toString() + "." + (abs % 100n).toString().padStart(2, "0");
}

function signed(text) {
  if (text === null || text === "0.00") return "";
  return " (" + (text.startsWith("-") ? "" : "+") + grouped(text) + ")";
}

function signedCell(text) {
  if (text === null) return "–";
  const negative = text.startsWith("-");
  const zero = /^-?0(\.0+)?$/.test(text);
  return {text: (negative || zero ? "" : "+") + grouped(text), className: zero ? "" : negative ? "loss" : "gain"};
}

