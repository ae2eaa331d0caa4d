/* The timeline: events per day or week as bars stacked by family, fatalities as a line (plain SVG). */
"use strict";

const WardeskTimeline = (() => {
  const { colour, FAMILY_LABELS } = Wardesk;
  const NS = "http://www.w3.org/2000/svg";
  const FAMILY_ORDER = ["explosions_remote_violence", "battles", "violence_against_civilians", "other"];

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function addDays(iso, n) {
    const d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  /* Periods drawn at most (a day per period over ~5 years). */
  const MAX_PERIODS = 2000;
  /* Share of events left out at each end of the time axis when the dates straggle. */
  const TAIL_SHARE = 0.01;

  /** [first, last] period holding all but TAIL_SHARE of the events at each end, and how many are outside. */
  function range(series) {
    const perPeriod = new Map();
    let total = 0;
    for (const s of series) {
      perPeriod.set(s.period, (perPeriod.get(s.period) || 0) + s.events);
      total += s.events;
    }
    const keys = [...perPeriod.keys()].sort();
    const cut = Math.floor(total * TAIL_SHARE);
    let lo = 0, hi = keys.length - 1, dropped = 0;
    while (lo < hi && dropped + perPeriod.get(keys[lo]) <= cut) dropped += perPeriod.get(keys[lo++]);
    let droppedHi = 0;
    while (hi > lo && droppedHi + perPeriod.get(keys[hi]) <= cut) droppedHi += perPeriod.get(keys[hi--]);
    return [keys[lo], keys[hi], dropped + droppedHi];
  }

  /** Draw ``stats`` (GET /api/stats) into ``container``. */
  function draw(container, stats) {
    while (container.firstChild) container.removeChild(container.firstChild);
    const width = Math.max(container.clientWidth || 800, 400);
    const height = 220;
    const m = { top: 14, right: 48, bottom: 28, left: 40 };
    const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", class: "timeline-svg" });
    root.appendChild(svg("title", {}, "Events and fatalities over time by family"));
    container.appendChild(root);
    if (!stats.series.length) {
      root.appendChild(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" }, "No dated events"));
      return;
    }
    const step = stats.bucket === "week" ? 7 : 1;
    // Trim the tails: a stray date decades away (a misread year, a recalled war) would squash the rest.
    const [first, last, outside] = range(stats.series);
    const periods = [];
    for (let p = first; p <= last && periods.length < MAX_PERIODS; p = addDays(p, step)) periods.push(p);
    const byPeriod = new Map(periods.map((p) => [p, { total: 0, deaths: 0, fam: {} }]));
    for (const s of stats.series) {
      const cell = byPeriod.get(s.period);
      if (!cell) continue;
      cell.total += s.events;
      cell.deaths += s.fatalities;
      cell.fam[s.family] = (cell.fam[s.family] || 0) + s.events;
    }
    const maxEvents = Math.max(1, ...[...byPeriod.values()].map((c) => c.total));
    // Fatality axis up to the 95th percentile of periods: one absurd toll must not flatten the line.
    const deaths = [...byPeriod.values()].map((c) => c.deaths).filter((d) => d > 0).sort((a, b) => a - b);
    const maxDeaths = Math.max(1, deaths.length ? deaths[Math.floor((deaths.length - 1) * 0.95)] : 1);
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const bw = plotW / periods.length;
    const y = (v) => m.top + plotH - (v / maxEvents) * plotH;
    const yd = (v) => m.top + plotH - (Math.min(v, maxDeaths) / maxDeaths) * plotH;
    root.appendChild(svg("line", { x1: m.left, x2: m.left + plotW, y1: m.top + plotH, y2: m.top + plotH, class: "axis-line" }));
    root.appendChild(svg("text", { x: m.left - 6, y: m.top + 8, "text-anchor": "end", class: "axis" }, maxEvents));
    root.appendChild(svg("text", { x: m.left - 6, y: m.top + plotH, "text-anchor": "end", class: "axis" }, 0));
    root.appendChild(svg("text", { x: m.left + plotW + 6, y: m.top + 8, class: "axis deaths" }, `${maxDeaths} †`));
    if (outside) {
      root.appendChild(svg("text", { x: m.left + 4, y: m.top + 4, class: "axis" },
        `${outside} events dated outside ${first} – ${last} not drawn`));
    }
    const bars = svg("g", { class: "bars" });
    const line = [];
    periods.forEach((p, i) => {
      const cell = byPeriod.get(p);
      let acc = 0;
      for (const fam of FAMILY_ORDER) {
        const n = cell.fam[fam] || 0;
        if (!n) continue;
        const rect = svg("rect", {
          x: m.left + i * bw + 0.5, width: Math.max(1, bw - 1), y: y(acc + n), height: y(acc) - y(acc + n),
          fill: colour(fam), "data-family": fam,
        });
        rect.appendChild(svg("title", {}, `${p}: ${n} ${FAMILY_LABELS[fam] || fam}`));
        bars.appendChild(rect);
        acc += n;
      }
      line.push(`${m.left + (i + 0.5) * bw},${yd(cell.deaths)}`);
    });
    root.appendChild(bars);
    root.appendChild(svg("polyline", { points: line.join(" "), class: "deaths-line" }));
    const ticks = Math.min(Math.max(2, Math.floor(plotW / 90)), periods.length);
    for (let t = 0; t < ticks; t++) {
      const i = Math.round((t * (periods.length - 1)) / Math.max(1, ticks - 1));
      root.appendChild(svg("text", { x: m.left + (i + 0.5) * bw, y: height - 8, "text-anchor": "middle", class: "axis" }, periods[i]));
    }
  }

  return { draw };
})();
