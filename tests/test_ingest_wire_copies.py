"""One wire story carried word for word by two outlets is two reports of one story, one source.

Until round 20 the second outlet's copy was dropped at ingest as a content duplicate, so its outlet
never reached the story, and a benchmark of contested stories lost every link that copy should make.
The same text again from the *same* outlet stays a duplicate (ingestion is idempotent).
"""

from __future__ import annotations

from sqlalchemy import select

from store_helpers import write_jsonl
from wardesk.api.queries import get_story
from wardesk.flows.ingest import Ingester
from wardesk.store import Store
from wardesk.store import schema as s
from wardesk.store.db import same_outlet

WIRE = (
    "Gunmen on motorcycles killed seven villagers on Tuesday in an attack on the market of Dakoro, "
    "near the southern border, the regional governor said on Wednesday. Four more were wounded "
    "and taken to the district hospital. No group has claimed the attack, which residents blamed on "
    "bandits who have raided farms in the area since the rainy season began."
)


def _records() -> list[dict]:
    return [
        {
            "id": "north-courier-1",
            "source": "Northern Courier (AFP)",
            "published": "2024-08-14",
            "text": WIRE,
        },
        {"id": "coastal-times-1", "source": "Coastal Times (AFP)", "published": "2024-08-14", "text": WIRE},
        # the first outlet's own text again under another id: a duplicate, not a third report
        {
            "id": "north-courier-2",
            "source": "northern courier (afp)",
            "published": "2024-08-14",
            "text": WIRE,
        },
    ]


def test_ingest_stores_another_outlets_copy_as_a_near_duplicate_in_one_story(tmp_path) -> None:
    corpus = write_jsonl(tmp_path / "wire.jsonl", _records())
    with Store(str(tmp_path / "w.db")) as store:
        stats = Ingester(store).run([str(corpus)])
        assert (stats.new, stats.near_duplicates, stats.duplicates, stats.failed) == (2, 1, 1, 0)
        with store.engine.connect() as conn:
            near = dict(conn.execute(select(s.articles.c.id, s.articles.c.near_dup_of)).all())
            assert near == {"north-courier-1": None, "coastal-times-1": "north-courier-1"}
            stories = conn.execute(
                select(s.events.c.article_id, s.events.c.story_id).where(s.events.c.ordinal == 0)
            ).all()
            by_article = dict(stories)
            assert by_article["north-courier-1"] == by_article["coastal-times-1"] is not None
            story = get_story(conn, by_article["north-courier-1"])
        assert story is not None
        assert story["corroboration"] == 1  # a wire story and its copy are one source
        again = Ingester(store).run([str(corpus)])
        assert (again.new, again.failed) == (0, 0)


def test_same_outlet_reads_names_loosely_and_a_missing_outlet_as_the_same() -> None:
    assert same_outlet("Coastal Times", "  coastal   TIMES ")
    assert not same_outlet("Coastal Times (AFP)", "Northern Courier (AFP)")
    assert same_outlet(None, "Coastal Times") and same_outlet("Coastal Times", "")
