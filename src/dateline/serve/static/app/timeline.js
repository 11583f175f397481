// The story's timeline as SVG: zoom (wheel, pinch, buttons, + and -), pan (drag, arrows), a click on a date shows
// its summary, events, figures and sources.

import { get } from "./api.js";
import { $, clear, el, fmtDate, plural, svg } from "./dom.js";
import { filters, navigate, openDocument, setStatus } from "./main.js";

const DAY = 86400000;
const HEIGHT = 190;
const AXIS_Y = 160;
const LANE = 24; // px between stacked markers
const MAX_LANES = 6;
let data = null;
let full = [0, 1]; // the whole span, ms
let view = [0, 1]; // the visible span, ms
let selected = null;

const ms = (iso) => Date.parse(iso + "T00:00:00Z");

/** A story (corpus events merged across articles) in the timeline's shape: one date per day with events. */
export function storyTimeline(story) {
  const refs = new Map();
  const days = new Map();
  for (const ev of story.events) {
    if (!ev.date) continue;
    const day = days.get(ev.date) || { date: ev.date, sentences: [], sources: [], events: [], figures: [], docs: new Set(), outlets: new Set() };
    days.set(ev.date, day);
    const first = ev.sources.find((r) => !r.recalled) || ev.sources[0];
    for (const r of ev.sources) {
      if (!refs.has(r.doc_id)) refs.set(r.doc_id, refs.size + 1);
      day.docs.add(r.doc_id);
      if (r.publisher) day.outlets.add(r.publisher);
      if (!day.sources.some((s) => s.doc_id === r.doc_id)) {
        day.sources.push({ ref: refs.get(r.doc_id), doc_id: r.doc_id, title: r.title, date: r.doc_date, publisher: r.publisher, url: null });
      }
    }
    if (ev.summary && first) day.sentences.push({ text: ev.summary.trim(), doc_id: first.doc_id, source: refs.get(first.doc_id) });
    day.events.push({ type: ev.type, trigger: "", source_actor: ev.actors.join(", "), target_actor: null, place: ev.place, n_reports: ev.sources.length });
  }
  const dates = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)).map((d) => ({
    ...d, n_articles: d.docs.size, n_outlets: d.outlets.size, n_published: 0,
    sources: d.sources.sort((a, b) => a.ref - b.ref),
  }));
  return { title: story.title, n_documents: story.n_documents, dates, story: true };
}

let requests = 0; // a slower earlier request must not overwrite a later one

export async function renderTimeline(state) {
  const mine = ++requests;
  setStatus("Building the timeline…");
  const f = filters(state);
  const fetched = state.story
    ? storyTimeline(await get(`/api/stories/${encodeURIComponent(state.story)}`))
    : await get("/api/timeline", { q: f.q, entity: f.entity, place: f.place, type: f.type, from: f.from, to: f.to });
  if (mine !== requests) return;
  data = fetched;
  setStatus("");
  // the articles cited, as the Markdown export and the terminal count them, and how many the query matched
  const cited = new Set(data.dates.flatMap((d) => d.sources.map((s) => s.doc_id))).size;
  const matched = data.n_documents > cited ? ` (${data.n_documents} matched)` : "";
  $("timeline-title").textContent = `${data.title} · ${plural(data.dates.length, "date")} from ${plural(cited, "article")}${matched}`;
  loadStories(f, state.story).catch(() => {}); // the story picker is a convenience: the timeline stands alone
  clear($("day"));
  clear($("tl-list"));
  selected = null;
  if (!data.dates.length) {
    clear($("timeline")).append(el("p", { class: "help" }, "No dated event matches: widen the dates or clear the filters."));
    return;
  }
  const times = data.dates.map((d) => ms(d.date));
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.05, 3 * DAY);
  full = [lo - pad, hi + pad];
  view = [...full];
  draw();
  list();
  show(data.dates[0]);
}

function list() {
  const ol = clear($("tl-list"));
  for (const d of data.dates) {
    const go = el("button", { type: "button", class: "link" }, fmtDate(d.date));
    go.addEventListener("click", () => {
      show(d);
      $("day").scrollIntoView({ block: "nearest" });
    });
    const first = d.sentences[0];
    ol.append(el("li", {}, go, " ", el("span", { class: "u" }, first ? first.text : "")));
  }
}

async function loadStories(f, chosen) {
  const pick = $("story");
  const key = JSON.stringify([f.from, f.to]);
  if (pick.dataset.loaded !== key) {
    pick.dataset.loaded = key;
    const page = await get("/api/stories", { from: f.from, to: f.to, min_events: 2, limit: 50 });
    pick.replaceChildren(el("option", { value: "" }, "the search (all matching articles)"));
    for (const st of page.items) {
      pick.append(el("option", { value: st.id }, `${st.title} (${plural(st.n_events, "event")}, ${st.first_date || "?"} to ${st.last_date || "?"})`));
    }
  }
  if (chosen && ![...pick.options].some((o) => o.value === chosen)) {
    pick.append(el("option", { value: chosen }, data && data.story ? data.title : `story ${chosen}`));
  }
  pick.value = chosen;
}

