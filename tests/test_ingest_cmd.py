"""The ingest, export, failures and stats commands end to end (CliRunner)."""

from __future__ import annotations

from typer.testing import CliRunner

from store_helpers import fakes_rows, write_jsonl
from wardesk.cli import app


def test_ingest_cmd_summary_failures_export(tmp_path) -> None:
    row = fakes_rows(1)[0]
    corpus = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "a", "source": "nna", "text": row["article_content"]}, {"id": "b", "text": ""}],
    )
    db = str(tmp_path / "cmd.db")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--no-progress"])
    assert res.exit_code == 1  # one input failed
    assert "read 2, new 1" in res.output and "failed 1" in res.output
    res = runner.invoke(app, ["failures", "--db", db])
    assert res.exit_code == 0 and "E101" in res.output
    res = runner.invoke(app, ["stats", "--db", db])
    assert res.exit_code == 0 and "articles" in res.output
    res = runner.invoke(app, ["export", "--db", db, "-f", "geojson", "-o", str(tmp_path / "x.geojson")])
    assert res.exit_code == 0 and (tmp_path / "x.geojson").exists()
    res = runner.invoke(app, ["export", "--db", db, "--bbox", "1,2"])
    assert res.exit_code == 2 and "W,S,E,N" in res.output
