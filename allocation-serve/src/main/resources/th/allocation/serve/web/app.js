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
  ready: false, latencies: [], serverMs: [], drawMs: [], replies: 0, lastStatus: null,
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
  const drawing = performance.now();
  apply(reply, field);
  const drawn = performance.now() - drawing;
  const began = state.sent.get(sequence);
  state.sent.delete(sequence);
  requestAnimationFrame(() => {
    workbench.latencies.push(performance.now() - began);
    workbench.serverMs.push(reply.compute_ms);
    workbench.drawMs.push(drawn);
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

function debounce(fn, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
