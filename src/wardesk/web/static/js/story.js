/* The story page: one real-world event as several outlets told it. First the reconciled event, a small map,
 * one row per source (its figure, whom it blames, outlet, date, sentence) and the tolls over time; then each
 * report as a card (no sideways scrolling). Article text only ever enters the page as text nodes. */
"use strict";

(() => {
  const { el, outletOf, clear, api, label, fmt, fatalities, dateText, eventUrl, placeLinks, actorLinks, claimValue,
    responsive, showError } = Wardesk;
  const main = document.getElementById("story");
  const storyId = decodeURIComponent(window.location.pathname.replace(/^\/story\//, ""));

  const pick = (obj, ...keys) => {
    for (const k of keys) if (obj && obj[k] !== undefined && obj[k] !== null && obj[k] !== "") return obj[k];
    return null;
  };
  const names = (v) => (Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : x.name)).filter(Boolean) : v ? [String(v)] : []);

  /** One row per source, from the story's own per-source list when the API gives one. */
  function rowsFromSources(story, byId) {
    return story.sources.map((s) => {
      const rep = byId.get(pick(s, "report_id", "event_id")) || null;
      const fig = pick(s, "figure", "value", "fatalities", "killed");
      return {
        who: pick(s, "who", "name", "source") || (rep && outletOf(rep)) || "–",
        figure: fig !== null && typeof fig === "object" ? claimValue(fig) : fig !== null ? fmt(fig) : "–",
        what: pick(s, "what"),
        blames: names(pick(s, "blames", "blamed", "initiators", "accuses")),
        denies: names(pick(s, "denies", "denial")).length ? `denies ${names(pick(s, "denies", "denial")).join(", ")}` : null,
        outlet: pick(s, "outlet") || (rep && outletOf(rep)) || "–",
        date: pick(s, "published", "date") || (rep && rep.published) || "–",
        sentence: pick(s, "sentence", "text", "quote") || (rep && rep.evidence_text) || "",
        reportId: rep ? rep.id : pick(s, "report_id", "event_id"),
      };
    });
  }

  /** Without a per-source list: one row per source a report names (its death tolls and claims of
   * responsibility), else one row for the report. Whom a source blames is its own accusation when the
   * report records one, else the report's initiators. */
  function rowsFromReports(reports) {
    const out = [];
    for (const r of reports) {
      const bySource = new Map();
      for (const c of r.record.claims || []) {
        if (c.what !== "killed" && c.what !== "responsibility") continue;
        const k = c.source || outletOf(r) || "(unattributed)";
        if (!bySource.has(k)) bySource.set(k, { tolls: [], blames: [], denies: [] });
        const entry = bySource.get(k);
        if (c.what === "killed") entry.tolls.push(c);
        else if (c.stance === "denies") entry.denies.push(c.actor);
        else entry.blames.push(c.actor);
      }
      const denial = (r.record.sources || []).find((s) => s.verb === "denied");
      const base = { outlet: outletOf(r) || "–", date: r.published || dateText(r), sentence: r.evidence_text || "", reportId: r.id };
      if (!bySource.size) {
        const who = (r.record.sources || []).map((s) => s.name).join("; ") || outletOf(r) || "–";
        out.push(Object.assign({ who, figure: fatalities(r), what: r.fatalities_best !== null && r.fatalities_best !== undefined ? "killed" : null,
          blames: r.initiators || [], denies: denial ? denial.text || "denies" : null }, base));
        continue;
      }
      for (const [who, entry] of bySource) {
        const top = entry.tolls.length ? entry.tolls.reduce((a, b) => (b.value > a.value ? b : a)) : null;
        out.push(Object.assign({
          who, figure: top ? claimValue(top) : "–", what: top ? "killed" : null,
          blames: entry.blames.length ? entry.blames : entry.denies.length ? [] : r.initiators || [],
          denies: entry.denies.length ? `denies ${entry.denies.join(", ")}` : null,
        }, base));
      }
    }
    return out;
  }

  function sourceTable(rows) {
    return responsive(el("table", { class: "grid sources-table", "data-testid": "source-rows" },
      el("thead", {}, el("tr", {}, ["Source", "Figure", "Blames", "Outlet", "Date", "Sentence"].map((h) => el("th", { text: h })))),
      el("tbody", {}, rows.map((r) => el("tr", { "data-report-id": r.reportId || "" },
        el("td", {}, el("strong", { text: r.who })),
        el("td", { class: "num", text: r.figure + (r.what && r.figure !== "–" ? ` ${label(r.what)}` : "") }),
        el("td", {}, r.blames.length ? actorLinks(r.blames) : document.createTextNode(r.denies || "–")),
        el("td", {}, r.reportId ? el("a", { href: eventUrl(r.reportId), text: outletOf(r) }) : outletOf(r)),
        el("td", { class: "nowrap", text: r.date }),
        el("td", { class: "sentence", text: r.sentence }),
      )))));
  }

  /** A contradiction with its sides: who says what. */
  function contradiction(c, byId) {
    let sides = [];
    if (Array.isArray(c.sides)) {
      sides = c.sides.map((s) => `${pick(s, "who", "source", "outlet", "name") || "?"}: ${names(pick(s, "value", "values", "says")).join(", ") || pick(s, "value") || "?"}`);
    } else if (c.values) {
      sides = Object.entries(c.values).map(([rid, v]) => `${outletOf(byId.get(rid) || {}) || rid}: ${Array.isArray(v) ? v.join(", ") : fmt(v)}`);
    }
    return el("li", {}, el("strong", { text: `${label(c.kind)}: ` }), c.detail || "",
      sides.length ? el("span", { class: "muted", text: ` (${sides.join(" · ")})` }) : "");
  }

  function reportCard(r, conflicted) {
    const kinds = conflicted.get(r.id) || new Set();
    const flag = (kind, value) => (kinds.has(kind) ? el("span", {}, el("span", { class: "flag", text: "⚠ " }), value) : value);
    const rows = [
      ["Type", label(r.event_type)],
      ["Date", dateText(r)],
      ["Place", placeLinks(r.location, r.admin1, r.country)],
      ["Killed", flag("fatalities", fatalities(r))],
      ["Initiators", flag("initiator", actorLinks(r.initiators))],
      ["Targets", actorLinks(r.targets)],
      ["Sources", (r.record.sources || []).map((s) => `${s.name} (${s.verb.replace(/_/g, " ")})`).join("; ") || "–"],
    ];
    return el("article", { class: "report-card" + (kinds.size ? " contradicts" : ""), "data-testid": "report-card" },
      el("h3", {}, el("a", { href: eventUrl(r.id), text: outletOf(r) || r.article_id }), el("span", { class: "muted small", text: ` · ${r.published || "undated"}` })),
      r.title ? el("p", { class: "small", text: r.title }) : null,
      el("table", { class: "fields" }, el("tbody", {}, rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", {}, v))))),
      r.evidence_text ? el("p", { class: "sentence", text: r.evidence_text }) : null);
  }

  function render(story) {
    const reports = story.reports;
    const byId = new Map(reports.map((r) => [r.id, r]));
    const rec = story.reconciled || {};
    const fat = rec.fatalities || {};
    const where = [story.location, story.admin1, story.country].filter(Boolean).join(", ") || "place unknown";
    document.title = `${label(story.event_type)} · ${where} · wardesk`;
    clear(main);
    main.appendChild(el("h1", { text: `${label(story.event_type)} — ${where}, ${dateText({ date_start: story.date_start, date_end: story.date_end })}` }));

    // the reconciled event
    const actors = rec.actors || [];
    const initiators = actors.filter((a) => a.role === "initiator").map((a) => a.name);
    const targets = actors.filter((a) => a.role === "target").map((a) => a.name);
    const killed = fat.best === null || fat.best === undefined ? "–"
      : fmt(fat.best) + (fat.low !== null && fat.low !== undefined && fat.high !== null && fat.high !== undefined && fat.low !== fat.high ? ` (${fmt(fat.low)}–${fmt(fat.high)})` : "");
    const facts = el("div", {},
      el("div", { class: "figures" },
        el("div", { class: "figure" }, el("span", { class: "big", text: killed }), el("span", { class: "small", text: "killed (reconciled)" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(reports.length) }), el("span", { class: "small", text: "reports" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(story.corroboration) }), el("span", { class: "small", text: "independent outlets" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(story.contradiction_list.length) }), el("span", { class: "small", text: "contradictions" }))),
      el("table", { class: "fields", "data-testid": "reconciled" }, el("tbody", {},
        [["Date", dateText({ date_start: story.date_start, date_end: story.date_end })],
          ["Place", placeLinks(story.location, story.admin1, story.country)],
          ["Initiators", actorLinks(initiators)], ["Targets", actorLinks(targets)],
          ["Outlets", (story.outlets || []).join(", ") || "–"]].map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", {}, v))))),
      story.contradiction_list.length
        ? el("ul", { class: "contradictions", "data-testid": "contradictions" }, story.contradiction_list.map((c) => contradiction(c, byId)))
        : el("p", { class: "muted", text: "The reports agree: no contradictions found." }));
    const mapBox = el("div", { id: "story-map", "data-testid": "story-map" });
    main.appendChild(el("section", { "data-testid": "story-summary" }, el("h2", { text: "The event, reconciled" }),
      el("div", { class: "summary" }, facts, typeof story.lat === "number" ? mapBox : el("p", { class: "muted", text: "No coordinates." }))));
    if (typeof story.lat === "number") WardeskMap.small(mapBox, story.lat, story.lon, 7);

    // who says what
    const rows = Array.isArray(story.sources) && story.sources.length ? rowsFromSources(story, byId) : rowsFromReports(reports);
    main.appendChild(el("section", {}, el("h2", { text: "Who says what" }), sourceTable(rows)));

    // tolls over time
    const figures = (fat.figures || []).length
      ? fat.figures.map((f) => ({ date: (byId.get(f.report_id) || {}).published, value: f.best, label: outletOf(byId.get(f.report_id) || {}) || f.report_id }))
      : reports.map((r) => ({ date: r.published, value: r.fatalities_best, label: outletOf(r) || r.id }));
    const chartBox = el("div", { class: "chart" });
    main.appendChild(el("section", {}, el("h2", { text: "Tolls as reported over time" }), chartBox,
      el("p", { class: "small muted", text: "Each dot is one report's toll on the day it was published; the dashed line is the highest toll known by then." })));
    WardeskCharts.tolls(chartBox, figures);

    // the reports
    const conflicted = new Map();
    for (const c of story.contradiction_list) {
      for (const rid of c.report_ids || []) {
        if (!conflicted.has(rid)) conflicted.set(rid, new Set());
        conflicted.get(rid).add(c.kind);
      }
    }
    main.appendChild(el("section", {}, el("h2", { text: "The reports" }),
      el("div", { class: "reports", "data-testid": "story-reports" }, reports.map((r) => reportCard(r, conflicted)))));
  }

  api("/api/stories/" + encodeURIComponent(storyId)).then(render).catch((err) => showError(main, err));
})();
