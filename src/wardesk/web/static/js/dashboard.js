/* The dashboard: filters (kept in the URL) drive the map, the timeline and the table together. */
"use strict";

(() => {
  const { el, clear, api, query, filtersFromUrl, label, fatalities, dateText, eventUrl, colour, FAMILY_LABELS, EVENT_TYPES, FILTER_KEYS } = Wardesk;
  /* Events fetched for the map and table: pages of 500, at most this many pages. */
  const PAGE = 500;
  const MAX_PAGES = 20;
  /* Table rows shown before "show more". */
  const TABLE_STEP = 100;

  const form = document.getElementById("filters");
  const typeSelect = document.getElementById("f-type");
  const bucketSelect = document.getElementById("f-bucket");
  const status = document.getElementById("status");
  const mapCount = document.getElementById("count-map");
  const timelineCount = document.getElementById("count-timeline");
  const tableCount = document.getElementById("count-table");
  const tbody = document.getElementById("events-body");
  const more = document.getElementById("table-more");
  const exportCsv = document.getElementById("export-csv");
  const exportGeo = document.getElementById("export-geojson");

  for (const fam of Object.keys(FAMILY_LABELS)) typeSelect.appendChild(el("option", { value: fam, text: `${FAMILY_LABELS[fam]} (all)` }));
  for (const t of EVENT_TYPES) typeSelect.appendChild(el("option", { value: t, text: label(t) }));

  const legend = document.getElementById("legend");
  for (const [fam, name] of Object.entries(FAMILY_LABELS)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colour(fam);
    legend.appendChild(el("span", { class: "legend-item" }, swatch, name));
  }

  const eventMap = WardeskMap.create(document.getElementById("map"));
  let rows = [];
  let shown = 0;
  let loadId = 0;
  let firstLoad = true;

  function fillForm(filters) {
    for (const k of FILTER_KEYS) {
      const input = form.elements.namedItem(k);
      if (input && input.type === "checkbox") input.checked = filters[k] === "true";
      else if (input) input.value = filters[k] || "";
    }
  }

  function formFilters() {
    const out = {};
    for (const k of FILTER_KEYS) {
      const input = form.elements.namedItem(k);
      if (input && input.type === "checkbox") {
        if (input.checked) out[k] = "true";
      } else if (input && input.value.trim()) out[k] = input.value.trim();
    }
    return out;
  }

  function renderTable() {
    const upto = Math.min(rows.length, shown + TABLE_STEP);
    for (let i = shown; i < upto; i++) {
      const ev = rows[i];
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour(ev.family);
      tbody.appendChild(el("tr", { "data-event-id": ev.id },
        el("td", { class: "nowrap", text: dateText(ev) }),
        el("td", {}, swatch, label(ev.event_type)),
        el("td", { text: [ev.location, ev.admin1 && ev.admin1 !== ev.location ? ev.admin1 : null, ev.country].filter(Boolean).join(", ") || "–" }),
        el("td", { class: "num", text: fatalities(ev) }),
        el("td", { text: (ev.initiators || []).join(", ") || "–" }),
        el("td", { text: (ev.targets || []).join(", ") || "–" }),
        el("td", { text: ev.outlet || "–" }),
        el("td", { class: "num", text: ev.corroboration ?? "–" }),
        el("td", {}, el("a", { href: eventUrl(ev.id), text: "open" })),
      ));
    }
    shown = upto;
    more.hidden = shown >= rows.length;
  }

  async function load() {
    const me = ++loadId;
    const urlFilters = filtersFromUrl();
    fillForm(urlFilters);
    // Background events (earlier events an article recalls) stay off the desk unless asked for.
    const filters = Object.assign({}, urlFilters, { background: urlFilters.background === "true" ? "true" : "false" });
    const qs = query(filters);
    exportCsv.href = "/api/export.csv" + (qs ? "?" + qs : "");
    exportGeo.href = "/api/export.geojson" + (qs ? "?" + qs : "");
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const statsReq = api("/api/stats?" + query(Object.assign({ bucket: bucketSelect.value }, filters)));
      const all = [];
      let cursor = null;
      let total = 0;
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await api("/api/events?" + query(Object.assign({ limit: PAGE, cursor }, filters)));
        if (me !== loadId) return;
        all.push(...res.items);
        total = res.total;
        cursor = res.next_cursor;
        if (!cursor) break;
      }
      const stats = await statsReq;
      if (me !== loadId) return;
      rows = all;
      const onMap = eventMap.setEvents(all, firstLoad || Object.keys(urlFilters).length > 0);
      firstLoad = false;
      mapCount.textContent = `${onMap} events on the map` + (all.length > onMap ? ` (${all.length - onMap} without coordinates)` : "");
      mapCount.dataset.count = String(onMap);
      WardeskTimeline.draw(document.getElementById("timeline"), stats);
      const linked = stats.distinct_events < stats.total_events
        ? `; ${stats.distinct_events} events, ${stats.distinct_fatalities} killed counting each story once`
        : "";
      timelineCount.textContent = `${stats.total_events} reports, ${stats.total_fatalities} killed (as reported)` +
        linked + (stats.undated_events ? `; ${stats.undated_events} undated` : "");
      timelineCount.dataset.count = String(stats.total_events);
      clear(tbody);
      shown = 0;
      renderTable();
      tableCount.textContent = `${total} events` + (all.length < total ? ` (first ${all.length} loaded)` : "");
      tableCount.dataset.count = String(total);
      status.textContent = "";
    } catch (err) {
      if (me !== loadId) return;
      status.textContent = err.message;
      status.className = "status error";
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const qs = query(formFilters());
    history.pushState(null, "", qs ? "?" + qs : window.location.pathname);
    load();
  });
  document.getElementById("reset").addEventListener("click", () => {
    history.pushState(null, "", window.location.pathname);
    load();
  });
  bucketSelect.addEventListener("change", load);
  more.addEventListener("click", renderTable);
  window.addEventListener("popstate", load);
  load();
})();
