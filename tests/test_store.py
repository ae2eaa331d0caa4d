"""Store: schema and migrations, dedup (hash, MinHash near-duplicates), idempotent and resumable ingest, FTS, PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from sqlalchemy import func, select

from store_helpers import fakes_rows, pg_url, write_fakes_csv, write_jsonl
from wardesk.flows.ingest import Ingester
from wardesk.store import Store, resolve_url
from wardesk.store import schema as s
from wardesk.store.dedup import NEAR_DUP_JACCARD, content_hash, jaccard, near_dup_keys, shingles


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("some/file.db", "sqlite:///some/file.db"),
    ],
)
def test_store_resolve_url(value: str, expected: str) -> None:
    assert resolve_url(value) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ten people were killed in Aleppo.", "ten people were killed in   aleppo", True),
        ("Ten people were killed in Aleppo.", "Ten people were killed in Idlib.", False),
        ("“Quoted” text — here", '"Quoted" text - here', True),
    ],
)
def test_store_content_hash_normalises(a: str, b: str, same: bool) -> None:
    assert (content_hash(a) == content_hash(b)) is same


def _edited(text: str) -> str:
    """A light edit, as a wire republication makes: agency prefix, two words changed, a sentence appended."""
    words = text.split()
    words[10] = "reportedly"
    words[len(words) // 2] = "several"
    return "(Reuters) - " + " ".join(words) + " Reporting by a staff correspondent."


def test_store_near_duplicate_jaccard_on_fakes() -> None:
    original = fakes_rows(1)[0]["article_content"]
    other = fakes_rows(1, start=5)[0]["article_content"]
    assert jaccard(shingles(original), shingles(_edited(original))) >= NEAR_DUP_JACCARD
    assert jaccard(shingles(original), shingles(other)) < 0.2
    # the LSH bands of the copy share at least one band with the original's
    _, k1 = near_dup_keys(original)
    _, k2 = near_dup_keys(_edited(original))
    assert set(k1) & set(k2)


def test_store_schema_matches_migration(tmp_path) -> None:
    """The Alembic migration and schema.py describe the same tables (autogenerate finds nothing to do)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = Store(str(tmp_path / "m.db"))
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), s.metadata)
    # FTS5 shadow tables are not in the metadata; ignore their "remove_table" entries
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("articles_fts"))]
    assert diff == []


def _counts(store: Store) -> dict[str, int]:
    return {k: v for k, v in store.counts().items()}


@pytest.fixture(scope="module")
def fakes8(tmp_path_factory):
    return write_fakes_csv(tmp_path_factory.mktemp("c") / "fakes8.csv", 8)


def _near_dup_corpus(tmp_path):
    rows = fakes_rows(3)
    recs = [
        {"id": f"a{i}", "title": r["article_title"], "source": r["source"], "text": r["article_content"]}
        for i, r in enumerate(rows)
    ]
    recs.append({"id": "copy", "source": "wire-copy", "text": _edited(rows[0]["article_content"])})
    # the same text again: from a1's own outlet a duplicate; carried by another outlet, a wire copy
    recs.append({"id": "exact", "source": rows[1]["source"], "text": rows[1]["article_content"].upper()})
    recs.append({"id": "carried", "source": "Other Outlet (AFP)", "text": rows[1]["article_content"]})
    recs.append(
        {"id": "samurl", "url": "https://example.org/a", "text": rows[2]["article_content"] + " Extra."}
    )
    recs.append(
        {
            "id": "samurl2",
            "url": "https://example.org/a",
            "text": "The page was changed after it was first read, and the new text is about something else.",
        }
    )
    return write_jsonl(tmp_path / "dups.jsonl", recs)


def _check_ingest_idempotent(db: str, corpus) -> None:
    with Store(db) as store:
        first = Ingester(store).run([str(corpus)])
        assert (first.read, first.new, first.failed) == (8, 8, 0)
        counts = _counts(store)
        assert counts["articles"] == 8 and counts["events"] == first.events > 0
        again = Ingester(store).run([str(corpus)])
        assert (again.new, again.already + again.skipped, again.failed) == (0, 8, 0)
        assert _counts(store) == counts
        hits = store.search("Syria")
        assert hits and all(h.article_id for h in hits)
        assert store.search('chemical "AND weird: -syntax') is not None  # user text is not FTS syntax