function width() {
  return Math.max($("timeline").clientWidth, 280);
}

function ticks(span) {
  const days = span / DAY;
  if (days > 1500) return { step: "year", fmt: { year: "numeric" } };
  if (days > 120) return { step: "month", fmt: { month: "short", year: "2-digit" } };
  if (days > 20) return { step: "week", fmt: { day: "numeric", month: "short" } };
  return { step: "day", fmt: { day: "numeric", month: "short" } };
}

function tickTimes(lo, hi, step) {
  const out = [];
  const d = new Date(lo);
  d.setUTCHours(0, 0, 0, 0);
  if (step === "year") d.setUTCMonth(0, 1);
  if (step === "month") d.setUTCDate(1);
  while (d.getTime() <= hi && out.length < 400) {
    if (d.getTime() >= lo) out.push(d.getTime());
    if (step === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
    else if (step === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (step === "week" ? 7 : 1));
  }
  return out;
}

function draw() {
  const w = width();
  const x = (t) => ((t - view[0]) / (view[1] - view[0])) * (w - 20) + 10;
  const root = svg("svg", {
    viewBox: `0 0 ${w} ${HEIGHT}`, width: w, height: HEIGHT, role: "group",
    "aria-label": "Timeline: each circle is a date; its size is the number of articles about it",
    class: "tl-svg",
  });
  root.append(svg("line", { x1: 0, x2: w, y1: AXIS_Y, y2: AXIS_Y, class: "tl-axis" }));
  const { step, fmt } = ticks(view[1] - view[0]);
  const every = Math.ceil(tickTimes(view[0], view[1], step).length / Math.max(2, Math.floor(w / 80)));
  tickTimes(view[0], view[1], step).forEach((t, i) => {
    if (i % every) return;
    const xt = x(t);
    root.append(svg("line", { x1: xt, x2: xt, y1: AXIS_Y, y2: AXIS_Y + 5, class: "tl-tick" }));
    const label = new Date(t).toLocaleDateString("en-GB", { ...fmt, timeZone: "UTC" });
    const anchor = xt < 30 ? "start" : xt > w - 30 ? "end" : "middle";
    root.append(svg("text", { x: xt, y: AXIS_Y + 18, class: "tl-label", "text-anchor": anchor }, label));
  });
  const maxArticles = Math.max(...data.dates.map((d) => d.n_articles), 1);
  const lanes = []; // right edge of the last marker in each lane, so close dates stack instead of overlapping
  for (const d of data.dates) {
    const t = ms(d.date);
    if (t < view[0] || t > view[1]) continue;
    const xd = x(t);
    const r = 5 + 9 * Math.sqrt(d.n_articles / maxArticles);
    let lane = lanes.findIndex((right) => right < xd - r - 2);
    if (lane === -1 && lanes.length < MAX_LANES) lane = lanes.length;
    if (lane === -1) lane = lanes.indexOf(Math.min(...lanes)); // crowded: overlap the lane that ends first
    lanes[lane] = xd + r;
    const cy = AXIS_Y - 20 - lane * LANE;
    const g = svg("g", {
      class: "tl-date" + (selected === d.date ? " selected" : ""), tabindex: 0, role: "button",
      "data-date": d.date,
      "aria-label": `${fmtDate(d.date)}: ${plural(d.n_articles, "article")}, ${plural(d.sources.length, "source")}`,
    });
    g.append(svg("line", { x1: xd, x2: xd, y1: cy + r, y2: AXIS_Y, class: "tl-stem" }));
    g.append(svg("circle", { cx: xd, cy, r }));
    g.append(svg("title", {}, `${fmtDate(d.date)} · ${plural(d.n_articles, "article")}`));
    g.addEventListener("click", () => show(d));
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        show(d);
      }
    });
    root.append(g);
  }
  clear($("timeline")).append(root);
}

