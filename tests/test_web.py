"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against the real app
served by uvicorn on 127.0.0.1. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from store_helpers import write_jsonl
from test_api_fixtures import build_demo_db
from web_articles import records

CHROMIUM = os.environ.get("WARDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
TOKEN = "web-test-token"
#: Our own article, with markup that must show as text and never run.
XSS_ARTICLE = (
    "<script>alert(1)</script> Government air strikes killed 12 civilians in the town of Saraqeb in Idlib "
    "province on Monday, the Syrian Observatory for Human Rights said. <img src=x onerror=alert(2)> "
    "Rescue workers said the death toll could rise as more bodies were pulled from the rubble of a market."
)

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[dev]')"
)
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM}: install Debian's (apt-get install -y chromium) or set WARDESK_CHROMIUM",
        allow_module_level=True,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _desk_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The FA-KES demo database plus our own desk articles (one strike told by two outlets, ...)."""
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    folder = tmp_path_factory.mktemp("web-db")
    db = folder / "web.db"
    shutil.copyfile(build_demo_db(tmp_path_factory), db)
    with Store(str(db)) as store:
        Ingester(store).run([str(write_jsonl(folder / "desk.jsonl", records()))])
    return str(db)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    import uvicorn

    from wardesk.api import create_app

    app = create_app(_desk_db(tmp_path_factory), token=TOKEN)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.page_errors = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.page_errors.append(str(e)))
    yield pg
    context.close()


def _shot(page, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _counts(page) -> dict[str, int]:  # noqa: ANN001
    return {
        k: int(page.get_attribute(f"[data-testid=count-{k}]", "data-count") or -1)
        for k in ("map", "timeline", "table")
    }


def _wait_loaded(page) -> None:  # noqa: ANN001
    # functions, not expression strings: the page's CSP forbids eval, which string predicates need
    page.wait_for_function(
        "() => document.querySelector('[data-testid=count-table]').dataset.count !== undefined"
    )
    page.wait_for_function("() => document.getElementById('status').textContent === ''")


def _table_rows(page) -> list[dict[str, str]]:  # noqa: ANN001
    """The event table's visible rows as {column: text}."""
    return page.evaluate(
        """() => [...document.querySelectorAll('#events-body tr')].map(tr =>
            Object.fromEntries([...tr.children].map(td => [td.dataset.label, td.textContent])))"""
    )


def _story_id(server: str) -> str:
    """The story of our desk strike: two outlets, different tolls, different blame."""
    import httpx

    ev = httpx.get(f"{server}/api/events/desk-strike-a:0").json()
    assert ev["story_id"] and ev["corroboration"] == 2
    return ev["story_id"]


