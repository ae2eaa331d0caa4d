"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against the real app
served by uvicorn on 127.0.0.1. Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from test_api_fixtures import build_demo_db

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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    import uvicorn

    from wardesk.api import create_app

    app = create_app(build_demo_db(tmp_path_factory), token=TOKEN)
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


def test_web_dashboard_shows_markers_timeline_and_table(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/")
    _wait_loaded(page)
    page.wait_for_selector(".event-marker, .event-cluster", state="attached")
    markers = page.locator(".event-marker").count() + page.locator(".event-cluster").count()
    counts = _counts(page)
    assert markers >= 1 and counts["map"] >= 1
    assert counts["timeline"] == counts["table"] >= counts["map"]
    assert page.locator("#timeline svg rect").count() >= 1
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
    _shot(page, "dashboard-filtered")
    # the URL alone restores the view (a shared link)
    page.goto(page.url)
    _wait_loaded(page)
    assert _counts(page) == after
    assert page.input_value("#f-type") == "battles"


def test_web_event_page_shows_evidence_claims_and_story(server: str, page) -> None:  # noqa: ANN001
    import httpx

    items = httpx.get(server + "/api/events", params={"limit": 500}).json()["items"]
    target = None
    for ev in items:
        detail = httpx.get(f"{server}/api/events/{ev['id']}").json()
        if detail["record"]["claims"] and detail["evidence"] and detail["story_id"]:
            target = detail
            break
    assert target is not None
    page.goto(f"{server}/event/{target['id']}")
    page.wait_for_selector("[data-testid=claims-table]")
    page.wait_for_selector("[data-testid=article-text] mark.evidence")
    marks = page.locator("[data-testid=article-text] mark.evidence").all_text_contents()
    assert target["evidence"][0]["text"] in marks
    rows = page.locator("[data-testid=claims-table] tbody tr").count()
    assert rows == len(target["record"]["claims"])
    page.wait_for_selector("[data-testid=story-table]")
    assert (
        page.locator("[data-testid=story-table] thead th").count() == len(target["story"]["report_ids"]) + 1
    )
    _shot(page, "event")
    assert page.page_errors == []


def test_web_paste_box_extracts_and_renders_markup_as_text(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/paste")
    page.fill("#p-token", TOKEN)
    page.fill("#p-text", XSS_ARTICLE)
    page.fill("#p-published", "2017-03-14")
    page.click("#p-submit")
    page.wait_for_selector("[data-testid=extracted-event]", timeout=60_000)
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


def test_web_paste_box_without_token_shows_the_error(server: str, page) -> None:  # noqa: ANN001
    page.goto(server + "/paste")
    page.fill("#p-text", XSS_ARTICLE)
    page.click("#p-submit")
    page.wait_for_selector("#result .error")
    assert "bearer token" in (page.text_content("#result .error") or "")


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
