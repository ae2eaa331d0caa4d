/* The event page: every field, who says what, the article with the evidence highlighted, the story. */
"use strict";

(() => {
  const { el, outletOf, clear, api, label, fmt, fatalities, dateText, eventUrl, storyUrl, webUrl, placeLinks, actorLinks, highlightedText, claimsTable, sourcesList, showError } = Wardesk;
  const main = document.getElementById("event");
  const eventId = decodeURIComponent(window.location.pathname.replace(/^\/event\//, ""));

  function fieldsTable(ev) {
    const rec = ev.record;
    const loc = (rec.locations || []).map((l) =>
      [l.name, l.admin1 && l.admin1 !== l.name ? l.admin1 : null, l.country].filter(Boolean).join(", ") + ` (${l.precision})`);
    const rows = [
      ["Type", `${label(rec.event_type)} · ${label(ev.family)} · ${rec.kind}`],
      ["Date", `${dateText(ev)} (${rec.date.precision})` + (rec.date.text ? ` — “${rec.date.text}”` : "")],
      ["Place", (rec.locations || []).length ? loc.join("; ") : "unknown"],
      ["Place pages", placeLinks(ev.location, ev.admin1, ev.country)],
      ["Coordinates", ev.lat !== null && ev.lat !== undefined ? `${ev.lat}, ${ev.lon}` : "–"],
      ["Initiators", actorLinks((rec.initiators || []).map((a) => a.name))],
      ["Targets", actorLinks((rec.targets || []).map((a) => a.name))],
      ["Weapons", (rec.weapons || []).join(", ") || "–"],
      ["Killed", fatalities(ev)],
      ["Injured", rec.injuries.best ?? "–"],
      ["Background", rec.background ? "yes (an earlier event the article recalls)" : "no"],
      ["Confidence", rec.confidence],
      ["Outlet", outletOf(ev) || "–"],
      ["Published", ev.published || "–"],
      ["Article", ev.article.title || ev.article.id],
      ["Story", ev.story ? el("a", { href: storyUrl(ev.story.id), text: `${fmt(ev.story.report_ids.length)} report${ev.story.report_ids.length === 1 ? "" : "s"}, ${fmt(ev.story.corroboration)} independent source${ev.story.corroboration === 1 ? "" : "s"}` }) : "not linked"],
    ];
    const table = el("table", { class: "fields", "data-testid": "fields-table" },
      el("tbody", {}, rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), v instanceof Node ? el("td", {}, v) : el("td", { text: v })))));
    return table;
  }

  function articleSection(ev, article) {
    const spans = [];
    for (const other of article.events) {
      const mine = other.id === ev.id;
      for (const [start, end] of other.evidence) {
        spans.push({ start, end, cls: mine ? "evidence" : "evidence-other", title: mine ? "evidence of this event" : `evidence of ${other.id}` });
      }
    }
    // this event's spans first, so they win where events share a sentence
    spans.sort((a, b) => (a.cls === "evidence" ? 0 : 1) - (b.cls === "evidence" ? 0 : 1));
    const mineFirst = [];
    for (const s of spans) {
      if (mineFirst.some((m) => m.start < s.end && s.start < m.end)) continue;
      mineFirst.push(s);
    }
    const original = webUrl(article.url);
    const body = el("div", { class: "article-text", "data-testid": "article-text" });
    body.appendChild(highlightedText(article.text, mineFirst));
    return el("section", {},
      el("h2", { text: "The article" }),
      el("p", { class: "muted" },
        article.source || "", article.published ? ` · ${article.published}` : "",
        original ? " · " : "", original ? el("a", { href: original, rel: "noopener noreferrer", text: "original" }) : ""),
      el("p", { class: "legend" }, el("mark", { class: "evidence", text: "this event's evidence" }), " ",
        el("mark", { class: "evidence-other", text: "other events in the article" })),
      body);
  }

  /** The story this report belongs to, in brief; the whole comparison is on the story page. */
  function storySection(ev, story) {
    const reports = story.reports;
    const others = reports.filter((r) => r.id !== ev.id);
    const list = story.contradiction_list.length
      ? el("ul", { class: "contradictions", "data-testid": "contradictions" },
        story.contradiction_list.map((c) => el("li", {}, el("strong", { text: `${label(c.kind)}: ` }), c.detail)))
      : el("p", { class: "muted", text: "The reports agree: no contradictions found." });
    const fat = (story.reconciled || {}).fatalities || {};
    return el("section", { "data-testid": "story" },
      el("h2", { text: `The story: ${fmt(reports.length)} report${reports.length === 1 ? "" : "s"}, ${fmt(story.corroboration)} independent source${story.corroboration === 1 ? "" : "s"}` }),
      el("p", {}, `Reconciled: ${story.date_start || "undated"}${story.date_end && story.date_end !== story.date_start ? " – " + story.date_end : ""}, ` +
        `${story.location || "place unknown"}, killed ${fmt(fat.best)}` + (fat.low !== undefined && fat.low !== null && fat.low !== fat.high ? ` (range ${fmt(fat.low)}–${fmt(fat.high)})` : "")),
      list,
      others.length ? el("p", {}, "Also reported by: ", others.map((r, i) => el("span", {}, i ? ", " : "", el("a", { href: eventUrl(r.id), text: outletOf(r) || r.id })))) : null,
      el("p", {}, el("a", { href: storyUrl(story.id), "data-testid": "story-link", text: "Compare every source's figures and blame on the story page →" })),
    );
  }

  async function load() {
    try {
      const ev = await api("/api/events/" + encodeURIComponent(eventId));
      document.title = `${label(ev.event_type)} · ${ev.location || ""} · wardesk`;
      clear(main);
      main.appendChild(el("h1", { text: `${label(ev.event_type)} — ${ev.location || "place unknown"}, ${dateText(ev)}` }));
      main.appendChild(el("section", {}, el("h2", { text: "Fields" }), fieldsTable(ev)));
      main.appendChild(el("section", {}, el("h2", { text: "Who says what" }), claimsTable(ev.record.claims),
        el("h3", { text: "Sources" }), sourcesList(ev.record.sources)));
      const [article, story] = await Promise.all([
        api("/api/articles/" + encodeURIComponent(ev.article_id)),
        ev.story_id ? api("/api/stories/" + encodeURIComponent(ev.story_id)) : Promise.resolve(null),
      ]);
      main.appendChild(articleSection(ev, article));
      if (story) main.appendChild(storySection(ev, story));
    } catch (err) {
      showError(main, err);
    }
  }

  load();
})();