def test_store_ingest_idempotent_sqlite(tmp_path, fakes8) -> None:
    _check_ingest_idempotent(str(tmp_path / "w.db"), fakes8)


def test_store_ingest_idempotent_postgres(fakes8) -> None:
    _check_ingest_idempotent(pg_url(), fakes8)


def _check_dedup(db: str, corpus) -> None:
    with Store(db) as store:
        stats = Ingester(store).run([str(corpus)])
        # a0 a1 a2 new; copy and samurl new but near-duplicates of a0 and a2; carried (a1's text from
        # another outlet) new, a near-duplicate of a1; exact = hash duplicate of a1 (its own outlet);
        # samurl2 = URL duplicate of samurl
        assert (stats.new, stats.near_duplicates, stats.duplicates, stats.failed) == (6, 3, 2, 0)
        with store.engine.connect() as conn:
            near = dict(conn.execute(select(s.articles.c.id, s.articles.c.near_dup_of)).all())
        assert near["copy"] == "a0" and near["samurl"] == "a2" and near["carried"] == "a1"
        assert near["a1"] is None and "exact" not in near and "samurl2" not in near


def test_store_dedup_sqlite(tmp_path) -> None:
    _check_dedup(str(tmp_path / "d.db"), _near_dup_corpus(tmp_path))


def test_store_dedup_postgres(tmp_path) -> None:
    _check_dedup(pg_url(), _near_dup_corpus(tmp_path))


def test_store_failures_recorded_once(tmp_path) -> None:
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "e", "text": "   "}])
    with Store(str(tmp_path / "f.db")) as store:
        stats = Ingester(store).run([str(bad), str(tmp_path / "missing.txt")])
        assert stats.failed == 2
        # the unchanged file's line is skipped (its failure is stored); the missing file fails again
        stats = Ingester(store).run([str(bad), str(tmp_path / "missing.txt")])
        assert (stats.failed, stats.skipped) == (1, 1)
        fails = {f.code: f.count for f in store.failures()}
        assert fails == {"E101": 1, "E108": 2}


def _ingest_cmd(corpus, db, *extra: str) -> list[str]:
    return [sys.executable, "-m", "wardesk", "ingest", str(corpus), "--db", str(db), "--no-progress", *extra]


def _articles(db) -> int:
    with Store(str(db)) as store:
        with store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(s.articles)).scalar_one()


