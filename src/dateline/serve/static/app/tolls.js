// Reported tolls over time, one colour per reporter: conflicting reports stay side by side, never averaged.

import { get } from "./api.js";
import { $, clear, el, fmtDate, fmtNumber, svg } from "./dom.js";
import { filters, navigate, openDocument, readState, setStatus } from "./main.js";

const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"];
const OTHER = "#9aa3ab";
const H = 300;
const PAD = { left: 64, right: 16, top: 14, bottom: 34 };
let points = [];
let requests = 0; // a slower earlier request must not overwrite a later one

export function initTolls() {
  $("category").addEventListener("change", () => navigate({ category: $("category").value }));
  $("cumulative").addEventListener("change", () => {
    const state = readState();
    renderTolls(state).catch((err) => setStatus(err.message, true));
  });
  $("log").addEventListener("change", () => points.length && draw());
  window.addEventListener("resize", () => points.length && !$("view-tolls").hidden && draw());
}

export async function renderTolls(state) {
  const category = new URLSearchParams(location.hash.slice(1)).get("category") || $("category").value || "killed";
  if ($("category").value !== category) $("category").value = category;
  const f = filters(state);
  const mine = ++requests;
  setStatus("Loading the reports…");
  const page = await get("/api/tolls", {
    category, place: f.place, from: f.from, to: f.to, limit: 2000,
    kind: $("cumulative").checked ? "cumulative" : "",
  });
  if (mine !== requests) return;
  setStatus("");
  points = page.items.filter((p) => p.date && p.value != null);
  draw();
  table(page.items);
  clear($("point"));
}

function reporters() {
  const counts = new Map();
  for (const p of points) counts.set(p.reporter, (counts.get(p.reporter) || 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, COLOURS.length).map((e) => e[0]);
  return new Map(top.map((r, i) => [r, COLOURS[i]]));
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

function draw() {
  const box = clear($("chart"));
  const legend = clear($("legend"));
  if (!points.length) {
    box.append(el("p", { class: "help" }, "No dated report of this figure: try another figure, or untick “running totals only”."));
    return;
  }
  const w = Math.max(box.clientWidth, 280);
  const t = points.map((p) => Date.parse(p.date + "T00:00:00Z"));
  let lo = Math.min(...t);
  let hi = Math.max(...t);
  if (hi === lo) {
    lo -= 86400000 * 3;
    hi += 86400000 * 3;
  }
  const log = $("log").checked;
  const top = Math.max(...points.map((p) => p.value_max ?? p.value));
  const ymax = log ? 10 ** Math.ceil(Math.log10(Math.max(top, 1) + 1)) : niceMax(top);
  const x = (ms) => PAD.left + ((ms - lo) / (hi - lo)) * (w - PAD.left - PAD.right);
  const frac = (v) => (log ? Math.log10(Math.max(v, 0) + 1) / Math.log10(ymax + 1) : v / ymax);
  const y = (v) => H - PAD.bottom - frac(v) * (H - PAD.top - PAD.bottom);
  const colours = reporters();
  const root = svg("svg", { viewBox: `0 0 ${w} ${H}`, width: w, height: H, class: "chart-svg", role: "group", "aria-label": "Reported figures over time by reporter" });
  const gridValues = log
    ? Array.from({ length: Math.round(Math.log10(ymax)) + 1 }, (_, i) => (i === 0 ? 0 : 10 ** i))
    : [0, 1, 2, 3, 4].map((i) => (ymax / 4) * i);
  for (const v of gridValues) {
    root.append(svg("line", { x1: PAD.left, x2: w - PAD.right, y1: y(v), y2: y(v), class: "grid" }));
    root.append(svg("text", { x: PAD.left - 6, y: y(v) + 4, class: "ylabel" }, fmtNumber(Math.round(v))));
  }
  const nTicks = Math.max(2, Math.floor(w / 110));
  for (let i = 0; i <= nTicks; i++) {
    const ms = lo + ((hi - lo) * i) / nTicks;
    const label = new Date(ms).toLocaleDateString("en-GB", { month: "short", year: "2-digit", day: "numeric", timeZone: "UTC" });
    const anchor = i === 0 ? "start" : i === nTicks ? "end" : "middle";
    root.append(svg("text", { x: x(ms), y: H - 12, class: "xlabel", "text-anchor": anchor }, label));
  }
  // one line per named reporter through its running totals
  for (const [reporter, colour] of colours) {
    if (reporter === "unattributed") continue; // different unnamed sources: joining them would invent a series
    const series = points.filter((p) => p.reporter === reporter && p.kind === "cumulative");
    if (series.length > 1) {
      const d = series.map((p, i) => `${i ? "L" : "M"}${x(Date.parse(p.date + "T00:00:00Z")).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
      root.append(svg("path", { d, class: "series", stroke: colour }));
    }
  }
  points.forEach((p, i) => {
    const colour = colours.get(p.reporter) || OTHER;
    const c = svg("circle", {
      cx: x(t[i]), cy: y(p.value), r: 4.5, fill: colour, class: "pt", tabindex: 0, role: "button",
      "aria-label": `${fmtDate(p.date)}: ${p.value_text}, reported by ${p.reporter}`,
    });
    c.append(svg("title", {}, `${fmtDate(p.date)} · ${p.value_text} · ${p.reporter}`));
    c.addEventListener("click", () => showPoint(p));
    c.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        showPoint(p);
      }
    });
    root.append(c);
  });
  box.append(root);
  for (const [reporter, colour] of colours) {
    legend.append(el("span", { class: "key" }, svg("svg", { width: 12, height: 12, "aria-hidden": "true" }, svg("circle", { cx: 6, cy: 6, r: 5, fill: colour })), el("span", { class: "u" }, reporter)));
  }
  if (points.some((p) => !colours.has(p.reporter))) {
    legend.append(el("span", { class: "key" }, svg("svg", { width: 12, height: 12, "aria-hidden": "true" }, svg("circle", { cx: 6, cy: 6, r: 5, fill: OTHER })), "other reporters"));
  }
}

function showPoint(p) {
  const open = el("button", { type: "button", class: "link" }, p.doc_title || `document ${p.doc_id}`);
  open.addEventListener("click", () => openDocument(p.doc_id, `${p.start}-${p.end}`));
  clear($("point")).append(
    el("h3", {}, `${fmtDate(p.date)}: ${p.value_text} ${p.category}`),
    el("p", { class: "meta" }, `Reported by ${p.reporter} · ${p.kind} · date ${p.date_basis}${p.place ? ` · ${p.place}` : ""}`),
    el("blockquote", { class: "u" }, p.sentence_text),
    el("p", {}, "Source: ", open, p.publisher ? ` (${p.publisher}, ${fmtDate(p.doc_date)})` : ` (${fmtDate(p.doc_date)})`),
  );
}

function table(items) {
  const body = clear(document.querySelector("#toll-table tbody"));
  for (const p of items.slice(0, 500)) {
    body.append(el("tr", {}, el("td", {}, p.date || ""), el("td", { class: "u" }, p.value_text), el("td", { class: "u" }, p.reporter), el("td", { class: "u" }, p.place || ""), el("td", {}, p.kind)));
  }
}
