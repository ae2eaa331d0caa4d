/* The paste box: show what wardesk reads in an article. Text goes to POST /api/extract, which needs no
 * token and stores nothing; storing it (POST /api/articles) or fetching a URL needs the token, which lives
 * in sessionStorage (this tab only). */
"use strict";

(() => {
  const { el, clear, api, label, fatalities, dateText, eventUrl, highlightedText, claimsTable, sourcesList, showError } = Wardesk;
  const TOKEN_KEY = "wardesk-token";
  const form = document.getElementById("paste-form");
  const token = document.getElementById("p-token");
  const out = document.getElementById("result");
  const button = document.getElementById("p-submit");

  token.value = sessionStorage.getItem(TOKEN_KEY) || "";
  token.addEventListener("change", () => sessionStorage.setItem(TOKEN_KEY, token.value.trim()));

  function eventCard(ev, i, id) {
    const loc = (ev.locations || []).map((l) => [l.name, l.admin1 && l.admin1 !== l.name ? l.admin1 : null, l.country].filter(Boolean).join(", "));
    const summary = {
      date_start: ev.date.start, date_end: ev.date.end, fatalities_best: ev.fatalities.best,
      fatalities_low: ev.fatalities.low, fatalities_high: ev.fatalities.high,
    };
    return el("article", { class: "event-card", "data-testid": "extracted-event" },
      el("h3", {}, `${i + 1}. ${label(ev.event_type)}${ev.background ? " (background)" : ""}`,
        id ? el("a", { href: eventUrl(id), class: "small", text: " open" }) : ""),
      el("table", { class: "fields" }, el("tbody", {},
        [["Date", `${dateText(summary)} (${ev.date.precision})`], ["Place", loc.join("; ") || "unknown"],
          ["Initiators", (ev.initiators || []).map((a) => a.name).join(", ") || "–"],
          ["Targets", (ev.targets || []).map((a) => a.name).join(", ") || "–"],
          ["Killed", fatalities(summary)], ["Injured", ev.injuries.best ?? "–"],
          ["Confidence", ev.confidence]].map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v }))))),
      el("h4", { text: "Who says what" }), claimsTable(ev.claims),
      el("h4", { text: "Sources" }), sourcesList(ev.sources));
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    const body = {};
    for (const k of ["text", "url", "title", "source", "published"]) {
      const v = form.elements.namedItem(k).value.trim();
      if (v) body[k] = v;
    }
    const store = form.elements.namedItem("store").checked;
    clear(out).appendChild(el("p", { class: "status", text: "Reading… (the first article loads the language model, a few seconds)" }));
    button.disabled = true;
    try {
      const headers = { "Content-Type": "application/json", Accept: "application/json" };
      if (token.value.trim()) headers.Authorization = "Bearer " + token.value.trim();
      const res = await api(store ? "/api/articles?store=true" : "/api/extract", {
        method: "POST", headers, body: JSON.stringify(body),
      });
      clear(out);
      out.appendChild(el("p", { class: "status", "data-testid": "paste-status" },
        `${res.events.length} event${res.events.length === 1 ? "" : "s"} read from ${res.article_id}` +
        (res.stored ? " — stored in the database." : res.status === "extracted" ? " — not stored." : ` — ${res.status.replace(/_/g, " ")}.`)));
      const spans = [];
      res.events.forEach((ev, i) => (ev.evidence || []).forEach((s) => spans.push({ start: s.start, end: s.end, cls: "evidence", title: `event ${i + 1}` })));
      res.events.forEach((ev, i) => out.appendChild(eventCard(ev, i, res.event_ids[i])));
      const text = el("div", { class: "article-text", "data-testid": "article-text" });
      text.appendChild(highlightedText(res.text, spans));
      out.appendChild(el("section", {}, el("h2", { text: "The article, evidence highlighted" }), text));
    } catch (err) {
      showError(out, err);
    } finally {
      button.disabled = false;
    }
  });
})();
