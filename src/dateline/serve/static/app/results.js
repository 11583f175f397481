// Search results: ranked sentences with their matches marked, each opening its document.

import { get } from "./api.js";
import { $, clear, el, fmtDate } from "./dom.js";
import { filters, openDocument, setStatus } from "./main.js";

const PAGE = 20;
let nextOffset = null;
let current = null;

function snippet(hit) {
  const p = el("p", { class: "snippet u" });
  let last = 0;
  for (const m of hit.matches) {
    p.append(hit.snippet.slice(last, m.start));
    p.append(el("mark", {}, hit.snippet.slice(m.start, m.end)));
    last = m.end;
  }
  p.append(hit.snippet.slice(last));
  return p;
}

function item(hit) {
  const open = el("button", { type: "button", class: "link" }, hit.doc_title || `document ${hit.doc_id}`);
  open.addEventListener("click", () => openDocument(hit.doc_id, `${hit.sentence_start}-${hit.sentence_end}`));
  const dates = hit.mentioned_dates.length
    ? el("p", { class: "meta" }, "mentions: ", hit.mentioned_dates.map((d) => `${d.text} (${d.value})`).join(", "))
    : null;
  return el(
    "li",
    { class: "hit" },
    el("p", { class: "meta" }, el("time", { datetime: hit.doc_date || "" }, fmtDate(hit.doc_date))),
    el("h3", { class: "u" }, open),
    snippet(hit),
    dates,
  );
}

let requests = 0; // a slower earlier search must not overwrite a later one

async function load(offset) {
  const mine = ++requests;
  const f = filters(current);
  const page = await get("/api/search", { ...f, limit: PAGE, offset });
  if (mine !== requests) return;
  const list = $("results");
  for (const hit of page.items) list.append(item(hit));
  nextOffset = page.next_offset;
  $("more").hidden = nextOffset == null;
  const n = list.children.length;
  $("results-summary").textContent = n
    ? `${n}${nextOffset == null ? "" : "+"} matching sentences, best first.`
    : "No sentence matches: try fewer words, or clear the filters.";
}

export async function renderResults(state) {
  current = state;
  clear($("results"));
  $("more").hidden = true;
  if (!state.q) {
    $("results-summary").textContent = "Type words in the search box to find the sentences that contain them.";
    return;
  }
  setStatus("Searching…");
  await load(0);
  setStatus("");
}

$("more").addEventListener("click", () => {
  if (nextOffset != null) load(nextOffset).catch((err) => setStatus(err.message, true));
});