def test_web_dashboard_shows_clusters_legend_timeline_and_table(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/")
    _wait_loaded(page)
    page.wait_for_selector(".event-cluster", state="attached")
    counts = _counts(page)
    assert page.locator(".event-cluster").count() >= 1 and counts["map"] >= 1
    # clusters, not overlapping circles: each says how many events it holds
    held = [int(t.replace(",", "")) for t in page.locator(".event-cluster .cluster-count").all_inner_texts()]
    assert max(held) >= 2 and sum(held) <= counts["map"]
    legend = page.locator("[data-testid=map-legend]")
    assert legend.is_visible()
    for words in ("Battles", "Violence against civilians", "Size: killed"):
        assert words in legend.inner_text()
    page.wait_for_selector(".place-label-text", state="attached")  # town labels from the gazetteer
    assert counts["timeline"] == counts["table"] >= counts["map"]
    assert page.locator("[data-testid=timeline-chart] canvas").count() == 1
    assert page.locator("[data-testid=multiple]").count() >= 2
    assert page.locator("#events-body tr").count() == min(counts["table"], 100)
    _shot(page, "dashboard")
    assert page.page_errors == []


def test_web_filter_changes_map_timeline_and_table_and_lives_in_the_url(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/")
    _wait_loaded(page)
    before = _counts(page)
    page.select_option("#f-type", "battles")
    page.click("#apply")
    page.wait_for_function(
        "(n) => document.querySelector('[data-testid=count-table]').dataset.count !== n",
        arg=str(before["table"]),
    )
    _wait_loaded(page)
    after = _counts(page)
    assert "type=battles" in page.url
    assert after["table"] < before["table"] and after["timeline"] == after["table"]
    assert after["map"] < before["map"]
    # the URL alone restores the view (a shared link)
    page.goto(page.url)
    _wait_loaded(page)
    assert _counts(page) == after
    assert page.input_value("#f-type") == "battles"


def test_web_timeline_axis_follows_the_date_filter(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/?since=2016-01-01&until=2016-12-31")
    _wait_loaded(page)
    box = page.locator("#timeline")
    assert (box.get_attribute("data-from"), box.get_attribute("data-to")) == ("2016-01-01", "2016-12-31")
    assert box.get_attribute("data-bucket") == "week"  # a year: weeks; the whole corpus (years): months
    dates = [r["Date"][:10] for r in _table_rows(page)]
    assert dates and all("2016-01-01" <= d <= "2016-12-31" for d in dates)


def test_web_brush_on_the_timeline_sets_the_dates_and_narrows_the_table(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/?since=2016-01-01&until=2016-12-31")
    _wait_loaded(page)
    before = _counts(page)
    over = page.locator("#timeline .u-over").bounding_box()
    y = over["y"] + over["height"] / 2
    # drag across the first half of 2016
    page.mouse.move(over["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(over["x"] + over["width"] * 0.5, y, steps=8)
    page.mouse.up()
    page.wait_for_function(
        "(n) => document.querySelector('[data-testid=count-table]').dataset.count !== n",
        arg=str(before["table"]),
    )
    _wait_loaded(page)
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert "2016-01-01" <= since < until <= "2016-07-15" and f"until={until}" in page.url
    after = _counts(page)
    assert 0 < after["table"] < before["table"]
    assert all(since <= r["Date"][:10] <= until for r in _table_rows(page))
    _shot(page, "dashboard-brushed")


def test_web_table_sorts_and_filters_by_province_and_corroboration(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/")
    _wait_loaded(page)
    page.click("#events-table th[data-sort=killed] button")
    killed = [r["Killed"].split(" ")[0].replace(",", "") for r in _table_rows(page)]
    numbers = [int(k) for k in killed if k.isdigit()]
    assert numbers == sorted(numbers, reverse=True) and numbers[0] >= 1000
    assert "," in _table_rows(page)[0]["Killed"]  # thousands separators
    page.fill("#f-admin1", "Idlib")
    page.select_option("#f-min-corroboration", "2")
    page.click("#apply")
    page.wait_for_function("() => document.querySelector('[data-testid=count-table]').dataset.count === '2'")
    rows = _table_rows(page)
    assert {r["Outlet"] for r in rows} == {"Reuters", "Al Jazeera"}
    assert all("Idlib" in r["Place"] for r in rows)


def test_web_story_page_shows_the_reconciled_event_and_a_row_per_source(server: str, page) -> None:  # noqa: ANN001
    page.goto(f"{server}/story/{_story_id(server)}")
    page.wait_for_selector("[data-testid=source-rows]")
    summary = page.locator("[data-testid=story-summary]").inner_text()
    # the median of two sources is the lower of the two figures, never a midpoint nobody reported
    assert "23 (23–31)" in summary and "Idlib" in summary
    rows = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid=source-rows] tbody tr')].map(tr =>
            Object.fromEntries([...tr.children].map(td => [td.dataset.label, td.textContent])))"""
    )
    # one row per source and claimant: an outlet's quoted figure and its own reading may be two rows
    by_outlet: dict[str, dict[str, str]] = {}
    for r in rows:
        merged = by_outlet.setdefault(r["Outlet"], {})
        for k, v in r.items():
            merged[k] = merged.get(k, "") + " " + v
    assert set(by_outlet) == {"Reuters", "Al Jazeera"}
    assert "23" in by_outlet["Reuters"]["Figure"] and "Russia" in by_outlet["Reuters"]["Blames"]
    assert "31" in by_outlet["Al Jazeera"]["Figure"] and "Syria" in by_outlet["Al Jazeera"]["Blames"]
    assert "Maarat al-Numan" in by_outlet["Reuters"]["Sentence"]
    assert page.locator("[data-testid=contradictions] li").count() == 2
    assert page.locator("[data-testid=report-card]").count() == 2
    assert page.locator("[data-testid=tolls-chart] canvas").count() == 1
    page.wait_for_selector("[data-testid=story-map] path.event-marker", state="attached")
    _shot(page, "story")
    assert page.page_errors == []


def test_web_event_page_shows_evidence_claims_and_links_the_story(server: str, page) -> None:  # noqa: ANN001
    import httpx

    target = httpx.get(f"{server}/api/events/desk-strike-b:0").json()
    page.goto(f"{server}/event/{target['id']}")
    page.wait_for_selector("[data-testid=claims-table]")
    page.wait_for_selector("[data-testid=article-text] mark.evidence")
    marks = page.locator("[data-testid=article-text] mark.evidence").all_text_contents()
    assert target["evidence"][0]["text"] in marks
    rows = page.locator("[data-testid=claims-table] tbody tr").count()
    assert rows == len(target["record"]["claims"])
    page.wait_for_selector("[data-testid=story-link]")
    assert page.get_attribute("[data-testid=story-link]", "href") == f"/story/{target['story_id']}"
    _shot(page, "event")
    assert page.page_errors == []


@pytest.mark.parametrize(
    ("path", "heading", "listed"),
    [
        ("/actor/Islamic%20State", "Islamic State", "Raqqa"),
        ("/place/SY/Idlib", "Idlib, SY", "Civilians"),
    ],
)
def test_web_actor_and_place_pages(server: str, page, path: str, heading: str, listed: str) -> None:  # noqa: ANN001
    import httpx

    page.goto(server + path)
    page.wait_for_selector("[data-testid=profile-stories]")
    assert heading in page.inner_text("h1")
    assert page.locator("[data-testid=months-chart] canvas").count() == 1
    assert listed in page.inner_text("main")
    api_path = path.replace("/actor/", "/api/actors/").replace("/place/", "/api/places/")
    prof = httpx.get(server + api_path).json()
    assert page.locator("[data-testid=profile-stories] tbody tr").count() == len(prof["stories"])
    _shot(page, "actor" if "actor" in path else "place")
    assert page.page_errors == []


def test_web_paste_box_extracts_without_a_token_and_renders_markup_as_text(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/paste")
    page.fill("#p-text", XSS_ARTICLE)
    page.fill("#p-published", "2017-03-14")
    page.click("#p-submit")
    page.wait_for_selector("[data-testid=extracted-event], #result .error", timeout=60_000)
    assert page.locator("#result .error").count() == 0, page.text_content("#result .error")
    status = page.text_content("[data-testid=paste-status]") or ""
    assert "not stored" in status
    text = page.text_content("[data-testid=article-text]") or ""
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(2)>" in text
    assert page.locator("[data-testid=article-text] script, [data-testid=article-text] img").count() == 0
    assert page.locator("[data-testid=article-text] mark.evidence").count() >= 1
    assert "Saraq" in (page.text_content("[data-testid=extracted-event]") or "")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    _shot(page, "paste-xss")


def test_web_paste_box_storing_without_token_shows_the_error(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/paste")
    page.fill("#p-text", XSS_ARTICLE)
    page.check("#p-store")
    page.click("#p-submit")
    page.wait_for_selector("#result .error")
    assert "token" in (page.text_content("#result .error") or "")


def test_web_pages_fit_a_390px_phone(server: str, browser) -> None:  # noqa: ANN001
    """Every page at 390 px: no sideways scrolling of the page (tables turn into cards)."""
    story = _story_id(server)
    pages = {
        "dashboard": ("/", "[data-testid=timeline-chart]"),
        "story": (f"/story/{story}", "[data-testid=source-rows]"),
        "event": ("/event/desk-strike-a:0", "[data-testid=story-link]"),
        "actor": ("/actor/Islamic%20State", "[data-testid=profile-stories]"),
        "place": ("/place/SY/Idlib", "[data-testid=profile-stories]"),
        "paste": ("/paste", "#p-text"),
    }
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    try:
        pg = context.new_page()
        for name, (path, ready) in pages.items():
            pg.goto(server + path)
            pg.wait_for_selector(ready, state="attached")
            pg.wait_for_timeout(300)  # charts size themselves to their boxes
            widths = pg.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert widths[0] <= widths[1], f"{name} scrolls sideways at 390 px: {widths}"
            SHOTS.mkdir(parents=True, exist_ok=True)
            # the dashboard's 60 table cards make a very long page: its first screens are enough
            clip = {"x": 0, "y": 0, "width": 390, "height": 2600} if name == "dashboard" else None
            pg.screenshot(path=str(SHOTS / f"{name}-390.png"), full_page=True, clip=clip)
    finally:
        context.close()


def test_web_api_reference_renders_from_local_assets(server: str, page) -> None:  # noqa: ANN001
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path", state="attached")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    assert outside == [] and blocked == [] and page.page_errors == []
    _shot(page, "docs")