function show(d) {
  selected = d.date;
  for (const g of document.querySelectorAll(".tl-date")) g.classList.toggle("selected", g.dataset.date === d.date);
  const box = clear($("day"));
  box.append(
    el("h3", {}, fmtDate(d.date)),
    el("p", { class: "meta" }, data.story
      ? `${plural(d.events.length, "event")} of this story, reported by ${plural(d.n_articles, "article")}.`
      : `${plural(d.n_articles, "article")} ${d.n_articles === 1 ? "mentions" : "mention"} this day, from ${plural(d.n_outlets, "outlet")}; ${d.n_published} published on it.`),
  );
  const summary = el("ul", { class: "summary" });
  for (const s of d.sentences) {
    const ref = el("button", { type: "button", class: "ref", "aria-label": `open source ${s.source}` }, `[${s.source}]`);
    ref.addEventListener("click", () => openDocument(s.doc_id));
    summary.append(el("li", { class: "u" }, s.text, " ", ref));
  }
  box.append(summary);
  if (d.events.length) {
    const ev = el("ul", { class: "events" });
    for (const e of d.events) {
      const who = [e.source_actor, e.target_actor].filter(Boolean).join(" → ");
      ev.append(el("li", {}, el("span", { class: "tag ev" }, e.type), " ", el("span", { class: "u" }, [e.trigger, who && ` (${who})`, e.place && ` at ${e.place}`].filter(Boolean).join("").trim()), ` · ${plural(e.n_reports, "report")}`));
    }
    box.append(el("h4", {}, "Events"), ev);
  }
  if (d.figures.length) {
    const fl = el("ul", { class: "figures" });
    for (const f of d.figures) {
      fl.append(el("li", {}, el("span", { class: "tag fig" }, f.category), " ", el("span", { class: "u" }, [f.qualifier, f.value_text, f.who, f.reporter && `(${f.reporter})`].filter(Boolean).join(" "))));
    }
    box.append(el("h4", {}, "Figures"), fl);
  }
  const src = el("ol", { class: "sources" });
  for (const s of d.sources) {
    const open = el("button", { type: "button", class: "link" }, s.title || `document ${s.doc_id}`);
    open.addEventListener("click", () => openDocument(s.doc_id));
    const link = s.url ? el("a", { href: s.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : null;
    src.append(el("li", { value: s.ref, class: "u" }, open, " ", el("span", { class: "meta" }, [s.publisher, fmtDate(s.date)].filter(Boolean).join(", ")), " ", link && link.hasAttribute("href") ? link : null));
  }
  box.append(el("h4", {}, "Sources"), src);
}

function zoom(factor, centre) {
  const c = centre ?? (view[0] + view[1]) / 2;
  const span = Math.min(Math.max((view[1] - view[0]) * factor, 2 * DAY), (full[1] - full[0]) * 4);
  const left = (c - view[0]) / (view[1] - view[0]);
  view = [c - span * left, c - span * left + span];
  draw();
}

function pan(fraction) {
  const shift = (view[1] - view[0]) * fraction;
  view = [view[0] + shift, view[1] + shift];
  draw();
}

export function initTimelineControls() {
  $("story").addEventListener("change", () => navigate({ story: $("story").value, view: "timeline" }));
  $("zoom-in").addEventListener("click", () => data && zoom(0.5));
  $("zoom-out").addEventListener("click", () => data && zoom(2));
  $("pan-left").addEventListener("click", () => data && pan(-0.3));
  $("pan-right").addEventListener("click", () => data && pan(0.3));
  $("zoom-reset").addEventListener("click", () => {
    if (!data) return;
    view = [...full];
    draw();
  });
  const box = $("timeline");
  box.addEventListener("wheel", (ev) => {
    if (!data || !data.dates.length) return;
    ev.preventDefault();
    const rect = box.getBoundingClientRect();
    const t = view[0] + ((ev.clientX - rect.left - 10) / (rect.width - 20)) * (view[1] - view[0]);
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, t);
  }, { passive: false });
  let dragFrom = null;
  box.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest(".tl-date")) return;
    dragFrom = { x: ev.clientX, view: [...view] };
    box.setPointerCapture(ev.pointerId);
  });
  box.addEventListener("pointermove", (ev) => {
    if (!dragFrom || !data) return;
    const per = (dragFrom.view[1] - dragFrom.view[0]) / Math.max(box.clientWidth - 20, 1);
    const shift = -(ev.clientX - dragFrom.x) * per;
    view = [dragFrom.view[0] + shift, dragFrom.view[1] + shift];
    draw();
  });
  box.addEventListener("keydown", (ev) => {
    if (!data || !data.dates.length) return;
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.date : null;
    const centre = focused ? ms(focused) : undefined; // zoom around the focused date, keeping it in view
    const act = { "+": () => zoom(0.5, centre), "=": () => zoom(0.5, centre), "-": () => zoom(2, centre), ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2) }[ev.key];
    if (!act) return;
    ev.preventDefault();
    act();
    if (focused) { // the redraw replaced the focused marker: focus its new copy, if still in view
      const again = document.querySelector(`.tl-date[data-date="${focused}"]`);
      if (again) again.focus();
    }
  });
  box.addEventListener("pointerup", () => (dragFrom = null));
  box.addEventListener("pointercancel", () => (dragFrom = null));
  window.addEventListener("resize", () => data && data.dates.length && !$("view-timeline").hidden && draw());
}
