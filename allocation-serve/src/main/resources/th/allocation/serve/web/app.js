// The workbench page: builds the form from the scenario's parameters, sends each change to the
// server, and draws the figures it answers with. State lives on the server, one session per tab (its
// id kept in this tab's sessionStorage, so a reload resumes it); the page keeps only what it shows.
"use strict";

const params = new URLSearchParams(location.search);
const state = {
  token: params.get("token"),
  session: null,
  sequence: 0,
  applied: 0,         // the sequence of the last reply drawn
  sent: new Map(),    // sequence -> time of the change that sent it
  form: [],
  fields: new Map(),  // path -> {field, range, input, error}
  figures: null,
  school: null,       // the id of the school shown, if any
};

// What the browser tests read: latencies of changes, from the input to the charts drawn.
const workbench = window.workbench = {
  ready: false, latencies: [], serverMs: [], replies: 0, lastStatus: null,
  pending: () => state.sent.size,
};

document.addEventListener("DOMContentLoaded", start);

async function start() {
  I18n.language = document.documentElement.lang === "th" ? "th" : "en";
  const reply = await post("/api/session", {session: sessionStorage.getItem("alloc-serve-session")});
  if (!reply.session) {
    banner(reply.error ? reply.error.message : "The workbench did not answer.");
    return;
  }
  state.session = reply.session;
  sessionStorage.setItem("alloc-serve-session", reply.session);
  state.sequence = Math.max(state.sequence, reply.sequence || 0);
  state.form = reply.form;
  words(reply.scenario, reply.figures);
  buildForm(reply.form);
  links();
  document.getElementById("undo").addEventListener("click", () => send("/api/undo", {}, null));
  document.getElementById("reset").addEventListener("click", () => send("/api/reset", {}, null));
  document.getElementById("search").addEventListener("input", debounce(search, 150));
  window.addEventListener("resize", debounce(() => state.figures && figures(state.figures), 200));
  apply(reply, null);
  workbench.ready = true;
}

// ---- talking to the server -------------------------------------------------------------------

function headers() {
  const result = {"Content-Type": "application/json"};
  if (state.token) {
    result["X-Alloc-Token"] = state.token;
  }
  return result;
}

async function post(path, body) {
  try {
    const response = await fetch(path, {method: "POST", headers: headers(), body: JSON.stringify(body)});
    return await response.json();
  } catch (e) {
    return {status: "error", error: {message: String(e)}};
  }
}

async function get(path) {
  const response = await fetch(path, {headers: headers()});
  return response.json();
}

function query(extra) {
  const values = new URLSearchParams({session: state.session});
  if (state.token) {
    values.set("token", state.token);
  }
  for (const [key, value] of Object.entries(extra || {})) {
    values.set(key, value);
  }
  return values.toString();
}

/** Sends a change; the newest change wins, older replies are not drawn. */
async function send(path, body, field) {
  const sequence = ++state.sequence;
  state.sent.set(sequence, performance.now());
  const reply = await post(path, Object.assign({session: state.session, sequence}, body));
  if (reply.status === "stale" || sequence < state.applied) {
    state.sent.delete(sequence);
    return;
  }
  if (reply.status === "error") {
    if (reply.error && /session has ended/.test(reply.error.message)) {
      sessionStorage.removeItem("alloc-serve-session");
    }
    banner(reply.error ? reply.error.message : "Error");
    return;
  }
  apply(reply, field);
  const began = state.sent.get(sequence);
  state.sent.delete(sequence);
  requestAnimationFrame(() => {
    workbench.latencies.push(performance.now() - began);
    workbench.serverMs.push(reply.compute_ms);
    workbench.replies++;
    workbench.lastStatus = reply.status;
    timing(reply.compute_ms, performance.now() - began);
  });
}

function change(path, value) {
  const entry = state.fields.get(path);
  entry.field.classList.remove("invalid");
  entry.error.textContent = "";
  send("/api/set", {path, value: String(value)}, path);
}

// ---- drawing a reply --------------------------------------------------------------------------

