// One entity across the corpus: its names, documents per month, and what it said, did and reported.

import { get } from "./api.js";
import { $, clear, el, fmtDate, plural, svg } from "./dom.js";
import { navigate, openDocument, setStatus } from "./main.js";

let requests = 0; // a slower earlier request must not overwrite a later one

function months(rows) {
  const found = new Map(rows.filter((m) => m.month !== "undated").map((m) => [m.month, m.n_documents]));
  if (!found.size) return null;
  const keys = [...found.keys()].sort();
  const dated = []; // every month from the first to the last, empty ones included, so the axis is time
  let [y, m] = keys[0].split("-").map(Number);
  const [ly, lm] = keys[keys.length - 1].split("-").map(Number);
  while ((y < ly || (y === ly && m <= lm)) && dated.length < 600) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    dated.push({ month: key, n_documents: found.get(key) || 0 });
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  const w = Math.max(Math.min($("entity-view").clientWidth - 20, 900), 260);
  const h = 110;
  const max = Math.max(...dated.map((m) => m.n_documents));
  const bw = Math.max(2, Math.min(28, (w - 20) / dated.length - 2));
  const root = svg("svg", { viewBox: `0 0 ${w} ${h}`, width: w, height: h, class: "months", role: "img", "aria-label": "Documents per month" });
  dated.forEach((m, i) => {
    const bh = m.n_documents ? Math.max(2, ((h - 28) * m.n_documents) / max) : 0;
    const x = 10 + i * (bw + 2);
    const bar = svg("rect", { x, y: h - 20 - bh, width: bw, height: bh, class: "bar" });
    bar.append(svg("title", {}, `${m.month}: ${plural(m.n_documents, "document")}`));
    root.append(bar);
    if (i === 0 || i === dated.length - 1) {
      root.append(svg("text", { x: i === 0 ? x : x + bw, y: h - 6, class: "xlabel", "text-anchor": i === 0 ? "start" : "end" }, m.month));
    }
  });
  return root;
}

function section(title, items) {
  if (!items.length) return null;
  return [el("h3", {}, title), el("ul", { class: "entity-list" }, items)];
}

function docLink(docId, label) {
  const b = el("button", { type: "button", class: "link" }, label || `document ${docId}`);
  b.addEventListener("click", () => openDocument(docId));
  return b;
}

export async function renderEntity(state) {
  const box = clear($("entity-view"));
  if (!state.ent && !state.eid) {
    box.append(el("p", { class: "help" }, "Open an entity from a document's list of entities, or from the map."));
    return;
  }
  const mine = ++requests;
  setStatus("Loading the entity…");
  const d = await get("/api/entity", { name: state.ent, type: state.etype, id: state.eid, limit: 20 });
  if (mine !== requests) return;
  setStatus("");
  const e = d.entity;
  const facts = [
    e.label, plural(e.n_documents, "document"), plural(e.n_mentions, "mention"),
    e.first_date && `${fmtDate(e.first_date)} to ${fmtDate(e.last_date)}`,
  ].filter(Boolean).join(" · ");
  box.append(el("h2", { class: "u" }, e.name), el("p", { class: "meta" }, facts));
  if (e.aliases && e.aliases.length) box.append(el("p", { class: "u" }, "Also called: ", e.aliases.join(", ")));
  if (d.titles.length) box.append(el("p", { class: "u" }, "Titles: ", d.titles.slice(0, 5).join(", ")));
  if (e.lat != null) {
    box.append(el("p", {}, `At ${e.lat.toFixed(3)}, ${e.lon.toFixed(3)}${e.country_code ? ` (${e.country_code})` : ""} `, (() => {
      const b = el("button", { type: "button", class: "link" }, "show on the map");
      b.addEventListener("click", () => navigate({ view: "map" }));
      return b;
    })()));
  }
  if (d.others.length) {
    box.append(el("p", { class: "help u" }, "Others with this name: ", d.others.map((o) => `${o.name} (${o.label}, ${plural(o.n_documents, "document")})`).join("; ")));
  }
  const chart = months(d.months);
  if (chart) box.append(el("h3", {}, "Documents per month"), chart);
  const timeline = el("button", { type: "button" }, "Timeline of this entity");
  timeline.addEventListener("click", () => navigate({ view: "timeline", entity: e.name, q: "" }));
  const search = el("button", { type: "button" }, "Search within its articles");
  search.addEventListener("click", () => navigate({ view: "results", entity: e.name }));
  box.append(el("p", { class: "actions" }, timeline, " ", search));
  const parts = [
    section("Latest documents", d.documents.map((x) => el("li", { class: "u" }, el("span", { class: "meta" }, fmtDate(x.date)), " ", docLink(x.doc_id, x.title), x.names.length ? ` (as ${x.names.join(", ")})` : ""))),
    section("Quotes", d.quotes.map((q) => el("li", { class: "u" }, `“${q.text}” `, el("span", { class: "meta" }, fmtDate(q.doc_date)), " ", docLink(q.doc_id, "source")))),
    section("Events", d.events.map((v) => el("li", { class: "u" }, el("span", { class: "tag ev" }, v.type), ` ${[v.source_actor, v.trigger, v.target_actor].filter(Boolean).join(" ")}${v.place ? ` at ${v.place}` : ""} `, el("span", { class: "meta" }, fmtDate(v.date_start)), " ", docLink(v.doc_id, "source")))),
    section("Figures reported", d.figures.map((f) => el("li", { class: "u" }, el("span", { class: "tag fig" }, f.category), ` ${[f.qualifier, f.value_text, f.who].filter(Boolean).join(" ")} `, el("span", { class: "meta" }, fmtDate(f.date_start)), " ", docLink(f.doc_id, "source")))),
  ];
  for (const p of parts) if (p) box.append(...p);
}
