// DOM helpers. Every piece of article text goes in as a text node: nothing from the store is ever parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";
// Bidirectional-text controls: shown as visible markers so they cannot reorder what the reader sees.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function $(id) {
  return document.getElementById(id);
}

/** text with bidi controls made visible ("⟦U+202E⟧"), as a fragment of text nodes and marker spans. */
export function text(value) {
  const frag = document.createDocumentFragment();
  const s = value == null ? "" : String(value);
  let last = 0;
  for (const m of s.matchAll(BIDI)) {
    if (m.index > last) frag.append(document.createTextNode(s.slice(last, m.index)));
    const code = m[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    const mark = document.createElement("span");
    mark.className = "ctl";
    mark.title = "invisible direction control character";
    mark.textContent = `⟦U+${code}⟧`;
    frag.append(mark);
    last = m.index + m[0].length;
  }
  if (last < s.length) frag.append(document.createTextNode(s.slice(last)));
  return frag;
}

/** el("a", {class: "x", href: url}, "text", child...). Strings become text nodes; attributes go through setAttribute. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children) append(node, c);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  for (const c of children) append(node, c);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "href") {
      const safe = safeUrl(v);
      if (safe) node.setAttribute("href", safe);
      continue;
    }
    if (k.startsWith("on")) throw new Error("use addEventListener, not on* attributes");
    node.setAttribute(k, v === true ? "" : String(v));
  }
}

function append(node, c) {
  if (c == null || c === false) return;
  if (Array.isArray(c)) c.forEach((x) => append(node, x));
  else if (c instanceof Node) node.append(c);
  else node.append(text(c));
}

/** Only http(s) links to other sites and same-origin paths; javascript:, data: and the rest are dropped. */
export function safeUrl(value) {
  if (typeof value !== "string") return null;
  if (value.startsWith("#") || (value.startsWith("/") && !value.startsWith("//"))) return value;
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function fmtNumber(n) {
  return n == null ? "" : Number(n).toLocaleString("en-GB");
}

export function fmtDate(iso) {
  if (!iso) return "undated";
  const d = new Date(iso + "T00:00:00Z");
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** "1 article", "3 articles". */
export function plural(n, word, many = `${word}s`) {
  return `${fmtNumber(n)} ${n === 1 ? word : many}`;
}
