/* Actor and place pages: events per month, their types, the places (of an actor) or the actors (of a
 * place), and the stories, each event counted once however many outlets told it. */
"use strict";

(() => {
  const { el, clear, api, query, label, fmt, colour, storyUrl, eventUrl, actorUrl, placeLinks,
    responsive, showError } = Wardesk;
  const main = document.getElementById("profile");
  const path = window.location.pathname;
  const params = new URLSearchParams(window.location.search);
  const parts = path.split("/").slice(2).map(decodeURIComponent);
  const isActor = path.startsWith("/actor/");
  const passOn = {}; // the date range and the other filters travel from page to page
  for (const k of ["since", "until", "background"]) if (params.get(k)) passOn[k] = params.get(k);

  function endpoint() {
    const qs = Object.assign({}, passOn);
    if (isActor) return `/api/actors/${encodeURIComponent(parts.join("/"))}?${query(qs)}`;
    if (params.get("location")) qs.location = params.get("location");
    return `/api/places/${parts.map(encodeURIComponent).join("/")}?${query(qs)}`;
  }

  function title(p) {
    if (isActor) return p.subject.name;
    return [p.subject.location, p.subject.admin1, p.subject.country].filter(Boolean).join(", ");
  }

  function countList(items, render, testid) {
    if (!items.length) return el("p", { class: "muted", text: "None." });
    return el("ol", { "data-testid": testid }, items.map((x) => el("li", {}, render(x))));
  }

  function storiesTable(stories) {
    if (!stories.length) return el("p", { class: "muted", text: "No events." });
    return responsive(el("table", { class: "grid", "data-testid": "profile-stories" },
      el("thead", {}, el("tr", {}, ["Date", "Type", "Place", "Killed", "Reports", "Outlets"].map((h) => el("th", { text: h })))),
      el("tbody", {}, stories.map((s) => {
        const swatch = el("span", { class: "swatch" });
        swatch.style.background = colour(s.family);
        return el("tr", {},
          el("td", { class: "nowrap" }, el("a", { href: s.story_id && s.reports > 1 ? storyUrl(s.story_id) : eventUrl(s.event_id), text: s.date_start || "undated" })),
          el("td", {}, swatch, label(s.event_type)),
          el("td", {}, placeLinks(s.location, s.admin1, s.country)),
          el("td", { class: "num", text: fmt(s.fatalities) }),
          el("td", { class: "num" }, s.story_id ? el("a", { href: storyUrl(s.story_id), text: fmt(s.reports) }) : fmt(s.reports)),
          el("td", { text: s.outlets.join(", ") || "–" }));
      }))));
  }

  function render(p) {
    const name = title(p);
    document.title = `${name} · wardesk`;
    clear(main);
    main.appendChild(el("h1", {}, el("span", { class: "muted", text: isActor ? "Actor: " : "Place: " }), name));
    const dashboard = "/?" + query(Object.assign({}, passOn, isActor ? { actor: p.subject.name }
      : { country: p.subject.country, admin1: p.subject.admin1 || "" }));
    main.appendChild(el("section", { "data-testid": "profile-summary" },
      el("div", { class: "figures" },
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(p.events) }), el("span", { class: "small", text: "events (each story once)" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(p.reports) }), el("span", { class: "small", text: "reports" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: fmt(p.fatalities) }), el("span", { class: "small", text: "killed (each story's largest toll)" })),
        el("div", { class: "figure" }, el("span", { class: "big", text: p.first_date ? `${p.first_date} – ${p.last_date}` : "undated" }), el("span", { class: "small", text: "first and last event" }))),
      el("p", {}, el("a", { href: dashboard, text: "See these events on the map and timeline →" }))));
    const chartBox = el("div", { class: "chart" });
    main.appendChild(el("section", {}, el("h2", { text: "Events per month" }), chartBox,
      el("p", { class: "small muted", text: "Bars: events (each story once); line: killed." })));
    WardeskCharts.months(chartBox, p.per_month);
    const types = countList(p.types, (t) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colour(t.family);
      return el("span", {}, swatch, `${label(t.event_type)} `, el("span", { class: "muted", text: fmt(t.events) }));
    }, "profile-types");
    const places = countList(p.places, (x) => el("span", {}, placeLinks(x.location, x.admin1, x.country),
      el("span", { class: "muted", text: ` ${fmt(x.events)} event${x.events === 1 ? "" : "s"}, ${fmt(x.fatalities)} killed` })), "profile-places");
    const self = isActor ? p.subject.name.toLowerCase() : null;
    const actors = countList(p.actors.filter((a) => a.name.toLowerCase() !== self), (a) => el("span", {},
      el("a", { href: actorUrl(a.name) + (Object.keys(passOn).length ? "?" + query(passOn) : ""), text: a.name }),
      el("span", { class: "muted", text: ` as ${a.role}, ${fmt(a.events)}` })), "profile-actors");
    main.appendChild(el("section", {}, el("div", { class: "lists" },
      el("div", {}, el("h2", { text: "Types" }), types),
      el("div", {}, el("h2", { text: isActor ? "Places" : "Towns and districts" }), places),
      el("div", {}, el("h2", { text: isActor ? "Other actors in these events" : "Actors" }), actors))));
    main.appendChild(el("section", {}, el("h2", { text: p.events > p.stories.length ? `Latest ${fmt(p.stories.length)} events` : "Events" }),
      storiesTable(p.stories)));
  }

  api(endpoint()).then(render).catch((err) => showError(main, err));
})();
