/* Charts over time, drawn by uPlot (vendored): the dashboard timeline (stacked bars by family, a fatality
 * line, brushing), small multiples, and the month and toll charts of the story, actor and place pages.
 * Dates are UTC days; uPlot's x values are seconds since 1970. */
"use strict";

const WardeskCharts = (() => {
  const { el, colour, fmt, FAMILY_LABELS } = Wardesk;
  const FAMILY_ORDER = ["explosions_remote_violence", "battles", "violence_against_civilians", "other"];
  const DAY_S = 86400;
  const DEATHS_COLOUR = "#111";

  const utc = (ts) => uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC");

  /** "2016-03-07" -> seconds at 00:00 UTC. */
  function ts(iso) {
    return Date.parse(iso + "T00:00:00Z") / 1000;
  }

  /** Seconds -> "2016-03-07". */
  function isoDay(sec) {
    return new Date(Math.round(sec / DAY_S) * DAY_S * 1000).toISOString().slice(0, 10);
  }

  /** The next period after ``iso`` for a bucket (day, week, month). */
  function nextPeriod(iso, bucket) {
    const d = new Date(iso + "T00:00:00Z");
    if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (bucket === "week" ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }

  /** The period a day falls in (as the API buckets it). */
  function periodOf(iso, bucket) {
    if (bucket === "month") return iso.slice(0, 8) + "01";
    if (bucket === "week") {
      const d = new Date(iso + "T00:00:00Z");
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    }
    return iso;
  }

  /** Every period from ``first`` to ``last`` (at most ``cap``). */
  function periods(first, last, bucket, cap) {
    const out = [];
    for (let p = periodOf(first, bucket); p <= last && out.length < (cap || 5000); p = nextPeriod(p, bucket)) out.push(p);
    return out;
  }

  function width(container, min) {
    return Math.max(min || 240, Math.floor(container.clientWidth || container.getBoundingClientRect().width || 600));
  }

  /** Keep a chart as wide as its container. */
  function fit(chart, container, height, min) {
    const ro = new ResizeObserver(() => {
      const w = width(container, min);
      if (Math.abs(w - chart.width) > 4) chart.setSize({ width: w, height });
    });
    ro.observe(container);
    return chart;
  }

  const bars = (ratio, max) => uPlot.paths.bars({ size: [ratio, max || 60], align: 0 });

  function timeAxis() {
    return { stroke: "#667085", grid: { stroke: "#eef0f2" }, ticks: { stroke: "#d0d5dd" } };
  }

  /**
   * The dashboard timeline. ``stats``: GET /api/stats; ``opts``: {since, until, perReport, onBrush(since, until)}.
   * Bars: reports per period stacked by family; line: deaths, each story once (or per report).
   */
  function timeline(container, stats, opts) {
    while (container.firstChild) container.removeChild(container.firstChild);
    const bucket = stats.bucket;
    const days = stats.series.map((s) => s.period).sort();
    if (!days.length && !(opts.since && opts.until)) {
      container.appendChild(el("p", { class: "muted", text: "No dated events." }));
      return null;
    }
    const first = opts.since ? periodOf(opts.since, bucket) : days[0];
    const last = opts.until || days[days.length - 1];
    const ps = periods(first, last, bucket);
    const index = new Map(ps.map((p, i) => [p, i]));
    const perFam = FAMILY_ORDER.map(() => ps.map(() => 0));
    for (const s of stats.series) {
      const i = index.get(s.period);
      const f = FAMILY_ORDER.indexOf(s.family);
      if (i !== undefined) perFam[f < 0 ? 3 : f][i] += s.events;
    }
    const deaths = ps.map(() => 0);
    for (const d of stats.fatality_series || []) {
      const i = index.get(d.period);
      if (i !== undefined) deaths[i] = opts.perReport ? d.reported : d.fatalities;
    }
    // stacked: each family's bar reaches its running total; drawn top-down so lower ones paint over
    const stacked = [];
    let acc = ps.map(() => 0);
    for (const arr of perFam) {
      acc = acc.map((v, i) => v + arr[i]);
      stacked.push(acc);
    }
    const xs = ps.map(ts);
    const fams = FAMILY_ORDER.map((f, k) => ({ f, k })).filter(({ k }) => perFam[k].some((v) => v > 0)).reverse();
    const series = [{ value: (u, v) => (v === null ? "–" : isoDay(v)) }];
    const data = [xs];
    for (const { f, k } of fams) {
      series.push({
        label: FAMILY_LABELS[f], fill: colour(f), stroke: colour(f), width: 0, paths: bars(0.85),
        points: { show: false }, value: (u, v, si, i) => (i === null || i === undefined ? "–" : fmt(perFam[k][i])),
      });
      data.push(stacked[k]);
    }
    series.push({
      label: opts.perReport ? "Killed (per report)" : "Killed (each story once)", scale: "deaths",
      stroke: DEATHS_COLOUR, width: 1.5, points: { show: ps.length < 60, size: 4 },
      value: (u, v) => (v === null || v === undefined ? "–" : fmt(v)),
    });
    data.push(deaths);
    const span = bucket === "month" ? 31 * DAY_S : bucket === "week" ? 7 * DAY_S : DAY_S;
    // the axis spans the filter's days exactly (a week or month bar may start before `since`)
    const xmin = opts.since ? ts(opts.since) : xs[0];
    const xmax = opts.until ? ts(opts.until) + DAY_S : xs[xs.length - 1] + span;
    const h = opts.height || 240;
    const chart = new uPlot({
      width: width(container), height: h, tzDate: utc,
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      select: { show: true },
      scales: { x: { time: true, range: () => [xmin, xmax] }, deaths: { range: (u, lo, hi) => [0, Math.max(1, hi) * 1.1] } },
      axes: [
        timeAxis(),
        { stroke: "#667085", grid: { stroke: "#eef0f2" }, size: 40, values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? fmt(v) : "")) },
        { scale: "deaths", side: 1, stroke: DEATHS_COLOUR, grid: { show: false }, size: 58, values: (u, vals) => vals.map((v) => fmt(v)) },
      ],
      legend: { live: true },
      series,
      hooks: {
        setSelect: [(u) => {
          if (!opts.onBrush || u.select.width < 3) return;
          const a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
          u.setSelect({ left: 0, width: 0 }, false);
          opts.onBrush(isoDay(Math.max(a, xmin)), isoDay(Math.min(b, xmax) - 1));
        }],
      },
    }, data, container);
    chart.root.setAttribute("data-testid", "timeline-chart");
    container.dataset.from = isoDay(xmin); // the days the axis spans, for readers and tests
    container.dataset.to = isoDay(xmax - DAY_S);
    container.dataset.bucket = bucket;
    return fit(chart, container, h);
  }

  /**
   * Small multiples: one little bar chart per group, on one time axis and one count scale.
   * ``groups``: [{key, label, href, counts: Map(period -> n), total}]; ``ps``: the periods.
   */
  function multiples(container, groups, ps, bucket) {
    while (container.firstChild) container.removeChild(container.firstChild);
    if (!groups.length || !ps.length) {
      container.appendChild(el("p", { class: "muted", text: "Nothing to split." }));
      return [];
    }
    const xs = ps.map(ts);
    const span = bucket === "month" ? 31 * DAY_S : bucket === "week" ? 7 * DAY_S : DAY_S;
    const ymax = Math.max(1, ...groups.map((g) => Math.max(...ps.map((p) => g.counts.get(p) || 0))));
    return groups.map((g) => {
      const cell = el("figure", { class: "multiple", "data-testid": "multiple" },
        el("figcaption", {}, g.href ? el("a", { href: g.href, text: g.label }) : g.label, el("span", { class: "muted", text: ` ${fmt(g.total)}` })));
      const plot = el("div", { class: "multiple-plot" });
      cell.appendChild(plot);
      container.appendChild(cell);
      const h = 90;
      const chart = new uPlot({
        width: width(plot, 150), height: h, tzDate: utc, legend: { show: false }, cursor: { show: false },
        scales: { x: { time: true, range: () => [xs[0], xs[xs.length - 1] + span] }, y: { range: () => [0, ymax] } },
        axes: [
          Object.assign(timeAxis(), { size: 24, font: "10px system-ui", space: 50 }),
          { stroke: "#667085", size: 28, font: "10px system-ui", grid: { stroke: "#eef0f2" }, space: 30,
            values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? fmt(v) : "")) },
        ],
        series: [{}, { fill: g.colour || "#1f5fae", stroke: g.colour || "#1f5fae", width: 0, paths: bars(0.9, 30), points: { show: false } }],
      }, [xs, ps.map((p) => g.counts.get(p) || 0)], plot);
      return fit(chart, plot, h, 150);
    });
  }

  /** Events (bars) and deaths (line) per month: the actor and place pages. ``months``: [{month, events, fatalities}]. */
  function months(container, rows) {
    while (container.firstChild) container.removeChild(container.firstChild);
    if (!rows.length) {
      container.appendChild(el("p", { class: "muted", text: "No dated events." }));
      return null;
    }
    const ps = periods(rows[0].month, rows[rows.length - 1].month, "month");
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    const xs = ps.map(ts);
    const h = 200;
    const chart = new uPlot({
      width: width(container), height: h, tzDate: utc, cursor: { points: { show: false } },
      scales: { x: { time: true, range: () => [xs[0], xs[xs.length - 1] + 31 * DAY_S] }, deaths: { range: (u, lo, hi) => [0, Math.max(1, hi) * 1.1] } },
      axes: [
        timeAxis(),
        { stroke: "#667085", size: 36, grid: { stroke: "#eef0f2" }, values: (u, vals) => vals.map((v) => (Number.isInteger(v) ? fmt(v) : "")) },
        { scale: "deaths", side: 1, stroke: DEATHS_COLOUR, grid: { show: false }, size: 44, values: (u, vals) => vals.map((v) => fmt(v)) },
      ],
      series: [
        { value: (u, v) => (v === null ? "–" : isoDay(v).slice(0, 7)) },
        { label: "Events", fill: "#1f5fae", stroke: "#1f5fae", width: 0, paths: bars(0.85, 40), points: { show: false }, value: (u, v) => fmt(v) },
        { label: "Killed", scale: "deaths", stroke: DEATHS_COLOUR, width: 1.5, points: { show: true, size: 4 }, value: (u, v) => fmt(v) },
      ],
    }, [xs, ps.map((p) => (byMonth.get(p) || {}).events || 0), ps.map((p) => (byMonth.get(p) || {}).fatalities || 0)], container);
    chart.root.setAttribute("data-testid", "months-chart");
    return fit(chart, container, h);
  }

  /**
   * The tolls of a story over time: each report's figure at its publication date, one point per source.
   * ``points``: [{date, value, label}].
   */
  function tolls(container, points) {
    while (container.firstChild) container.removeChild(container.firstChild);
    const pts = points.filter((p) => p.date && p.value !== null && p.value !== undefined)
      .sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value);
    if (!pts.length) {
      container.appendChild(el("p", { class: "muted", text: "No report gives a toll." }));
      return null;
    }
    const xs = pts.map((p) => ts(p.date));
    for (let i = 1; i < xs.length; i++) if (xs[i] <= xs[i - 1]) xs[i] = xs[i - 1] + 3600; // same day: an hour apart
    const lo = xs[0] - 3 * DAY_S, hi = Math.max(xs[xs.length - 1], xs[0] + 4 * DAY_S) + 3 * DAY_S; // a week at least: day ticks
    // the highest toll known by each date: how the figure grew as reports came in
    let best = 0;
    const running = pts.map((p) => (best = Math.max(best, p.value)));
    const h = 180;
    const chart = new uPlot({
      width: width(container), height: h, tzDate: utc, cursor: { points: { size: 8 } },
      scales: { x: { time: true, range: () => [lo, hi] }, y: { range: (u, a, b) => [0, Math.max(1, b) * 1.15] } },
      axes: [
        Object.assign(timeAxis(), { incrs: [1, 2, 7, 14, 30.5, 61, 182.5, 365].map((d) => d * DAY_S), space: 60,
          values: (u, vals) => vals.map((v, i) => (i === 0 ? isoDay(v) : isoDay(v).slice(5))) }),
        { stroke: "#667085", size: 40, grid: { stroke: "#eef0f2" }, values: (u, vals) => vals.map((v) => fmt(v)) },
      ],
      series: [
        { value: (u, v) => (v === null ? "–" : isoDay(v)) },
        { label: "Reported toll", stroke: "#b42318", width: 0, paths: () => null, points: { show: true, size: 9, fill: "#b42318" },
          value: (u, v, si, i) => (i === null || i === undefined ? "–" : `${fmt(v)} (${pts[i].label})`) },
        { label: "Highest so far", stroke: "#667085", width: 1, dash: [4, 3], paths: uPlot.paths.stepped({ align: 1 }), points: { show: false }, value: (u, v) => fmt(v) },
      ],
    }, [xs, pts.map((p) => p.value), running], container);
    chart.root.setAttribute("data-testid", "tolls-chart");
    return fit(chart, container, h);
  }

  return { timeline, multiples, months, tolls, periods, periodOf, isoDay, ts };
})();
