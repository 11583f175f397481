// The places the articles name, on an offline world outline (Natural Earth via world-atlas), sized by mentions.

import { get } from "./api.js";
import { $, clear, el, plural } from "./dom.js";
import { filters, navigate, openEntity, setStatus } from "./main.js";

let map = null;
let markers = null;
let world = null;
let requests = 0; // a slower earlier request must not overwrite a later one

async function outline() {
  if (!world) {
    const res = await fetch("/static/vendor/world-atlas/countries-50m.json");
    const topo = await res.json();
    world = window.topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

function popup(p) {
  const search = el("button", { type: "button", class: "link" }, "Filter by this place");
  search.addEventListener("click", () => navigate({ place: p.name, view: "results", q: filters().q }));
  const timeline = el("button", { type: "button", class: "link" }, "Its timeline");
  timeline.addEventListener("click", () => navigate({ place: p.name, view: "timeline" }));
  const about = el("button", { type: "button", class: "link" }, "About it");
  about.addEventListener("click", () => openEntity(p.name, p.label));
  return el(
    "div", { class: "popup" },
    el("strong", { class: "u" }, p.name),
    el("div", { class: "meta" }, `${plural(p.n_mentions, "mention")} in ${plural(p.n_documents, "article")}`),
    search, " · ", timeline, " · ", about,
  );
}

export async function renderMap(state) {
  if (!window.L || !window.topojson) throw new Error("the map scripts did not load: reload the page");
  setStatus("Loading the map…");
  const f = filters(state);
  const mine = ++requests;
  const [places, countries] = await Promise.all([get("/api/places", { from: f.from, to: f.to, limit: 300 }), outline()]);
  if (mine !== requests) return;
  setStatus("");
  if (!map) {
    map = window.L.map("map", { worldCopyJump: true, attributionControl: false, zoomSnap: 0.5 });
    window.L.geoJSON(countries, { style: { color: "#8a96a3", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 } }).addTo(map);
    markers = window.L.layerGroup().addTo(map);
  }
  markers.clearLayers();
  const max = Math.max(1, ...places.map((p) => p.n_mentions));
  const list = clear($("place-table"));
  for (const p of places) {
    const radius = 4 + 22 * Math.sqrt(p.n_mentions / max);
    const m = window.L.circleMarker([p.lat, p.lon], { radius, color: "#b03a2e", weight: 1, fillColor: "#e74c3c", fillOpacity: 0.45 });
    m.bindPopup(() => popup(p));
    m.bindTooltip(() => el("span", {}, p.name));
    markers.addLayer(m);
    const go = el("button", { type: "button", class: "link" }, p.name);
    go.addEventListener("click", () => {
      map.setView([p.lat, p.lon], 6);
      m.openPopup();
    });
    list.append(el("li", { class: "u" }, go, " ", el("span", { class: "meta" }, plural(p.n_mentions, "mention"))));
  }
  map.invalidateSize();
  if (places.length) {
    const top = places.slice(0, 15);
    map.fitBounds(window.L.latLngBounds(top.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 7 });
  } else {
    map.setView([20, 10], 2);
    list.append(el("li", { class: "help" }, "No place with coordinates in these articles."));
  }
}
