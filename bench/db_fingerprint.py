#!/usr/bin/env python3
"""A hash of every table of a wardesk database (timestamps aside), to check that a change leaves it identical.

A speed-up of the store or the linker must not change a single row. Run this on
the database of the same ingest before and after the change and compare the
lines: one per table (rows, hash) and the whole database's hash. Columns of
date-time type (``ingested_at``, ``updated_at``, ...) are left out: they say
when, not what. Rows are read in primary-key order; JSON columns are hashed as
canonical JSON (sorted keys), so a dict's key order does not count.

    python bench/db_fingerprint.py --db /tmp/a.db
    python bench/db_fingerprint.py --db postgresql://...  --json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from typing import Any

from sqlalchemy import DateTime, create_engine, select


def _canonical(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dict, list)):
        return json.loads(json.dumps(value, sort_keys=True))
    return value


def fingerprint(url: str) -> dict[str, dict[str, Any]]:
    """Per table: its row count and the SHA-256 of its rows (date-time columns left out)."""
    from wardesk.store import schema as s

    if "://" not in url:
        url = f"sqlite:///{url}"
    engine = create_engine(url)
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for table in s.metadata.sorted_tables:
            cols = [c for c in table.columns if not isinstance(c.type, DateTime)]
            order = list(table.primary_key.columns) or cols
            h = hashlib.sha256()
            n = 0
            for row in conn.execute(select(*cols).order_by(*order)):
                h.update(json.dumps([_canonical(v) for v in row], sort_keys=True, default=str).encode())
                h.update(b"\n")
                n += 1
            out[table.name] = {"rows": n, "sha256": h.hexdigest()[:16]}
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="database URL or SQLite file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    fp = fingerprint(args.db)
    whole = hashlib.sha256(json.dumps(fp, sort_keys=True).encode()).hexdigest()[:16]
    if args.json:
        print(json.dumps({"tables": fp, "sha256": whole}, indent=1))
        return 0
    for name, t in fp.items():
        print(f"{name:<24} {t['rows']:>8} {t['sha256']}")
    print(f"{'database':<24} {'':>8} {whole}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
