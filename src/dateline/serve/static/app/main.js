// The page: one state in the URL hash (view + filters + open document), views rendered when shown.

import { get } from "./api.js";
import { $, clear, el, fmtNumber } from "./dom.js";
import { renderResults } from "./results.js";
import { renderTimeline, initTimelineControls } from "./timeline.js";
import { renderMap } from "./map.js";
import { renderTolls, initTolls } from "./tolls.js";
import { renderDocument } from "./document.js";
import { renderEntity } from "./entity.js";

const VIEWS = ["timeline", "results", "map", "tolls", "document", "entity"];
const FILTERS = ["q", "from", "to", "entity", "place", "type", "outlet"];
const rendered = {}; // view -> the state key it was last rendered for

export function readState() {
  const p = new URLSearchParams(location.hash.slice(1));
  const state = { view: p.get("view") || "timeline", doc: p.get("doc") || "", hl: p.get("hl") || "" };
  for (const k of ["category", "ent", "etype", "eid", "story"]) state[k] = p.get(k) || "";
  for (const k of FILTERS) state[k] = p.get(k) || "";
  if (!VIEWS.includes(state.view)) state.view = "timeline";
  return state;
}

export function navigate(changes) {
  const state = { ...readState(), ...changes };
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v) p.set(k, v);
  location.hash = p.toString();
}

export function openEntity(name, label, id) {
  navigate({ view: "entity", ent: name || "", etype: label || "", eid: id == null ? "" : String(id) });
}

export function openDocument(docId, highlight) {
  navigate({ view: "document", doc: docId, hl: highlight || "" });
}

export function setStatus(message, isError = false) {
  const s = $("status");
  s.textContent = message || "";
  s.classList.toggle("error", Boolean(isError));
}

export function filters(state = readState()) {
  const out = {};
  for (const k of FILTERS) out[k] = state[k];
  return out;
}

function fillForm(state) {
  for (const k of FILTERS) {
    const input = $(k);
    if (input && input.value !== state[k]) input.value = state[k];
  }
  const any = ["from", "to", "entity", "place", "type", "outlet"].some((k) => state[k]);
  if (any) showFacets(true);
}

const LABELS = { from: "from", to: "to", entity: "entity", place: "place", type: "type", outlet: "outlet", story: "story" };

/** The filters in force, each with a button that removes it. */
function showActive(state) {
  const box = clear($("active"));
  const on = Object.keys(LABELS).filter((k) => state[k]);
  if (!on.length) return;
  box.append("Filtered by ");
  for (const k of on) {
    const chip = el("button", { type: "button", class: "chip", "aria-label": `remove the ${LABELS[k]} filter` },
      `${LABELS[k]}: ${k === "story" ? `#${state[k]}` : state[k]} ×`);
    chip.addEventListener("click", () => navigate({ [k]: "" }));
    box.append(chip, " ");
  }
}

function showFacets(open) {
  $("facets").hidden = !open;
  $("toggle-facets").setAttribute("aria-expanded", String(open));
}

function selectTab(view) {
  for (const v of VIEWS) {
    const tab = $(`tab-${v}`);
    const on = v === view;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`view-${v}`).hidden = !on;
    if (on) tab.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}

async function render() {
  const state = readState();
  fillForm(state);
  showActive(state);
  selectTab(state.view);
  const own = {
    document: [state.doc, state.hl], tolls: state.category, entity: [state.ent, state.etype, state.eid], timeline: state.story,
  };
  const key = JSON.stringify([filters(state), own[state.view] ?? ""]);
  if (rendered[state.view] === key) return;
  rendered[state.view] = key;
  setStatus("");
  try {
    if (state.view === "results") await renderResults(state);
    else if (state.view === "timeline") await renderTimeline(state);
    else if (state.view === "map") await renderMap(state);
    else if (state.view === "tolls") await renderTolls(state);
    else if (state.view === "document") await renderDocument(state);
    else if (state.view === "entity") await renderEntity(state);
  } catch (err) {
    rendered[state.view] = null;
    setStatus(err.message || String(err), true);
  }
}

async function loadOverview() {
  const [stats, facets] = await Promise.all([get("/api/stats"), get("/api/facets")]);
  const range = stats.date_min ? `${stats.date_min} to ${stats.date_max}` : "no dates";
  $("overview").textContent =
    `${fmtNumber(stats.documents)} articles (${range}) · ${fmtNumber(stats.events)} events · ` +
    `${fmtNumber(stats.quotes)} quotes · ${fmtNumber(stats.figures)} figures`;
  const type = $("type");
  for (const c of facets.event_types) type.append(el("option", { value: c.value }, `${c.value} (${c.n})`));
  const outlet = $("outlet");
  for (const c of facets.outlets) outlet.append(el("option", { value: c.value }, `${c.value} (${c.n})`));
  const category = $("category");
  const cats = facets.figure_categories.length ? facets.figure_categories : [{ value: "killed", n: 0 }];
  for (const c of cats) category.append(el("option", { value: c.value }, `${c.value} (${c.n})`));
  if (facets.date_min) {
    $("from").min = $("to").min = facets.date_min;
    $("from").max = $("to").max = facets.date_max;
  }
  const state = readState(); // the selects now have their options (text the user typed meanwhile stays)
  for (const k of ["type", "outlet"]) $(k).value = state[k];
  const [people, places] = await Promise.all([
    get("/api/entities", { limit: 200 }),
    get("/api/entities", { type: "PLACE", limit: 200 }),
  ]);
  const el1 = clear($("entity-list"));
  for (const e of people.items) el1.append(el("option", { value: e.name }));
  const el2 = clear($("place-list"));
  for (const e of places.items) el2.append(el("option", { value: e.name }));
}

function wire() {
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const changes = { view: "results", doc: "", story: "" };
    for (const k of FILTERS) changes[k] = $(k).value.trim();
    if (!changes.q) changes.view = readState().view === "results" ? "timeline" : readState().view;
    navigate(changes);
  });
  for (const k of ["from", "to", "type", "outlet"]) {
    $(k).addEventListener("change", () => {
      const changes = {};
      for (const f of FILTERS) changes[f] = $(f).value.trim();
      navigate(changes);
    });
  }
  $("toggle-facets").addEventListener("click", () => showFacets($("facets").hidden));
  $("clear").addEventListener("click", () => {
    navigate({ from: "", to: "", entity: "", place: "", type: "", outlet: "" });
  });
  $("home").addEventListener("click", (ev) => {
    ev.preventDefault();
    location.hash = "";
  });
  const tabs = VIEWS.map((v) => $(`tab-${v}`));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => navigate({ view: tab.dataset.view }));
    tab.addEventListener("keydown", (ev) => {
      const step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      navigate({ view: next.dataset.view });
    });
  });
  window.addEventListener("hashchange", render);
}

wire();
initTimelineControls();
initTolls();
render();
loadOverview().catch((err) => setStatus(err.message, true));
