#!/usr/bin/env python3
"""Every benchmark output in one folder, so two versions of wardesk can be compared with ``diff -r``.

A change that must not alter behaviour (a refactor, a speed-up) is checked by
running this before and after it and diffing the folders: the extract output
of the development sets, FA-KES and WikiEvents, and the reports and stories
the linking set gives through ``ingest`` and ``export``.

    python bench/snapshot.py OUT_DIR [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(*args: str, stdout: Path | None = None) -> None:
    if stdout is None:
        subprocess.run(args, check=True)
        return
    with open(stdout, "w", encoding="utf-8") as f:
        subprocess.run(args, check=True, stdout=f)


def _drop_clock(path: Path) -> None:
    """Remove wall-clock fields (``*_at``), which differ between any two runs."""

    def clean(v: object) -> object:
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items() if not k.endswith("_at")}
        if isinstance(v, list):
            return [clean(x) for x in v]
        return v

    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    path.write_text("".join(json.dumps(clean(r), ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = ap.parse_args()
    score = args.shared / "bench" / "score.py"
    if not score.exists():
        print(f"{score} not found: give --shared", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    wardesk = (py, "-m", "wardesk")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        inputs = {
            "dev": ("articles", *map(str, sorted((args.shared / "bench" / "dev").glob("*.jsonl")))),
            "fakes": ("fakes-articles", str(args.shared / "data" / "fakes" / "fakes.csv")),
            "wikievents": ("wikievents-articles", str(args.shared / "data" / "wikievents")),
        }
        for name, score_args in inputs.items():
            src = tmp / f"{name}-in.jsonl"
            if score_args[0] == "articles":
                with open(src, "w", encoding="utf-8") as f:
                    for gold in score_args[1:]:
                        subprocess.run([py, str(score), "articles", gold], check=True, stdout=f)
            else:
                _run(py, str(score), *score_args, stdout=src)
            _run(*wardesk, "extract", str(src), "--format", "jsonl", "-o", str(out / f"{name}.jsonl"))
        linking = tmp / "linking-in.jsonl"
        _run(
            py,
            str(score),
            "articles",
            str(args.shared / "bench" / "linking" / "stories.jsonl"),
            stdout=linking,
        )
        db = tmp / "l.db"
        _run(*wardesk, "ingest", str(linking), "--db", str(db))
        _run(
            *wardesk,
            "export",
            "--db",
            str(db),
            "-f",
            "jsonl",
            "--include-background",
            "-o",
            str(out / "linking-reports.jsonl"),
        )
        _run(
            *wardesk,
            "export",
            "--db",
            str(db),
            "-f",
            "jsonl",
            "--what",
            "stories",
            "--include-background",
            "-o",
            str(out / "linking-stories.jsonl"),
        )
    for name in ("linking-reports.jsonl", "linking-stories.jsonl"):
        _drop_clock(out / name)
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
