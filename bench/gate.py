#!/usr/bin/env python3
"""The accuracy gate: today's benchmark figures against the floors pinned in ``bench/baseline.json``.

In the spirit of trafilatura's ``tests/eval_gate.py``: every figure that
``make bench`` measures (per development set, FA-KES, WikiEvents, the
contested-story set) has a floor, the figure of the last accepted run. A run
fails when any figure falls more than ``TOLERANCE`` below its floor. Floors
rise with ``--update-baseline`` and can only be lowered on purpose, with
``--allow-regression``. Each floor set carries a hash of the gold files it was
measured on: when the shared benchmark changes, the gate says so instead of
comparing figures of different corpora.

The dev-set and story-set part is quick (about 80 articles) and also runs in
``make test`` (``tests/test_accuracy_gate.py``) when ``../shared`` is present.

    python bench/gate.py [--shared ../shared] [--update-baseline [--allow-regression]]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
#: How far (absolute) a figure may fall below its floor. One article of world.jsonl's 30 moves
#: main event by 0.033 and incident F1 by about 0.01, so 0.02 lets nothing through but noise
#: the size of one extra or missed event.
TOLERANCE = 0.02
#: Slots scored on fewer pairs than this swing too much with one event to be gated.
MIN_SLOT_N = 20

#: The quick part: each development set on its own, and the contested-story set.
DEV_SETS = ("seeds.jsonl", "dev.jsonl", "world.jsonl")


def _py_score(score: Path, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, str(score), *args, "--json"], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def articles_of(score: Path, *args: str) -> list[dict]:
    """The article lines ``score.py articles`` (or ``fakes-articles``...) writes for a gold file."""
    out = subprocess.run(
        [sys.executable, str(score), *args], check=True, capture_output=True, text=True
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def corpus_hash(paths: Iterable[Path]) -> str:
    """Hash of the gold files the floors were measured on."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def code_version(package: Path) -> str:
    """Hash of the package's code and resources (``corpus_hash`` over its files): a cached
    extraction output is reused only by the code that wrote it."""
    return corpus_hash(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def quick_paths(shared: Path) -> list[Path]:
    bench = shared / "bench"
    return [bench / "dev" / n for n in DEV_SETS] + [
        bench / "linking" / "stories.jsonl",
        bench / "linking" / "contradictions.json",
    ]


def events_figures(data: dict) -> dict[str, float]:
    """The gated figures of one ``score.py events --json`` result."""
    out: dict[str, float] = {}
    inc = data.get("incidents") or {}
    for k in ("precision", "recall", "f1"):
        if inc.get(k) is not None:
            out[f"incidents {k}"] = inc[k]
    if (data.get("main_event") or {}).get("accuracy") is not None:
        out["main event"] = data["main_event"]["accuracy"]
    for k in ("recall", "precision"):
        if (data.get("claims") or {}).get(k) is not None:
            out[f"claims {k}"] = data["claims"][k]
        if (data.get("blame") or {}).get(k) is not None:
            out[f"blame {k}"] = data["blame"][k]
    for name, slot in (data.get("slots") or {}).items():
        if slot.get("accuracy") is not None and (slot.get("n") or 0) >= MIN_SLOT_N:
            out[f"slot {name}"] = slot["accuracy"]
    return out


def dev_figures(shared: Path, extract: Callable[[list[dict], Path], None], tmp: Path) -> dict[str, dict]:
    """Figures of each development set, from one extraction of all of them.

    extract(articles, out_path) writes wardesk's JSONL output for the article lines.
    """
    score = shared / "bench" / "score.py"
    arts: list[dict] = []
    for name in DEV_SETS:
        arts += articles_of(score, "articles", str(shared / "bench" / "dev" / name))
    out = tmp / "dev-out.jsonl"
    extract(arts, out)
    return {
        f"dev/{name}": events_figures(
            _py_score(score, "events", str(shared / "bench" / "dev" / name), str(out))
        )
        for name in DEV_SETS
    }


def story_figures(shared: Path, reports: Path, stories: Path, tmp: Path) -> dict[str, float]:
    """Figures of the contested-story set, from the ``export -f jsonl`` of its reports and stories
    (as the stop hook measures them: events grouped back per article, in ordinal order)."""
    score = shared / "bench" / "score.py"
    gold = shared / "bench" / "linking" / "stories.jsonl"
    per_article: dict[str, list[tuple[int, dict]]] = {}
    for line in reports.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        e = dict(r.get("event") or {})
        e["story_id"] = r.get("story_id")
        per_article.setdefault(str(r.get("article_id")), []).append((r.get("ordinal") or 0, e))
    pred = tmp / "story-pred.jsonl"
    pred.write_text(
        "".join(
            json.dumps({"article_id": a, "events": [e for _, e in sorted(evs, key=lambda t: t[0])]}) + "\n"
            for a, evs in per_article.items()
        ),
        encoding="utf-8",
    )
    links = _py_score(score, "stories", str(gold), str(pred))
    contra = _py_score(
        score,
        "contradictions",
        str(gold),
        str(shared / "bench" / "linking" / "contradictions.json"),
        str(pred),
        str(stories),
    )
    blame = _py_score(score, "events", str(gold), str(pred))
    out: dict[str, float] = {}
    lk = links.get("links") or links
    for k in ("precision", "recall", "f1"):
        if lk.get(k) is not None:
            out[f"links {k}"] = lk[k]
    ct = contra.get("contradictions") or contra
    for k in ("recall", "precision"):
        if ct.get(k) is not None:
            out[f"contradictions {k}"] = ct[k]
    b = events_figures(blame)
    out.update({k: v for k, v in b.items() if k.startswith(("blame", "incidents"))})
    return out


def compare(current: dict[str, dict], baseline: dict[str, dict], tolerance: float = TOLERANCE) -> list[str]:
    """One line per figure that fell more than ``tolerance`` below its floor (absent figures too)."""
    out = []
    for section, floors in baseline.items():
        now = current.get(section)
        if now is None:
            continue  # not measured in this run (the quick gate measures only part)
        for name, floor in floors.items():
            value = now.get(name)
            if value is None:
                out.append(f"{section}: {name} is no longer measured (floor {floor:.3f})")
            elif value < floor - tolerance:
                out.append(f"{section}: {name} {value:.3f} < floor {floor:.3f} - {tolerance}")
    return out


def load_baseline(path: Path = BASELINE) -> dict:
    if not path.exists():
        return {"corpus_hash": {}, "figures": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def update_baseline(
    current: dict[str, dict], hashes: dict[str, str], *, allow_regression: bool, path: Path = BASELINE
) -> list[str]:
    """Raise the floors to today's figures; refuse to lower one unless ``allow_regression``.
    Returns the figures that would fall (written only when allowed)."""
    base = load_baseline(path)
    falls = [
        f"{section}: {name} {base['figures'][section][name]:.3f} -> {value:.3f}"
        for section, figs in current.items()
        for name, value in figs.items()
        if round(value, 4) < base["figures"].get(section, {}).get(name, -1.0)
    ]
    if falls and not allow_regression:
        return falls
    for section, figs in current.items():
        base["figures"][section] = {k: round(v, 4) for k, v in sorted(figs.items())}
    base["corpus_hash"].update(hashes)
    base["tolerance"] = TOLERANCE
    path.write_text(json.dumps(base, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return falls


def check(
    current: dict[str, dict], hashes: dict[str, str], path: Path = BASELINE
) -> tuple[list[str], list[str]]:
    """(regressions, notes): notes say which sections could not be compared (another corpus)."""
    base = load_baseline(path)
    notes, comparable = [], {}
    for section, figs in base.get("figures", {}).items():
        group = section.split("/")[0]
        if group in hashes and base.get("corpus_hash", {}).get(group) not in (None, hashes[group]):
            notes.append(
                f"{section}: the gold files changed since the floors were set; run --update-baseline"
            )
            continue
        comparable[section] = figs
    return compare(current, comparable), notes


def quick_run(shared: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """The quick part in this process: the dev sets through the pipeline, the story set through
    ingest and export into a temporary SQLite database. (figures, corpus hashes)."""
    from wardesk.flows.console import run_ingest
    from wardesk.flows.extract import Pipeline
    from wardesk.ingest import IngestFailure, read_inputs

    pipeline = Pipeline()

    def extract(arts: list[dict], out: Path) -> None:
        src = out.with_suffix(".in.jsonl")
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
        items = [a for a in read_inputs([str(src)]) if not isinstance(a, IngestFailure)]
        with out.open("w", encoding="utf-8") as f:
            for res in pipeline.run_many(items):
                if not isinstance(res, tuple):
                    f.write(res.model_dump_json() + "\n")

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        figures = dev_figures(shared, extract, tmp)
        score = shared / "bench" / "score.py"
        src = tmp / "stories-in.jsonl"
        src.write_text(
            "".join(
                json.dumps(a, ensure_ascii=False) + "\n"
                for a in articles_of(score, "articles", str(shared / "bench" / "linking" / "stories.jsonl"))
            ),
            encoding="utf-8",
        )
        from rich.console import Console

        db = str(tmp / "stories.db")
        run_ingest(
            [str(src)],
            db=db,
            allow_private=False,
            watch=None,
            columns=None,
            published=None,
            console=Console(quiet=True),
            show_progress=False,
            pipeline=pipeline,
        )
        from wardesk.export import ExportFilters, export
        from wardesk.store import Store

        with Store(db) as store:
            everything = ExportFilters(include_background=True)  # background reports are linked too
            export(store, "jsonl", "reports", everything, tmp / "reports.jsonl")
            export(store, "jsonl", "stories", everything, tmp / "stories.jsonl")
        figures["linking/stories.jsonl"] = story_figures(
            shared, tmp / "reports.jsonl", tmp / "stories.jsonl", tmp
        )
    hashes = {"dev": corpus_hash(quick_paths(shared)[:3]), "linking": corpus_hash(quick_paths(shared)[3:])}
    return figures, hashes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--update-baseline", action="store_true", help="raise the floors to today's figures")
    ap.add_argument(
        "--allow-regression", action="store_true", help="with --update-baseline: lower floors too"
    )
    args = ap.parse_args()
    if not (args.shared / "bench" / "score.py").exists():
        print(f"gate: {args.shared} is absent: nothing to check, skipping.")
        return 0
    figures, hashes = quick_run(args.shared)
    return report(figures, hashes, update=args.update_baseline, allow_regression=args.allow_regression)


def report(figures: dict[str, dict], hashes: dict[str, str], *, update: bool, allow_regression: bool) -> int:
    """Print the comparison (or update the floors); the exit status of the gate."""
    if update:
        falls = update_baseline(figures, hashes, allow_regression=allow_regression)
        if falls and not allow_regression:
            print("gate: refusing to lower floors (use --allow-regression on purpose):")
            print("\n".join("  " + f for f in falls))
            return 1
        print(
            f"gate: floors written to {BASELINE}" + (" (lowered: " + "; ".join(falls) + ")" if falls else "")
        )
        return 0
    regressions, notes = check(figures, hashes)
    for n in notes:
        print("gate: " + n)
    if regressions:
        print(f"gate: FAILED, {len(regressions)} figure(s) below their floors (tolerance {TOLERANCE}):")
        print("\n".join("  " + r for r in regressions))
        return 1
    print(f"gate: passed ({sum(len(v) for v in figures.values())} figures at or above their floors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
