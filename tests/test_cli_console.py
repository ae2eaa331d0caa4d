"""What the commands print: totals and failures as they happen, repeats told apart from stored articles,
failures forgotten once stored, one line per message whatever the width, flags without a value."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wardesk.cli import app
from wardesk.ingest import count_inputs

ROOT = Path(__file__).resolve().parents[1]
BOMBING = (
    "A car bomb exploded near a checkpoint in the town of Azaz in Aleppo province on Monday, killing seven "
    "people, a local official said."
)
SHELLING = (
    "Artillery shells hit a market in the city of Idlib on Tuesday, killing four civilians and wounding "
    "eleven, rescue workers said."
)


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines), encoding="utf-8"
    )
    return path


def test_cli_console_help_shows_flags_without_a_value_type() -> None:
    out = CliRunner().invoke(app, ["--help"]).output
    assert "--version" in out and "<bool>" not in out
    res = CliRunner().invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("wardesk ")


def test_cli_console_count_inputs(tmp_path: Path) -> None:
    a = _jsonl(
        tmp_path / "a.jsonl", [{"id": "1", "text": BOMBING}, "", "{broken", {"id": "2", "text": SHELLING}]
    )
    csv_file = tmp_path / "b.csv"
    csv_file.write_text('id,text\n1,"one\nline two"\n\n2,two\n', encoding="utf-8")
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "x.txt").write_text(BOMBING, encoding="utf-8")
    (folder / "notes.md").write_text("not read", encoding="utf-8")
    assert count_inputs([str(a)]) == 3  # every non-empty line, the broken one too (one failure)
    assert count_inputs([str(csv_file)]) == 2  # records, not lines; blank rows skipped
    assert count_inputs([str(folder), str(a)]) == 4
    assert count_inputs([str(tmp_path / "missing.jsonl")]) == 1
    assert count_inputs(["-"]) is None
    assert count_inputs(["https://example.org/feed.xml"]) is None


def test_cli_console_ingest_repeats_failures_inline_and_forgotten_once_stored(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": "a", "text": BOMBING}, '{"id": "b", "text": ', {"id": "a", "text": BOMBING}],
    )
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--no-progress"])
    assert res.exit_code == 1
    assert f"failed {src}:2: [E103]" in res.output  # the reason inline, as extract prints it
    assert "already stored 0" in res.output and "repeated in the input 1" in res.output
    assert f"{src}:2" in runner.invoke(app, ["failures", "--db", db]).output
    _jsonl(src, [{"id": "a", "text": BOMBING}, {"id": "b", "text": SHELLING}])
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--no-progress"])
    assert res.exit_code == 0 and "new 1" in res.output and "already stored 1" in res.output
    assert f"{src}:2" not in runner.invoke(app, ["failures", "--db", db]).output


def test_cli_console_messages_do_not_wrap_in_a_pipe(tmp_path: Path) -> None:
    long_id = "an-article-id-long-enough-to-push-its-failure-line-well-past-eighty-columns-" + "x" * 40
    src = _jsonl(tmp_path / "in.jsonl", [{"id": long_id, "text": ""}])
    res = subprocess.run(
        [sys.executable, "-m", "wardesk", "ingest", str(src), "--db", str(tmp_path / "w.db")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    line = next(x for x in res.stderr.splitlines() if x.startswith("failed "))
    assert long_id in line and "E101" in line and len(line) > 120


@pytest.mark.parametrize("where", ["elsewhere"])
def test_cli_console_demo_runs_from_any_directory(tmp_path: Path, where: str) -> None:
    """The demo's corpus comes from the package: it is there whatever the working directory."""
    from wardesk.resources import demo_corpus

    corpus = demo_corpus()
    assert corpus.is_file() and corpus.read_bytes() == (ROOT / "data" / "fakes.csv").read_bytes()
    cwd = tmp_path / where
    cwd.mkdir()
    small = cwd / "six.csv"
    small.write_bytes(b"\r\n".join(corpus.read_bytes().split(b"\r\n")[:7]) + b"\r\n")
    res = subprocess.run(
        [sys.executable, "-m", "wardesk", "demo", "--corpus", "six.csv", "--db", "d.db", "--no-progress"],
        capture_output=True,
        text=True,
        cwd=cwd,
    )
    assert res.returncode == 0, res.stderr
    assert "d.db ready" in res.stdout
