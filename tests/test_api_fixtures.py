"""The demo database of the API and browser tests: 15 FA-KES rows ingested once per test session.

Built once and shared by tests/test_api*.py and tests/test_web*.py (a module-level
memo, since a session fixture imported into two modules would be built twice).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store_helpers import write_fakes_csv

#: FA-KES rows ingested: enough for stories, several types and outlets, small enough for CI.
N_ROWS = 15
_built: dict[str, str] = {}


def build_demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The path of a SQLite database holding N_ROWS FA-KES articles, ingested, deduplicated and linked."""
    if "db" not in _built:
        from wardesk.flows.ingest import Ingester
        from wardesk.store import Store

        folder: Path = tmp_path_factory.mktemp("api-db")
        csv_path = write_fakes_csv(folder / "fakes15.csv", N_ROWS)
        db = str(folder / "demo.db")
        with Store(db) as store:
            Ingester(store).run([str(csv_path)])
        _built["db"] = db
    return _built["db"]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_demo_db(tmp_path_factory)


def test_api_fixtures_demo_db_has_events(demo_db: str) -> None:
    from wardesk.store import Store

    with Store(demo_db) as store:
        counts = store.counts()
    assert counts["articles"] >= 10
    assert counts["events"] >= 10
    assert counts["stories"] >= 1
