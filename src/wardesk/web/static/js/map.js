/* The event map: Natural Earth countries and admin-1 borders (shipped), town labels from the gazetteer
 * (/api/places/labels), events as circles coloured by family and sized by deaths, clustered by
 * Leaflet.markercluster (a cluster's ring shows its families' shares), and a legend. */
"use strict";

const WardeskMap = (() => {
  const { el, outletOf, colour, label, fmt, fatalities, dateText, eventUrl, placeLinks, FAMILY_LABELS } = Wardesk;
  /* Show admin-1 borders from this zoom on (below it they are a grey mesh). */
  const ADMIN1_MIN_ZOOM = 5;
  /* Town labels asked for per view, and the room (px) each needs before another may be drawn near it. */
  const LABELS_PER_VIEW = 60;
  const LABEL_GAP_PX = { x: 70, y: 18 };
  /* Share of events left out at each side when framing the map: a few far-off places must not zoom it out. */
  const FRAME_TAIL = 0.05;
  /* Deaths shown in the size legend. */
  const SIZE_STEPS = [0, 10, 100, 1000];

  function radius(deaths) {
    return 5 + Math.min(16, Math.sqrt(deaths || 0) * 1.6);
  }

  function popup(ev) {
    return el("div", { class: "popup" },
      el("div", { class: "popup-type", text: label(ev.event_type) }),
      el("div", {}, `${dateText(ev)} · `, placeLinks(ev.location, ev.admin1, ev.country)),
      el("div", {}, `killed: ${fatalities(ev)}`),
      ev.initiators && ev.initiators.length ? el("div", {}, `by: ${ev.initiators.join(", ")}`) : null,
      el("div", { class: "muted" }, outletOf(ev) || ""),
      el("a", { href: eventUrl(ev.id), text: "Open event →" }),
    );
  }

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

  /** A cluster: its count in a disc ringed by its families' shares (conic gradient). */
  function clusterIcon(cluster) {
    const members = cluster.getAllChildMarkers();
    const counts = {};
    for (const m of members) counts[m.options.family] = (counts[m.options.family] || 0) + 1;
    const n = members.length;
    const size = Math.round(28 + Math.min(22, Math.log2(n) * 4));
    let at = 0;
    const stops = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([fam, k]) => {
      const from = (at / n) * 360;
      at += k;
      return `${colour(fam)} ${from}deg ${(at / n) * 360}deg`;
    });
    const ring = el("div", { class: "cluster-ring" }, el("span", { class: "cluster-count", text: fmt(n) }));
    ring.style.width = ring.style.height = `${size}px`;
    ring.style.background = `conic-gradient(${stops.join(", ")})`;
    return L.divIcon({ html: ring, className: "event-cluster", iconSize: [size, size] });
  }

  function legendControl(container) {
    const ctl = L.control({ position: "bottomright" });
    ctl.onAdd = () => {
      // a <details>: open on a wide map, folded on a phone where it would hide the events
      const box = el("details", { class: "map-legend", "data-testid": "map-legend", open: container.clientWidth >= 600 },
        el("summary", { text: "Legend" }));
      box.appendChild(el("div", { class: "legend-title", text: "Colour: kind of event" }));
      for (const [fam, name] of Object.entries(FAMILY_LABELS)) {
        const dot = el("span", { class: "swatch" });
        dot.style.background = colour(fam);
        box.appendChild(el("div", { class: "legend-row" }, dot, name));
      }
      box.appendChild(el("div", { class: "legend-title", text: "Size: killed" }));
      const sizes = el("div", { class: "legend-sizes" });
      for (const d of SIZE_STEPS) {
        const r = radius(d);
        const dot = el("span", { class: "legend-dot" });
        dot.style.width = dot.style.height = `${2 * r}px`;
        sizes.appendChild(el("span", { class: "legend-size" }, dot, fmt(d)));
      }
      box.appendChild(sizes);
      const ring = el("span", { class: "cluster-ring legend-cluster" }, el("span", { class: "cluster-count", text: "n" }));
      ring.style.background = `conic-gradient(${colour("explosions_remote_violence")} 0deg 220deg, ${colour("battles")} 220deg 360deg)`;
      box.appendChild(el("div", { class: "legend-row" }, ring, "n events; ring: their kinds"));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return ctl;
  }

  /** Town labels on ``map``: the largest towns in view (/api/places/labels), thinned so none overlap.
   * Returns the function that refreshes them (called on every move). */
  function townLabels(map) {
    if (!map.getPane("labels")) {
      map.createPane("labels").style.zIndex = "380";
      map.getPane("labels").style.pointerEvents = "none";
    }
    const labels = L.layerGroup().addTo(map);
    let labelReq = 0;
    function showLabels() {
      const me = ++labelReq;
      const b = map.getBounds();
      const step = Math.max(0.05, 90 / 2 ** map.getZoom()); // rounded box: neighbouring views share the server's cache
      const r = (v, f) => (f(v / step) * step).toFixed(2);
      const west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
      const bbox = [r(west, Math.floor), r(Math.max(-90, b.getSouth()), Math.floor), r(east, Math.ceil), r(Math.min(90, b.getNorth()), Math.ceil)];
      Wardesk.api(`/api/places/labels?bbox=${bbox.join(",")}&limit=${LABELS_PER_VIEW}`)
        .then((res) => {
          if (me !== labelReq) return;
          labels.clearLayers();
          const placed = [];
          for (const p of res.items) {
            const pt = map.latLngToContainerPoint([p.lat, p.lon]);
            if (placed.some((q) => Math.abs(q.x - pt.x) < LABEL_GAP_PX.x && Math.abs(q.y - pt.y) < LABEL_GAP_PX.y)) continue;
            placed.push(pt);
            const tag = el("span", { class: "place-label-text", text: p.name });
            L.marker([p.lat, p.lon], {
              pane: "labels", interactive: false, keyboard: false,
              icon: L.divIcon({ html: tag, className: "place-label", iconSize: null }),
            }).addTo(labels);
          }
        })
        .catch(() => {});
    }
    return showLabels;
  }

  function create(container) {
    const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([34.8, 38.9], 6);
    for (const [name, z] of [["land", 200], ["borders", 350]]) map.createPane(name).style.zIndex = String(z);
    map.attributionControl.addAttribution("Natural Earth (public domain) · towns: GeoNames (CC BY 4.0)");
    fetch("/static/vendor/world-atlas/countries-110m.geojson")
      .then((r) => r.json())
      .then((geo) => {
        L.geoJSON(geo, {
          pane: "land", interactive: false,
          style: { color: "#8a8f98", weight: 1, fillColor: "#eef0f2", fillOpacity: 1 },
        }).addTo(map);
      })
      .catch(() => {});

    // admin-1 borders: fetched the first time the map is close enough to need them
    let admin1 = null;
    let admin1Loading = false;
    function showAdmin1() {
      const wanted = map.getZoom() >= ADMIN1_MIN_ZOOM;
      if (wanted && !admin1 && !admin1Loading) {
        admin1Loading = true;
        fetch("/static/vendor/natural-earth-admin1/admin1-borders.geojson")
          .then((r) => r.json())
          .then((geo) => {
            admin1 = L.geoJSON(geo, {
              pane: "borders", interactive: false, className: "admin1-border",
              style: { color: "#9aa1ab", weight: 0.8, dashArray: "3 3", opacity: 0.9 },
            });
            showAdmin1();
          })
          .catch(() => {});
        return;
      }
      if (admin1 && wanted && !map.hasLayer(admin1)) admin1.addTo(map);
      if (admin1 && !wanted && map.hasLayer(admin1)) map.removeLayer(admin1);
    }

    const showLabels = townLabels(map);

    const clusters = L.markerClusterGroup({
      iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 50,
      spiderfyOnMaxZoom: true, chunkedLoading: true,
    }).addTo(map);
    legendControl(container).addTo(map);
    map.on("zoomend", showAdmin1);
    map.on("moveend", showLabels);
    showAdmin1();
    showLabels();

    return {
      map,
      /** Show these events (those without coordinates are skipped); returns how many are on the map. */
      setEvents(list, frame) {
        const events = list.filter((e) => typeof e.lat === "number" && typeof e.lon === "number");
        clusters.clearLayers();
        clusters.addLayers(events.map((ev) => L.circleMarker([ev.lat, ev.lon], {
          radius: radius(ev.fatalities_best), color: "#222", weight: 1, fillColor: colour(ev.family), fillOpacity: 0.85,
          className: "event-marker", family: ev.family,
        }).bindPopup(() => popup(ev))));
        if (frame && events.length) map.fitBounds(coreBounds(events).pad(0.2), { maxZoom: 8 });
        return events.length;
      },
    };
  }

  /** A small map of one place (the story page): a marker, the borders, no clustering. */
  function small(container, lat, lon, zoom) {
    const map = L.map(container, { zoomControl: true, attributionControl: true, scrollWheelZoom: false }).setView([lat, lon], zoom || 7);
    map.attributionControl.addAttribution("Natural Earth (public domain)");
    Promise.all([
      fetch("/static/vendor/world-atlas/countries-110m.geojson").then((r) => r.json()),
      fetch("/static/vendor/natural-earth-admin1/admin1-borders.geojson").then((r) => r.json()),
    ]).then(([countries, borders]) => {
      L.geoJSON(countries, { interactive: false, style: { color: "#8a8f98", weight: 1, fillColor: "#eef0f2", fillOpacity: 1 } }).addTo(map);
      L.geoJSON(borders, { interactive: false, style: { color: "#9aa1ab", weight: 0.8, dashArray: "3 3" } }).addTo(map);
      marker.bringToFront();
    }).catch(() => {});
    const labels = townLabels(map);
    map.on("moveend", labels);
    labels();
    const marker = L.circleMarker([lat, lon], { radius: 8, color: "#222", weight: 1.5, fillColor: "#b42318", fillOpacity: 0.9, className: "event-marker" }).addTo(map);
    return map;
  }

  return { create, small };
})();
