// One article with its annotations highlighted (times, entities, quotes, figures, events) and how its date
// was established. Overlapping annotations are split into segments, each carrying every kind that covers it.

import { get } from "./api.js";
import { $, clear, el, fmtDate, plural, safeUrl } from "./dom.js";
import { openDocument, openEntity, setStatus } from "./main.js";

const KINDS = [
  ["time", "Times"],
  ["entity", "Entities"],
  ["quote", "Quotes"],
  ["figure", "Figures"],
  ["event", "Events"],
];
const hidden = new Set();
let requests = 0;

function spans(ad) {
  const out = [];
  for (const t of ad.timexes) out.push({ kind: "time", start: t.start, end: t.end, note: `${t.type} ${t.value}` });
  for (const m of ad.mentions) {
    if (m.label === "DATE" || m.label === "TIME") continue;
    out.push({ kind: "entity", start: m.start, end: m.end, note: m.label });
  }
  for (const q of ad.quotes) out.push({ kind: "quote", start: q.start, end: q.end, note: `${q.kind} quote${q.speaker ? ` by ${q.speaker}` : ""}` });
  for (const f of ad.figures) out.push({ kind: "figure", start: f.start, end: f.end, note: `${f.category}: ${f.value_text}${f.reporter ? ` (${f.reporter})` : ""}` });
  for (const e of ad.events) out.push({ kind: "event", start: e.start, end: e.end, note: `${e.type}${e.place ? ` at ${e.place}` : ""}` });
  return out.filter((s) => s.end > s.start);
}

function highlighted(textValue, all, focus) {
  const cuts = new Set([0, textValue.length]);
  for (const s of all) {
    cuts.add(Math.max(0, Math.min(s.start, textValue.length)));
    cuts.add(Math.max(0, Math.min(s.end, textValue.length)));
  }
  if (focus) {
    cuts.add(focus[0]);
    cuts.add(focus[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  let focusNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = textValue.slice(a, b);
    const over = all.filter((s) => s.start <= a && s.end >= b);
    const inFocus = focus && focus[0] <= a && focus[1] >= b;
    if (!over.length && !inFocus) {
      frag.append(piece);
      continue;
    }
    const kinds = [...new Set(over.map((s) => s.kind))];
    const span = el("span", {
      class: ["ann", ...kinds.map((k) => `a-${k}`), inFocus ? "focus" : ""].join(" ").trim(),
      title: over.map((s) => s.note).join(" · ") || null,
      "data-kinds": kinds.join(" "),
    }, piece);
    if (inFocus && !focusNode) focusNode = span;
    frag.append(span);
  }
  return { frag, focusNode };
}

function dating(doc, view) {
  const d = view.dating;
  const box = clear($("dating"));
  box.append(el("h3", {}, "Date"));
  const conf = d.confidence == null ? "" : ` · confidence ${Math.round(d.confidence * 100)}%`;
  box.append(el("p", {}, el("strong", {}, d.date ? fmtDate(d.date) : "unknown"), ` · ${d.source}${conf}`));
  if (d.evidence) box.append(el("p", { class: "evidence u" }, d.evidence));
  const inf = view.inference;
  if (inf) {
    const range = inf.earliest || inf.latest ? `between ${fmtDate(inf.earliest)} and ${fmtDate(inf.latest)}` : "";
    box.append(el("p", { class: "u" }, el("strong", {}, "Inferred: "), inf.date ? fmtDate(inf.date) : "no date", range ? ` (${range})` : "", " · ", inf.reason));
    if (inf.evidence.length) {
      const ul = el("ul", { class: "facts" });
      for (const f of inf.evidence.slice(0, 12)) {
        const open = el("button", { type: "button", class: "link" }, f.doc_title || `document ${f.doc_id}`);
        open.addEventListener("click", () => openDocument(f.doc_id));
        const what = [f.kind, f.text && `“${f.text}”`, f.date && `→ ${fmtDate(f.date)}`].filter(Boolean).join(" ");
        ul.append(el("li", { class: "u" }, what, f.doc_id !== doc.id ? [" in ", open] : "", f.sentence_text ? el("div", { class: "meta u" }, f.sentence_text) : null));
      }
      box.append(el("details", {}, el("summary", {}, `The evidence (${inf.evidence.length} facts)`), ul));
    }
  } else if (d.source === "unknown") {
    box.append(el("p", { class: "help" }, "Nothing in the article or its source gives its date, and no inference was possible."));
  }
}

function legend(refresh) {
  const box = clear($("doc-legend"));
  for (const [kind, label] of KINDS) {
    const id = `show-${kind}`;
    const input = el("input", { type: "checkbox", id, checked: !hidden.has(kind) });
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(kind);
      else hidden.add(kind);
      refresh();
    });
    box.append(el("label", { class: `key a-${kind}`, for: id }, input, label));
  }
}