function apply(reply, field) {
  state.applied = Math.max(state.applied, reply.sequence || 0);
  if (reply.status === "invalid") {
    // A refused value changes nothing but the message beside its field.
    showError(reply.error.field || field, reply.error.message);
    return;
  }
  clearErrors();
  if (reply.status === "failed") {
    showError(field || reply.error.field, reply.error.message);
    banner(I18n.t("failed") + "\n" + reply.error.message);
  } else {
    banner(null);
  }
  // After a failure the fields show the values in force again, the one being typed in too.
  setValues(reply.values, reply.status === "failed");
  history(reply.history || []);
  figures(reply.figures);
  if (state.school) {
    showSchool(state.school);
  }
}

function showError(path, message) {
  const entry = state.fields.get(path);
  if (entry) {
    entry.field.classList.add("invalid");
    entry.error.textContent = message;
  } else {
    banner(message);
  }
}

function clearErrors() {
  for (const entry of state.fields.values()) {
    entry.field.classList.remove("invalid");
    entry.error.textContent = "";
  }
}

function banner(message) {
  const node = document.getElementById("banner");
  node.hidden = !message;
  node.textContent = message || "";
}

function timing(serverMs, pageMs) {
  const node = document.getElementById("timing");
  if (node) {
    node.textContent = I18n.t("timing", {server: serverMs.toFixed(1), page: pageMs.toFixed(0)});
  }
}

// ---- the static words -------------------------------------------------------------------------

function words(scenario, figures) {
  document.getElementById("title").textContent = scenario.name || I18n.t("title");
  document.getElementById("subtitle").textContent = I18n.t("title") + " · " + scenario.file + " · " + I18n.t("subtitle", {
    schools: grouped(String(figures.schools)), pupils: grouped(String(figures.pupils)),
    year: scenario.fiscal_year, rule: I18n.has("rule." + scenario.rule) ? I18n.t("rule." + scenario.rule) : scenario.rule,
  });
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = I18n.t(node.dataset.text);
  }
  for (const node of document.querySelectorAll("[data-placeholder]")) {
    node.placeholder = I18n.t(node.dataset.placeholder);
  }
  document.getElementById("undo").textContent = I18n.t("undo");
  document.getElementById("reset").textContent = I18n.t("reset");
  document.getElementById("save").textContent = I18n.t("save");
  document.getElementById("csv").textContent = I18n.t("csv");
  document.getElementById("language").textContent = I18n.t("language");
}

function links() {
  document.getElementById("save").href = "/api/scenario.yaml?" + query();
  document.getElementById("csv").href = "/api/allocations.csv?" + query();
  const other = new URLSearchParams(location.search);
  other.set("lang", I18n.language === "th" ? "en" : "th");
  document.getElementById("language").href = "/?" + other.toString();
}

// ---- the form ---------------------------------------------------------------------------------

function buildForm(fields) {
  const form = document.getElementById("form");
  form.addEventListener("submit", event => event.preventDefault());
  let fieldset = null, section = null;
  for (const spec of fields) {
    if (spec.section !== section) {
      section = spec.section;
      fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = I18n.section(section);
      fieldset.append(legend);
      form.append(fieldset);
    }
    const field = document.createElement("div");
    field.className = "field";
    field.dataset.path = spec.path;
    const label = document.createElement("label");
    const id = "field-" + spec.path.replace(/[^a-z0-9_]/gi, "-");
    label.htmlFor = id;
    label.textContent = I18n.parameter(spec.path);
    const path = document.createElement("div");
    path.className = "path";
    path.textContent = spec.path + (spec.value === null ? " · " + I18n.t("not_set") : "");
    const controls = document.createElement("div");
    controls.className = "controls";
    let range = null;
    if (spec.slider) {
      range = document.createElement("input");
      range.type = "range";
      range.min = spec.slider.min;
      range.max = spec.slider.max;
      range.step = spec.slider.step;
      range.name = spec.path;
      range.setAttribute("aria-label", spec.path);
      const decimals = (spec.slider.step.split(".")[1] || "").length;
      range.addEventListener("input", () => {
        const value = Number(range.value).toFixed(decimals);
        input.value = value;
        change(spec.path, value);
      });
      controls.append(range);
    }
    const input = document.createElement("input");
    input.type = "text";
    input.id = id;
    input.name = spec.path;
    input.inputMode = "decimal";
    input.addEventListener("change", () => change(spec.path, input.value.trim()));
    input.addEventListener("keydown", event => {
      if (event.key === "Enter") {
        event.preventDefault();
        change(spec.path, input.value.trim());
      }
    });
    controls.append(input);
    const error = document.createElement("div");
    error.className = "error";
    error.setAttribute("role", "alert");
    field.append(label, path, controls, error);
    fieldset.append(field);
    state.fields.set(spec.path, {spec, field, range, input, error});
  }
}

