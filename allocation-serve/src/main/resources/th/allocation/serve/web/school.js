// The school search: schools found by id or name, and one school's allocation as the result explains
// it, part by part, with its explanation in words where the server has one.
"use strict";

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

