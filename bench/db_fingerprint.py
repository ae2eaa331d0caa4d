#!/usr/bin/env python3
"""A hash of every table of a wardesk database, wall-clock columns aside: to check a speed-up stores the same.

Each table's rows are read in full (every column but the timestamps of when a row was
written: ``ingested_at``, ``updated_at``, ``at``, ``seen_at``, ``checked_at``), each row
rendered as text, the rows sorted, and the whole hashed (SHA-256). On SQLite the full-text
index's shadow tables (``articles_fts_*``) are hashed as well: the index itself, not only
what a search finds, must come out the same. Two databases filled by two versions of
wardesk from the same input are identical (for this purpose) when every table's hash agrees.

    python bench/db_fingerprint.py speed.db                  # one line per table, then the whole
    python bench/db_fingerprint.py before.db after.db        # the tables that differ (exit 1 if any)
    python bench/db_fingerprint.py postgresql://... --json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from typing import Any

from sqlalchemy import MetaData, create_engine, select, text

#: Columns holding when a row was written: they differ between any two runs.
CLOCK_COLUMNS = frozenset({"ingested_at", "updated_at", "at", "seen_at", "checked_at"})
#: Tables of the migration tool, not of wardesk's data.
SKIPPED = frozenset({"alembic_version"})


def _url(db: str) -> str:
    if "://" not in db:
        return f"sqlite:///{db}"
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix) :]
    return db


def _render(value: Any) -> str:
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return repr(value)


def fingerprint(db: str) -> dict[str, dict[str, Any]]:
    """{table: {"rows": n, "sha256": hex}} of every table, plus the FTS shadow tables on SQLite."""
    engine = create_engine(_url(db))
    meta = MetaData()
    meta.reflect(engine)
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        names = sorted(meta.tables)
        if engine.dialect.name == "sqlite":
            shadow = conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'articles_fts_%'")
            ).scalars()
            names = sorted(set(names) | set(shadow))
        for name in names:
            if name in SKIPPED:
                continue
            if name in meta.tables:
                table = meta.tables[name]
                cols = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
                rows = conn.execute(select(*cols)).all()
            else:  # an FTS shadow table (not reflected): read raw
                rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            rendered = sorted("\x1f".join(_render(v) for v in row) for row in rows)
            digest = hashlib.sha256("\x1e".join(rendered).encode("utf-8", "surrogatepass")).hexdigest()
            out[name] = {"rows": len(rows), "sha256": digest}
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="+", help="one database (print) or two (compare)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    prints = [fingerprint(db) for db in args.db[:2]]
    if args.json:
        print(json.dumps(prints if len(prints) > 1 else prints[0], indent=1))
    if len(prints) == 1:
        if not args.json:
            whole = hashlib.sha256(json.dumps(prints[0], sort_keys=True).encode()).hexdigest()
            for name, fp in prints[0].items():
                print(f"{name:28s} {fp['rows']:8d} rows  {fp['sha256'][:16]}")
            print(f"{'(all tables)':28s} {'':8s}       {whole[:16]}")
        return 0
    a, b = prints
    differ = [n for n in sorted(set(a) | set(b)) if a.get(n) != b.get(n)]
    if not args.json:
        for name in differ:
            print(f"differs: {name}: {a.get(name)} vs {b.get(name)}")
        print("identical" if not differ else f"{len(differ)} tables differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