function lists(ad) {
  const box = clear($("doc-lists"));
  const section = (title, rows) => {
    if (!rows.length) return;
    box.append(el("h3", {}, title), el("ul", {}, rows.map((r) => el("li", { class: "u" }, r))));
  };
  section("Time expressions", ad.timexes.map((t) => `${t.text} → ${t.value}${t.interval_start ? ` (${t.interval_start}${t.interval_end && t.interval_end !== t.interval_start ? ` to ${t.interval_end}` : ""})` : ""}`));
  section("Entities", ad.entities.filter((e) => e.label !== "DATE" && e.label !== "TIME").map((e) => {
    const b = el("button", { type: "button", class: "link" }, e.name);
    b.addEventListener("click", () => openEntity(e.name, e.label));
    return [b, ` (${e.label}${e.n_mentions ? `, ${plural(e.n_mentions, "mention")}` : ""})`];
  }));
  section("Quotes", ad.quotes.map((q) => `${q.speaker || "unattributed"} ${q.cue || "said"}: “${q.text}”`));
  section("Figures", ad.figures.map((f) => `${f.category}: ${[f.qualifier, f.value_text, f.who].filter(Boolean).join(" ")}${f.reporter ? ` (${f.reporter})` : ""}`));
  section("Events", ad.events.map((e) => `${e.type}: ${e.trigger}${e.source_actor ? ` by ${e.source_actor}` : ""}${e.target_actor ? ` against ${e.target_actor}` : ""}${e.place ? ` at ${e.place}` : ""}${e.time_value ? ` on ${e.time_value}` : ""}`));
}

export async function renderDocument(state) {
  if (!state.doc) {
    $("doc").hidden = true;
    $("doc-empty").hidden = false;
    return;
  }
  const mine = ++requests;
  setStatus("Loading the document…");
  const view = await get(`/api/documents/${encodeURIComponent(state.doc)}`);
  if (mine !== requests) return; // another document was asked for meanwhile
  setStatus("");
  const ad = view.annotated;
  const doc = ad.document;
  $("doc-empty").hidden = true;
  $("doc").hidden = false;
  $("doc-title").replaceChildren(el("span", { class: "u" }, doc.title || `Document ${doc.id}`));
  const meta = clear($("doc-meta"));
  meta.append(`${fmtDate(doc.date)} · ${ad.n_words} words · id ${doc.id}`);
  for (const s of doc.sources) {
    const url = safeUrl(s.url);
    meta.append(" · ", el("span", { class: "u" }, s.publisher || s.path || "source"));
    if (url) meta.append(" ", el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original"));
  }
  dating(doc, view);
  const hl = new URLSearchParams(location.hash.slice(1)).get("hl");
  const focus = hl && /^\d+-\d+$/.test(hl) ? hl.split("-").map(Number) : null;
  const all = spans(ad);
  const refresh = () => {
    const shown = all.filter((s) => !hidden.has(s.kind));
    const { frag, focusNode } = highlighted(doc.text, shown, focus);
    clear($("doc-text")).append(frag);
    if (focusNode) focusNode.scrollIntoView({ block: "center" });
  };
  legend(refresh);
  refresh();
  lists(ad);
  $("main").focus({ preventScroll: true });
}
