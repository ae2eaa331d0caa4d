/* The event map: Natural Earth countries (shipped), events as circles coloured by family and sized by
 * fatalities, grouped by a pixel grid into clusters when they crowd (recomputed at each zoom). */
"use strict";

const WardeskMap = (() => {
  const { el, colour, label, fatalities, dateText, eventUrl } = Wardesk;
  /* Grid cell in screen pixels: points closer than this at the current zoom share a cluster. */
  const CELL_PX = 48;

  function radius(ev) {
    const n = ev.fatalities_best || 0;
    return 5 + Math.min(16, Math.sqrt(n) * 1.6);
  }

  function popup(ev) {
    return el("div", { class: "popup" },
      el("div", { class: "popup-type", text: label(ev.event_type) }),
      el("div", {}, `${dateText(ev)} · ${ev.location || "place unknown"}`),
      el("div", {}, `killed: ${fatalities(ev)}`),
      ev.initiators && ev.initiators.length ? el("div", {}, `by: ${ev.initiators.join(", ")}`) : null,
      el("div", { class: "muted" }, ev.outlet || ""),
      el("a", { href: eventUrl(ev.id), text: "Open event →" }),
    );
  }

  /* Share of events left out at each side when framing the map: a few far-off places must not zoom it out. */
  const FRAME_TAIL = 0.05;

  function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor((sorted.length - 1) * q)))];
  }

  /** The bounds of the central events (FRAME_TAIL trimmed on each side, by latitude and by longitude). */
  function coreBounds(list) {
    const lats = list.map((e) => e.lat).sort((a, b) => a - b);
    const lons = list.map((e) => e.lon).sort((a, b) => a - b);
    const tail = list.length >= 20 ? FRAME_TAIL : 0;
    return L.latLngBounds([quantile(lats, tail), quantile(lons, tail)], [quantile(lats, 1 - tail), quantile(lons, 1 - tail)]);
  }

  function create(container) {
    const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, preferCanvas: false })
      .setView([34.8, 38.9], 6);
    map.attributionControl.addAttribution("Natural Earth (public domain)");
    fetch("/static/vendor/world-atlas/countries-110m.geojson")
      .then((r) => r.json())
      .then((geo) => {
        L.geoJSON(geo, {
          style: { color: "#8a8f98", weight: 1, fillColor: "#eef0f2", fillOpacity: 1 },
          interactive: false,
        }).addTo(map).bringToBack();
      })
      .catch(() => {});
    const layer = L.layerGroup().addTo(map);
    let events = [];

    function draw() {
      layer.clearLayers();
      const zoom = map.getZoom();
      const cells = new Map();
      for (const ev of events) {
        const p = map.project([ev.lat, ev.lon], zoom);
        const key = `${Math.floor(p.x / CELL_PX)}:${Math.floor(p.y / CELL_PX)}`;
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key).push(ev);
      }
      for (const group of cells.values()) {
        if (group.length === 1) {
          const ev = group[0];
          L.circleMarker([ev.lat, ev.lon], {
            radius: radius(ev), color: "#222", weight: 1, fillColor: colour(ev.family), fillOpacity: 0.8,
            className: "event-marker",
          }).bindPopup(() => popup(ev)).addTo(layer);
          continue;
        }
        const lat = group.reduce((s, e) => s + e.lat, 0) / group.length;
        const lon = group.reduce((s, e) => s + e.lon, 0) / group.length;
        const counts = {};
        for (const e of group) counts[e.family] = (counts[e.family] || 0) + 1;
        const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
        const size = 24 + Math.min(18, Math.log2(group.length) * 4);
        const badge = el("div", { class: "cluster-badge" }, el("span", { text: group.length }));
        badge.style.width = badge.style.height = `${size}px`;
        badge.style.lineHeight = `${size}px`;
        badge.style.background = colour(main);
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ html: badge, className: "event-cluster", iconSize: [size, size] }),
          title: `${group.length} events`,
        });
        marker.on("click", () => {
          const bounds = L.latLngBounds(group.map((e) => [e.lat, e.lon]));
          if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
            marker.bindPopup(el("div", { class: "popup" },
              el("strong", { text: `${group.length} events here` }),
              el("ul", {}, group.slice(0, 15).map((e) => el("li", {},
                el("a", { href: eventUrl(e.id), text: `${dateText(e)} ${label(e.event_type)}` }))))
            )).openPopup();
          } else {
            map.fitBounds(bounds.pad(0.3));
          }
        });
        marker.addTo(layer);
      }
    }

    map.on("zoomend", draw);

    return {
      map,
      /** Show these events (those without coordinates are skipped); returns how many are on the map. */
      setEvents(list, fit) {
        events = list.filter((e) => typeof e.lat === "number" && typeof e.lon === "number");
        draw();
        if (fit && events.length) map.fitBounds(coreBounds(events).pad(0.2), { maxZoom: 8 });
        return events.length;
      },
    };
  }

  return { create };
})();
