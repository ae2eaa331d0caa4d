/* The dashboard: filters (kept in the URL) drive the map, the timeline, the small multiples and the table
 * together; dragging across the timeline sets the date filter. */
"use strict";

(() => {
  const { el, outletOf, clear, api, query, filtersFromUrl, label, fmt, fatalities, dateText, eventUrl, storyUrl, colour,
    placeLinks, actorLinks, FAMILY_LABELS, EVENT_TYPES, FILTER_KEYS } = Wardesk;
  /* Events fetched for the map and table: pages of 500, at most this many pages. */
  const PAGE = 500;
  const MAX_PAGES = 20;
  /* Table rows shown before "show more". */
  const TABLE_STEP = 100;
  /* Groups drawn as small multiples. */
  const MULTIPLES = 8;
  /* Share of events left out at each end of the time axis when no date filter is set and dates straggle
   * (a misread year, a recalled war must not squash the rest). */
  const TAIL_SHARE = 0.01;
  /* Auto bucket: days per period chosen by the range drawn. */
  const AUTO_DAY_MAX_DAYS = 92;
  const AUTO_WEEK_MAX_DAYS = 730;

  const $ = (id) => document.getElementById(id);
  const form = $("filters");
  const status = $("status");

  for (const fam of Object.keys(FAMILY_LABELS)) $("f-type").appendChild(el("option", { value: fam, text: `${FAMILY_LABELS[fam]} (all)` }));
  for (const t of EVENT_TYPES) $("f-type").appendChild(el("option", { value: t, text: label(t) }));

  const eventMap = WardeskMap.create($("map"));
  let rows = [];
  let shown = 0;
  let loadId = 0;
  let firstLoad = true;
  let lastStats = null;
  let sortKey = "date";
  let sortDesc = true;

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

  function setUrl(filters) {
    const qs = query(filters);
    history.pushState(null, "", qs ? "?" + qs : window.location.pathname);
    load();
  }

  // --- table ------------------------------------------------------------------------------------
  const place = (ev) => [ev.location, ev.admin1, ev.country].filter(Boolean).join(", ");
  const SORTS = {
    date: (ev) => ev.date_start || "",
    type: (ev) => ev.event_type,
    place: (ev) => place(ev).toLowerCase(),
    killed: (ev) => (ev.fatalities_best === null || ev.fatalities_best === undefined ? -1 : ev.fatalities_best),
    initiators: (ev) => (ev.initiators || []).join(", ").toLowerCase(),
    targets: (ev) => (ev.targets || []).join(", ").toLowerCase(),
    outlet: (ev) => (outletOf(ev) || "").toLowerCase(),
    sources: (ev) => ev.corroboration || 0,
  };

  function sortRows() {
    const key = SORTS[sortKey];
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return (sortDesc ? -c : c) || (a.id < b.id ? -1 : 1);
    });
    for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
      if (th.dataset.sort === sortKey) th.setAttribute("aria-sort", sortDesc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
  }

  function renderTable(reset) {
    const tbody = $("events-body");
    if (reset) {
      clear(tbody);
      shown = 0;
    }
    const upto = Math.min(rows.length, shown + TABLE_STEP);
    for (let i = shown; i < upto; i++) {
      const ev = rows[i];
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour(ev.family);
      tbody.appendChild(el("tr", { "data-event-id": ev.id },
        el("td", { class: "nowrap", text: dateText(ev), "data-label": "Date" }),
        el("td", { "data-label": "Type" }, swatch, label(ev.event_type)),
        el("td", { "data-label": "Place" }, placeLinks(ev.location, ev.admin1, ev.country)),
        el("td", { class: "num", text: fatalities(ev), "data-label": "Killed" }),
        el("td", { "data-label": "Initiators" }, actorLinks(ev.initiators)),
        el("td", { "data-label": "Targets" }, actorLinks(ev.targets)),
        el("td", { text: outletOf(ev) || "–", "data-label": "Outlet" }),
        el("td", { class: "num", "data-label": "Sources" },
          ev.story_id ? el("a", { href: storyUrl(ev.story_id), text: fmt(ev.corroboration || 1), title: "the story: every outlet's report" }) : "–"),
        el("td", { "data-label": "Open" }, el("a", { href: eventUrl(ev.id), text: "event" })),
      ));
    }
    shown = upto;
    $("table-more").hidden = shown >= rows.length;
  }

  for (const th of document.querySelectorAll("#events-table th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      if (sortKey === th.dataset.sort) sortDesc = !sortDesc;
      else {
        sortKey = th.dataset.sort;
        sortDesc = ["date", "killed", "sources"].includes(sortKey);
      }
      sortRows();
      renderTable(true);
    });
  }

  // --- timeline and small multiples ---------------------------------------------------------------
  /** The days the time axis spans: the filter's range, else the data's with straggling tails trimmed. */
  function axisRange(stats, filters) {
    const per = new Map();
    let total = 0;
    for (const s of stats.series) {
      per.set(s.period, (per.get(s.period) || 0) + s.events);
      total += s.events;
    }
    const keys = [...per.keys()].sort();
    let lo = 0, hi = keys.length - 1, outside = 0;
    if (!filters.since && !filters.until) {
      const cut = Math.floor(total * TAIL_SHARE);
      let dropped = 0;
      while (lo < hi && dropped + per.get(keys[lo]) <= cut) dropped += per.get(keys[lo++]);
      let droppedHi = 0;
      while (hi > lo && droppedHi + per.get(keys[hi]) <= cut) droppedHi += per.get(keys[hi--]);
      outside = dropped + droppedHi;
    }
    return { from: filters.since || keys[lo], to: filters.until || keys[hi], outside };
  }

  function autoBucket(from, to) {
    const days = (Date.parse(to) - Date.parse(from)) / 864e5;
    return days <= AUTO_DAY_MAX_DAYS ? "day" : days <= AUTO_WEEK_MAX_DAYS ? "week" : "month";
  }

  function drawTimeline(stats, range, filters) {
    const perReport = $("f-per-report").checked;
    WardeskCharts.timeline($("timeline"), stats, {
      since: range.from, until: range.to, perReport,
      onBrush: (since, until) => setUrl(Object.assign(formFilters(), { since, until })),
    });
    const note = range.outside ? ` ${fmt(range.outside)} events dated outside ${range.from} – ${range.to} are not drawn.` : "";
    $("timeline-note").textContent = "Bars: reports per period, stacked by kind. Line: killed, " +
      (perReport ? "as each report gives it (a story told by three outlets counts three times)." :
        "each story (an event several outlets told) counted once with its largest toll.") +
      " Drag across the chart to set the dates." + note;
    drawMultiples(stats.bucket, range, filters);
  }

  function drawMultiples(bucket, range) {
    const split = $("f-split").value;
    const groups = new Map();
    for (const ev of rows) {
      if (!ev.date_start) continue;
      const keys = split === "event_type" ? [ev.event_type] : (split === "initiator" ? ev.initiators : ev.targets) || [];
      for (const k of keys) {
        if (!groups.has(k)) groups.set(k, { key: k, counts: new Map(), total: 0, family: ev.family });
        const g = groups.get(k);
        const p = WardeskCharts.periodOf(ev.date_start, bucket);
        g.counts.set(p, (g.counts.get(p) || 0) + 1);
        g.total += 1;
      }
    }
    const top = [...groups.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1)).slice(0, MULTIPLES);
    for (const g of top) {
      g.label = split === "event_type" ? label(g.key) : g.key;
      g.href = split === "event_type" ? "?" + query(Object.assign(formFilters(), { type: g.key })) : Wardesk.actorUrl(g.key);
      g.colour = split === "event_type" ? colour(g.family) : "#1f5fae";
    }
    WardeskCharts.multiples($("multiples"), top, WardeskCharts.periods(range.from, range.to, bucket), bucket);
  }

  // --- loading ------------------------------------------------------------------------------------
  async function fetchStats(filters) {
    const chosen = $("f-bucket").value;
    const get = (bucket) => api("/api/stats?" + query(Object.assign({ bucket }, filters)));
    let stats = await get(chosen === "auto" ? (filters.since && filters.until ? autoBucket(filters.since, filters.until) : "week") : chosen);
    let range = stats.series.length || filters.since ? axisRange(stats, filters) : null;
    if (chosen === "auto" && range && range.from && range.to) {
      const want = autoBucket(range.from, range.to);
      if (want !== stats.bucket) {
        stats = await get(want);
        range = axisRange(stats, filters);
      }
    }
    return { stats, range };
  }

  async function load() {
    const me = ++loadId;
    const urlFilters = filtersFromUrl();
    fillForm(urlFilters);
    // Background events (earlier events an article recalls) stay off the desk unless asked for.
    const filters = Object.assign({}, urlFilters, { background: urlFilters.background === "true" ? "true" : "false" });
    const qs = query(filters);
    $("export-csv").href = "/api/export.csv" + (qs ? "?" + qs : "");
    $("export-geojson").href = "/api/export.geojson" + (qs ? "?" + qs : "");
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const statsReq = fetchStats(filters);
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
      const { stats, range } = await statsReq;
      if (me !== loadId) return;
      rows = all;
      sortRows();
      lastStats = { stats, range, filters };
      const onMap = eventMap.setEvents(all, firstLoad || Object.keys(urlFilters).length > 0);
      firstLoad = false;
      $("count-map").textContent = `${fmt(onMap)} events on the map` + (all.length > onMap ? ` (${fmt(all.length - onMap)} without coordinates)` : "");
      $("count-map").dataset.count = String(onMap);
      if (range) drawTimeline(stats, range, filters);
      else WardeskCharts.timeline($("timeline"), stats, {});
      const linked = stats.distinct_events < stats.total_events
        ? `; ${fmt(stats.distinct_events)} events, ${fmt(stats.distinct_fatalities)} killed counting each story once`
        : "";
      $("count-timeline").textContent = `${fmt(stats.total_events)} reports, ${fmt(stats.total_fatalities)} killed (as reported)` +
        linked + (stats.undated_events ? `; ${fmt(stats.undated_events)} undated` : "");
      $("count-timeline").dataset.count = String(stats.total_events);
      const datalist = clear($("admin1-list"));
      for (const a of stats.admin1.filter((x) => x.admin1).slice(0, 200)) datalist.appendChild(el("option", { value: a.admin1 }));
      renderTable(true);
      $("count-table").textContent = `${fmt(total)} events` + (all.length < total ? ` (first ${fmt(all.length)} loaded; the table sorts those)` : "");
      $("count-table").dataset.count = String(total);
      status.textContent = "";
    } catch (err) {
      if (me !== loadId) return;
      status.textContent = err.message;
      status.className = "status error";
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setUrl(formFilters());
  });
  $("reset").addEventListener("click", () => {
    history.pushState(null, "", window.location.pathname);
    load();
  });
  $("f-bucket").addEventListener("change", load);
  $("f-per-report").addEventListener("change", () => lastStats && lastStats.range && drawTimeline(lastStats.stats, lastStats.range, lastStats.filters));
  $("f-split").addEventListener("change", () => lastStats && lastStats.range && drawMultiples(lastStats.stats.bucket, lastStats.range));
  $("table-more").addEventListener("click", () => renderTable(false));
  window.addEventListener("popstate", load);
  load();
})();
