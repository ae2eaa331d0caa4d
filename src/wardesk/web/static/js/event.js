/* The event page: every field, who says what, the article with the evidence highlighted, the story. */
"use strict";

(() => {
  const { el, clear, api, label, fatalities, dateText, eventUrl, webUrl, highlightedText, claimsTable, sourcesList, showError } = Wardesk;
  const main = document.getElementById("event");
  const eventId = decodeURIComponent(window.location.pathname.replace(/^\/event\//, ""));

  function fieldsTable(ev) {
    const rec = ev.record;
    const loc = (rec.locations || []).map((l) =>
      [l.name, l.admin1 && l.admin1 !== l.name ? l.admin1 : null, l.country].filter(Boolean).join(", ") + ` (${l.precision})`);
    const rows = [
      ["Type", `${label(rec.event_type)} · ${label(ev.family)} · ${rec.kind}`],
      ["Date", `${dateText(ev)} (${rec.date.precision})` + (rec.date.text ? ` — “${rec.date.text}”` : "")],
      ["Place", loc.join("; ") || "unknown"],
      ["Coordinates", ev.lat !== null && ev.lat !== undefined ? `${ev.lat}, ${ev.lon}` : "–"],
      ["Initiators", (rec.initiators || []).map((a) => `${a.name} (${label(a.type)})`).join(", ") || "–"],
      ["Targets", (rec.targets || []).map((a) => `${a.name} (${label(a.type)})`).join(", ") || "–"],
      ["Weapons", (rec.weapons || []).join(", ") || "–"],
      ["Killed", fatalities(ev)],
      ["Injured", rec.injuries.best ?? "–"],
      ["Background", rec.background ? "yes (an earlier event the article recalls)" : "no"],
      ["Confidence", rec.confidence],
      ["Outlet", ev.outlet || "–"],
      ["Published", ev.published || "–"],
      ["Article", ev.article.title || ev.article.id],
      ["Story", ev.story ? `${ev.story.id}: ${ev.story.report_ids.length} reports, ${ev.story.corroboration} independent sources` : "not linked"],
    ];
    const table = el("table", { class: "fields", "data-testid": "fields-table" },
      el("tbody", {}, rows.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v })))));
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

  function storySection(ev, story) {
    const reports = story.reports;
    const conflicted = new Map(); // report id -> kinds
    for (const c of story.contradiction_list) {
      for (const rid of c.report_ids || []) {
        if (!conflicted.has(rid)) conflicted.set(rid, new Set());
        conflicted.get(rid).add(c.kind);
      }
    }
    const fieldRows = [
      ["Outlet", (r) => r.outlet || "–", null],
      ["Published", (r) => r.published || "–", null],
      ["Type", (r) => label(r.event_type), null],
      ["Date", (r) => dateText(r), null],
      ["Place", (r) => r.location || "–", null],
      ["Killed", (r) => fatalities(r), "fatalities"],
      ["Initiators", (r) => (r.initiators || []).join(", ") || "–", "initiator"],
      ["Targets", (r) => (r.targets || []).join(", ") || "–", null],
      ["Sources", (r) => (r.record.sources || []).map((s) => `${s.name} (${s.verb})`).join("; ") || "–", "denial"],
      ["Claims", (r) => (r.record.claims || []).map((c) => `${c.source || "?"}: ${c.what} ${c.value}`).join("; ") || "–", null],
    ];
    const head = el("tr", {}, el("th", { text: "" }), reports.map((r) =>
      el("th", { class: r.id === ev.id ? "current" : "" },
        r.id === ev.id ? el("span", { text: `${r.id} (this report)` }) : el("a", { href: eventUrl(r.id), text: r.id }))));
    const body = fieldRows.map(([name, get, kind]) => el("tr", {}, el("th", { text: name }), reports.map((r) => {
      const bad = kind && conflicted.has(r.id) && conflicted.get(r.id).has(kind);
      return el("td", { class: bad ? "contradiction" : "", title: bad ? `contradiction: ${kind}` : null },
        bad ? el("span", { class: "flag", text: "⚠ " }) : "", get(r));
    })));
    const list = story.contradiction_list.length
      ? el("ul", { class: "contradictions", "data-testid": "contradictions" },
        story.contradiction_list.map((c) => el("li", {}, el("strong", { text: `${c.kind}: ` }), c.detail)))
      : el("p", { class: "muted", text: "The reports agree: no contradictions found." });
    const rec = story.reconciled || {};
    const fat = rec.fatalities || {};
    return el("section", { "data-testid": "story" },
      el("h2", { text: `The story: ${reports.length} report${reports.length === 1 ? "" : "s"}, ${story.corroboration} independent source${story.corroboration === 1 ? "" : "s"}` }),
      el("p", {}, `Reconciled: ${story.date_start || "undated"}${story.date_end && story.date_end !== story.date_start ? " – " + story.date_end : ""}, ` +
        `${story.location || "place unknown"}, killed ${fat.best ?? "–"}` + (fat.low !== undefined && fat.low !== null ? ` (range ${fat.low}–${fat.high})` : "")),
      list,
      el("div", { class: "scroll" }, el("table", { class: "grid side-by-side", "data-testid": "story-table" }, el("thead", {}, head), el("tbody", {}, body))),
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
