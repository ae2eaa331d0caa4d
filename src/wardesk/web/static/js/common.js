/* wardesk dashboard: helpers shared by every page.
 * Text from the database or from a pasted article only ever enters the page
 * through textContent / createTextNode (never innerHTML), so it is always escaped. */
"use strict";

const Wardesk = (() => {
  const FAMILY_COLOURS = {
    explosions_remote_violence: "#d95f02",
    battles: "#7570b3",
    violence_against_civilians: "#e7298a",
    other: "#66a61e",
  };
  const FAMILY_LABELS = {
    explosions_remote_violence: "Explosions / remote violence",
    battles: "Battles",
    violence_against_civilians: "Violence against civilians",
    other: "Other",
  };
  const EVENT_TYPES = [
    "air_strike", "missile_artillery", "remote_explosive", "suicide_bomb", "chemical_weapon",
    "armed_clash", "territory_change", "attack_on_civilians", "abduction", "other",
  ];
  /* The filters the dashboard understands, as they appear in the URL and in /api. */
  const FILTER_KEYS = ["since", "until", "type", "actor", "country", "admin1", "outlet", "min_corroboration", "q", "background"];
  const NUMBER = new Intl.NumberFormat("en");

  /** A count with thousands separators ("1,234"); "–" for none. */
  function fmt(n) {
    return n === null || n === undefined || n === "" || Number.isNaN(Number(n)) ? "–" : NUMBER.format(Number(n));
  }

  /** A link target only when it is http(s) (or on this site): an article's URL comes from its input
   *  and may be javascript: or data:, which must never become a clickable link; null otherwise. */
  function webUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /** An element with attributes and children (strings become text nodes); an href or src that is not
   *  http(s) is left out. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if ((k === "href" || k === "src") && webUrl(String(v)) === null) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = String(v);
      else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function colour(family) {
    return FAMILY_COLOURS[family] || "#888888";
  }

  function label(value) {
    return value === null || value === undefined || value === "" ? "–" : String(value).replace(/_/g, " ");
  }

  function fatalities(ev) {
    if (ev.fatalities_best === null || ev.fatalities_best === undefined) return "–";
    const lo = ev.fatalities_low, hi = ev.fatalities_high;
    if (lo !== null && hi !== null && lo !== undefined && hi !== undefined && (lo !== ev.fatalities_best || hi !== ev.fatalities_best)) {
      return `${fmt(ev.fatalities_best)} (${fmt(lo)}–${fmt(hi)})`;
    }
    return fmt(ev.fatalities_best);
  }

  /** The outlet as people know it (the API's outlet_name), else the source as stored. */
  function outletOf(ev) {
    return (ev && (ev.outlet_name || ev.outlet)) || null;
  }

  function dateText(ev) {
    if (!ev.date_start) return "undated";
    if (ev.date_end && ev.date_end !== ev.date_start) return `${ev.date_start} – ${ev.date_end}`;
    return ev.date_start;
  }

  /** The dashboard filters in the current URL. */
  function filtersFromUrl() {
    const params = new URLSearchParams(window.location.search);
    const out = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) out[k] = v;
    }
    return out;
  }

  function query(params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== "") qs.set(k, String(v));
    }
    return qs.toString();
  }

  /** GET or POST /api/...; resolves to JSON, rejects with the API's error (an RFC 9457 problem: its detail). */
  async function api(path, options) {
    const resp = await fetch(path, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
    let body = null;
    try {
      body = await resp.json();
    } catch (e) {
      body = null;
    }
    if (!resp.ok) {
      // RFC 9457 problem details: the detail says what was wrong
      const msg = (body && (body.detail || body.title)) || `HTTP ${resp.status}`;
      const err = new Error(msg);
      err.status = resp.status;
      throw err;
    }
    return body;
  }

  function eventUrl(id) {
    return "/event/" + encodeURIComponent(id);
  }

  function storyUrl(id) {
    return "/story/" + encodeURIComponent(id);
  }

  function actorUrl(name) {
    return "/actor/" + encodeURIComponent(name);
  }

  /** The page of a country, a province, or a town in a province. */
  function placeUrl(country, admin1, location) {
    if (!country) return null;
    let url = "/place/" + encodeURIComponent(country);
    if (admin1) url += "/" + encodeURIComponent(admin1);
    if (admin1 && location && location !== admin1) url += "?location=" + encodeURIComponent(location);
    return url;
  }

  /** A link when there is somewhere to go, else the bare text. */
  function link(href, text, attrs) {
    return href ? el("a", Object.assign({ href, text }, attrs || {})) : document.createTextNode(text);
  }

  /** "Town, Province, CC" with each part linked to its place page. */
  function placeLinks(loc, admin1, country) {
    const parts = [];
    if (loc && loc !== admin1) parts.push(link(placeUrl(country, admin1, loc), loc));
    if (admin1) parts.push(link(placeUrl(country, admin1), admin1));
    if (country) parts.push(link(placeUrl(country), country));
    if (!parts.length) return document.createTextNode("–");
    const frag = document.createDocumentFragment();
    parts.forEach((p, i) => {
      if (i) frag.appendChild(document.createTextNode(", "));
      frag.appendChild(p);
    });
    return frag;
  }

  /** Actor names, each linked to its actor page. */
  function actorLinks(names) {
    if (!names || !names.length) return document.createTextNode("–");
    const frag = document.createDocumentFragment();
    names.forEach((n, i) => {
      if (i) frag.appendChild(document.createTextNode(", "));
      frag.appendChild(el("a", { href: actorUrl(n), text: n }));
    });
    return frag;
  }

  /**
   * The article text as text nodes, with [start, end) spans (code-point offsets, as the API gives them)
   * wrapped in <mark>. ``spans``: [{start, end, cls, title}]; overlapping spans are merged by order.
   */
  function highlightedText(text, spans) {
    const chars = Array.from(text || "");
    const sorted = (spans || [])
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const s of sorted) {
      const start = Math.max(s.start, pos);
      const end = Math.min(s.end, chars.length);
      if (end <= start) continue;
      if (start > pos) frag.appendChild(document.createTextNode(chars.slice(pos, start).join("")));
      const mark = el("mark", { class: s.cls || "evidence", title: s.title || null });
      mark.textContent = chars.slice(start, end).join("");
      frag.appendChild(mark);
      pos = end;
    }
    if (pos < chars.length) frag.appendChild(document.createTextNode(chars.slice(pos).join("")));
    return frag;
  }

  /** A claim as words: "at least 31", "23–30", or for a claim of responsibility "accuses Russia". */
  function claimValue(c) {
    if (c.what === "responsibility" || c.value === null || c.value === undefined) {
      return [c.stance, c.actor].filter(Boolean).join(" ") || "–";
    }
    let v = c.low !== null && c.high !== null && c.low !== undefined && c.high !== undefined && c.low !== c.high
      ? `${c.low}–${c.high}` : String(c.value);
    if (c.qualifier) v = `${c.qualifier.replace(/_/g, " ")} ${v}`;
    return v;
  }

  /** A table that becomes one card per row on a phone: each cell carries its column's name (CSS shows it). */
  function responsive(table) {
    table.classList.add("responsive");
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    for (const tr of table.querySelectorAll("tbody tr")) {
      [...tr.children].forEach((td, i) => { if (heads[i]) td.setAttribute("data-label", heads[i]); });
    }
    return table;
  }

  /** The "who says what" table of an event's claims. */
  function claimsTable(claims) {
    if (!claims || !claims.length) return el("p", { class: "muted", text: "No figures claimed." });
    return responsive(el("table", { class: "grid claims", "data-testid": "claims-table" },
      el("thead", {}, el("tr", {}, ["Who says", "What", "How many", "Their words"].map((h) => el("th", { text: h })))),
      el("tbody", {}, claims.map((c) => el("tr", {},
        el("td", { text: c.source || "(unattributed)" }),
        el("td", { text: label(c.what) }),
        el("td", { class: "num", text: claimValue(c) }),
        el("td", { class: "quote", text: c.text || "" }),
      ))),
    ));
  }

  function sourcesList(sources) {
    if (!sources || !sources.length) return el("p", { class: "muted", text: "No sources named." });
    return el("ul", { class: "sources" }, sources.map((s) => el("li", {},
      el("strong", { text: s.name }),
      s.organization && s.organization !== s.name ? ` (${s.organization})` : "",
      ` ${s.verb ? s.verb.replace(/_/g, " ") : "said"}`,
      s.via ? `, via ${s.via}` : "",
    )));
  }

  function showError(target, err) {
    clear(target).appendChild(el("div", { class: "error", role: "alert", text: err.message || String(err) }));
  }

  return {
    FAMILY_COLOURS, FAMILY_LABELS, EVENT_TYPES, FILTER_KEYS,
    el, clear, colour, label, fmt, fatalities, outletOf, dateText, filtersFromUrl, query, api, eventUrl, storyUrl, webUrl,
    actorUrl, placeUrl, link, placeLinks, actorLinks, highlightedText, claimValue, claimsTable, responsive, sourcesList, showError,
  };
})();