function setValues(values, force) {
  for (const [path, entry] of state.fields) {
    const value = values[path];
    const shown = value === undefined ? "" : value;
    if (force || document.activeElement !== entry.input || entry.input.value === "") {
      entry.input.value = shown;
    }
    if (entry.range && value !== undefined && document.activeElement !== entry.range) {
      entry.range.value = value;
    }
    entry.field.classList.toggle("changed", (entry.spec.value === null ? undefined : entry.spec.value) !== value);
  }
}

function history(changes) {
  const list = document.getElementById("history");
  list.textContent = "";
  if (changes.length === 0) {
    const item = document.createElement("li");
    item.className = "note";
    item.textContent = I18n.t("history.empty");
    list.append(item);
  }
  for (const change of changes) {
    const item = document.createElement("li");
    item.textContent = change.what === "reset"
      ? I18n.t("history.reset")
      : I18n.parameter(change.what) + ": " + (change.from === null || change.from === undefined ? "—" : change.from) + " → " + change.to;
    list.append(item);
  }
  document.getElementById("undo").disabled = changes.length === 0;
  document.getElementById("reset").disabled = changes.length === 0 || changes[changes.length - 1].what === "reset";
}

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

// ---- the school search ------------------------------------------------------------------------

async function search() {
  const text = document.getElementById("search").value.trim();
  const list = document.getElementById("found");
  list.textContent = "";
  if (!text) return;
  const reply = await get("/api/schools?" + query({q: text}));
  if (!reply.schools || reply.schools.length === 0) {
    const item = document.createElement("li");
    item.className = "note";
    item.textContent = I18n.t("search.none");
    list.append(item);
    return;
  }
  for (const school of reply.schools) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.textContent = school.school_id + " " + school.name + " (" + school.province + ")";
    button.addEventListener("click", () => {
      state.school = school.school_id;
      showSchool(school.school_id);
    });
    item.append(button);
    list.append(item);
  }
}

async function showSchool(id) {
  const data = await get("/api/school?" + query({id, lang: I18n.language}));
  const node = document.getElementById("school");
  node.textContent = "";
  if (!data.school_id) return;
  const title = document.createElement("h3");
  title.textContent = data.school_id + " " + data.name + " · " + data.province + " · " + I18n.area(data.area_type)
    + " · " + grouped(String(data.pupils)) + " " + I18n.t("pupils");
  node.append(title);
  const rows = data.parts.map(part => [
    I18n.has("part." + part.part) ? I18n.t("part." + part.part) : (part.description || part.part), grouped(part.amount)]);
  rows.push([I18n.t("school.allocation"), grouped(data.allocation)]);
  rows.push([I18n.t("school.need"), grouped(data.need)]);
  rows.push([I18n.t("school.floor"), grouped(data.floor)]);
  rows.push([I18n.t("school.cap"), data.cap === null ? I18n.t("school.no_cap") : grouped(data.cap)]);
  rows.push([I18n.t("bound"), I18n.t("bound." + data.bound)]);
  rows.push([I18n.t("school.baseline"), grouped(data.baseline)]);
  rows.push([I18n.t("change"), signedCell(data.change)]);
  const breakdown = document.createElement("table");
  breakdown.id = "school-breakdown";
  breakdown.className = "numbers";
  node.append(breakdown);
  table("school-breakdown", [I18n.t("school.part"), I18n.t("school.amount")], rows, null);
  const heading = document.createElement("h3");
  heading.textContent = I18n.t("school.explanation");
  node.append(heading);
  if (data.explanation.available) {
    for (const paragraph of data.explanation.paragraphs) {
      const p = document.createElement("p");
      p.textContent = paragraph;
      node.append(p);
    }
  } else {
    const p = document.createElement("p");
    p.className = "note";
    p.id = "explanation-unavailable";
    p.textContent = I18n.t("school.explanation.unavailable");
    node.append(p);
  }
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

function debounce(fn, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