def test_store_ingest_resumes_after_kill(tmp_path) -> None:
    corpus = write_fakes_csv(tmp_path / "c9.csv", 9)
    db = tmp_path / "r.db"
    Store(str(db)).close()
    proc = subprocess.Popen(_ingest_cmd(corpus, db, "--batch-size", "2"), stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and _articles(db) < 2 and proc.poll() is None:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _articles(db)
    assert 2 <= done <= 9
    rerun = subprocess.run(_ingest_cmd(corpus, db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"new {9 - done} " in rerun.stderr
    with Store(str(db)) as store:
        counts = store.counts()
        with store.engine.connect() as conn:
            ordinals = conn.execute(
                select(func.count()).select_from(s.events).where(s.events.c.ordinal == 0)
            ).scalar_one()
    assert counts["articles"] == 9 and counts["failures"] == 0
    assert ordinals <= 9  # each article's events once


def test_store_two_processes_one_sqlite_db(tmp_path) -> None:
    corpus = write_fakes_csv(tmp_path / "c6.csv", 6)
    corpus_b = write_fakes_csv(tmp_path / "c6b.csv", 6, start=3)  # overlaps the first by 3 articles
    db = tmp_path / "two.db"
    env = dict(os.environ)
    procs = [
        subprocess.Popen(_ingest_cmd(c, db, "--batch-size", "1"), stderr=subprocess.PIPE, text=True, env=env)
        for c in (corpus, corpus_b)
    ]
    outs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Store(str(db)) as store:
        counts = store.counts()
    assert counts["articles"] == 9 and counts["failures"] == 0


@pytest.mark.parametrize("query", ["a\x00b", "\x00", 'say "hello', "it's", "-x:y*"])
def test_store_search_survives_any_user_text(tmp_path, query):
    """Full-text queries are user text, never FTS5 syntax: nothing a person types may raise."""
    store = Store(str(tmp_path / "fts.db"))
    try:
        assert store.search(query) == []
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_store_keeps_responsibility_claims(tmp_path, backend: str) -> None:
    """A claim of responsibility (no value; actor and stance) is stored in event_claims and the record."""
    import datetime as dt

    from wardesk.record import Article, ArticleEvents, Claim, Event
    from wardesk.store import rows as r

    db = pg_url() if backend == "postgres" else str(tmp_path / "c.db")
    claims = [
        Claim(what="killed", value=4, source="medics"),
        Claim(what="responsibility", actor="Rebels", stance="accuses", source="the governor"),
        Claim(what="responsibility", actor="Rebels", stance="denies", source="a rebel spokesman"),
    ]
    art = Article(id="resp-1", text="The governor blamed the rebels; a rebel spokesman denied it.")
    out = ArticleEvents(article_id=art.id, events=[Event(event_type="missile_artillery", claims=claims)])
    now = dt.datetime.now(dt.timezone.utc)
    row = r.article_row(
        art,
        content_hash="h-resp-1",
        near_dup_of=None,
        similarity=None,
        published=None,
        published_from="none",
        now=now,
    )
    with Store(db) as store:
        with store.engine.begin() as conn:
            Store.insert_article(conn, row, [], r.event_rows(out))
        with store.engine.connect() as conn:
            got = conn.execute(
                select(
                    s.event_claims.c.what,
                    s.event_claims.c.value,
                    s.event_claims.c.actor,
                    s.event_claims.c.stance,
                )
                .where(s.event_claims.c.event_id == "resp-1:0")
                .order_by(s.event_claims.c.ordinal)
            ).all()
    assert [tuple(g) for g in got] == [
        ("killed", 4.0, None, None),
        ("responsibility", None, "Rebels", "accuses"),
        ("responsibility", None, "Rebels", "denies"),
    ]


def test_store_minhash_equals_the_plain_formula() -> None:
    """The numpy MinHash gives exactly min((a*x + b) mod p) for every permutation (stored band keys depend on it)."""
    import random

    from wardesk.store.dedup import _MERSENNE, _permutations, minhash

    rng = random.Random(12)
    for size in (1, 2, 17, 300):
        xs = {rng.getrandbits(64) for _ in range(size)} | {(1 << 64) - 1, _MERSENNE, 0}
        plain = [min((a * x + b) % _MERSENNE for x in xs) for a, b in _permutations()]
        assert minhash(xs) == plain


def test_store_minhash_is_exact_at_the_bounds_of_its_partial_sums() -> None:
    """Inputs whose halves are all ones (the largest partial sums the one-reduction MinHash allows),
    residues next to p and to 2**64, and a permutation whose a is all ones: still the plain formula."""
    from wardesk.store import dedup

    p = dedup._MERSENNE
    xs = {p - 1, p, p + 1, 2 * p - 1, (1 << 62) - 1, (1 << 64) - 1, (1 << 64) - p, (1 << 31) - 1, 1 << 31}
    xs |= {((1 << 30) - 1) << 31 | ((1 << 31) - 1)}  # x_hi and x_lo all ones
    perms = [*dedup._permutations()[:-2], (p - 1, p - 1), ((1 << 61) - 2, 0)]
    try:
        dedup._permutations.cache_clear()
        dedup._permutation_arrays.cache_clear()
        original = dedup._permutations
        dedup._permutations = lambda: perms  # type: ignore[assignment]
        plain = [min((a * x + b) % p for x in xs) for a, b in perms]
        assert dedup.minhash(xs) == plain
        assert dedup.minhash(np.array(sorted(xs), dtype=np.uint64)) == plain
    finally:
        dedup._permutations = original  # type: ignore[assignment]
        dedup._permutation_arrays.cache_clear()
