"""End-to-end: ``wardesk extract`` on files of every input format, good and bad."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wardesk.cli import app
from wardesk.record import FAMILY, ArticleEvents

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
runner = CliRunner()

ARTICLE = (
    "A car bomb exploded near a crowded market in the Syrian city of Aleppo on Monday, killing at least "
    "12 people and wounding 30, the Syrian Observatory for Human Rights said. No faction has said "
    "it planted the bomb."
)


def _run(*args: str, input: str | None = None):
    return runner.invoke(app, ["extract", *args], input=input)


def _lines(text: str) -> list[ArticleEvents]:
    return [ArticleEvents.model_validate_json(line) for line in text.splitlines() if line.startswith("{")]


def test_cli_txt_article(tmp_path):
    f = tmp_path / "aleppo-blast.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = _run(str(f), "--published", "2016-05-10", "-o", str(out), "--no-progress")
    assert res.exit_code == 0, res.output
    (rec,) = _lines(out.read_text())
    assert rec.article_id == "aleppo-blast"
    assert rec.published_from == "option"
    ev = rec.events[0]
    assert FAMILY[ev.event_type] == "explosions_remote_violence"
    assert ev.date.start.isoformat() == "2016-05-09" and ev.date.precision == "day"
    assert ev.fatalities.best == 12
    assert ev.locations and ev.locations[0].admin1 == "Aleppo"
    assert any("Observatory" in s.name for s in ev.sources)
    assert "read 1, extracted 1" in res.output


def test_cli_jsonl_with_a_bad_line(tmp_path):
    f = tmp_path / "corpus.jsonl"
    good = {"id": "a1", "published": "2016-05-10", "text": ARTICLE}
    f.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n", encoding="utf-8"
    )
    res = _run(str(f), "--no-progress")
    assert res.exit_code == 1
    assert [r.article_id for r in _lines(res.stdout)] == ["a1", "a2"]
    assert "corpus.jsonl:2" in res.output
    assert "failed 1" in res.output
    assert "Traceback" not in res.output


def test_cli_fakes_csv_without_options(tmp_path):
    rows = (ROOT / "data" / "fakes.csv").read_bytes().split(b"\r\n")
    f = tmp_path / "sample.csv"
    # the header and the first three articles (no embedded line breaks in them)
    f.write_bytes(b"\r\n".join(rows[:4]) + b"\r\n")
    res = _run(str(f), "--no-progress")
    assert res.exit_code == 0, res.output
    recs = _lines(res.stdout)
    assert len(recs) == 3
    assert all(r.published_from == "dateline" and r.published is not None for r in recs)
    assert all(r.events for r in recs)


def test_cli_html_and_table(tmp_path):
    html = (
        "<html><head><title>Blast in Aleppo</title><meta property='article:published_time' content='2016-05-10'>"
        "</head><body><article><h1>Blast in Aleppo</h1><p>"
        + ARTICLE
        + "</p><p>"
        + ARTICLE
        + "</p></article></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    res = _run(str(f), "--format", "table", "--no-progress")
    assert res.exit_code == 0, res.output
    assert "page" in res.stdout and "Aleppo" in res.stdout


def test_cli_stdin_text():
    res = _run("-", "--published", "2016-05-10", "--no-progress", input=ARTICLE)
    assert res.exit_code == 0, res.output
    (rec,) = _lines(res.stdout)
    assert rec.article_id == "stdin"


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("empty.txt", b"   \n\n", "E101"),
        ("blob.txt", bytes(range(256)) * 20, "E102"),
        (
            "french.txt",
            "Une voiture piégée a explosé près d'un marché de la ville, tuant douze personnes "
            "et en blessant trente autres, selon l'observatoire.".encode(),
            "E107",
        ),
        ("nocols.csv", b"a,b\n1,2\n", "E104"),
        ("notes.docx", b"PK\x03\x04", "E106"),
        (
            "deep.html",
            (
                "<html><body>" + "<div>" * 5000 + "<p>" + "A car bomb killed five people. " * 5 + "</p>"
            ).encode(),
            "no article text found in this HTML page",
        ),
    ],
)
def test_cli_bad_input_is_reported_and_skipped(tmp_path, name, content, needle):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    res = _run(str(bad), str(good), "--published", "2016-05-10", "--no-progress")
    assert res.exit_code == 1
    assert needle in res.output and name in res.output
    assert [r.article_id for r in _lines(res.stdout)] == ["good"]
    assert "Traceback" not in res.output


def test_cli_folder_and_json_format(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Aleppo", "Homs"), encoding="utf-8")
    res = _run(str(tmp_path), "--format", "json", "--published", "2016-05-10", "--no-progress")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [d["article_id"] for d in data] == ["a", "b"]


def test_cli_bad_format_is_a_usage_error(tmp_path):
    res = _run("x.txt", "--format", "xml")
    assert res.exit_code == 2


@pytest.mark.skipif(
    not (SHARED / "bench" / "dev" / "seeds.jsonl").exists(), reason="../shared is absent: no seed articles"
)
def test_cli_seed_articles_end_to_end(tmp_path):
    gold = [
        json.loads(line)
        for line in (SHARED / "bench" / "dev" / "seeds.jsonl").read_text().splitlines()
        if line.strip()
    ]
    f = tmp_path / "seeds.jsonl"
    f.write_text("".join(json.dumps(g["article"]) + "\n" for g in gold), encoding="utf-8")
    res = _run(str(f), "--no-progress")
    assert res.exit_code == 0, res.output
    recs = _lines(res.stdout)
    assert len(recs) == len(gold)
    for rec in recs:
        assert rec.published is not None
        main = rec.events[0]
        assert main.event_type == "air_strike"
        assert main.initiators and main.initiators[0].name == "Russia"
        assert all(loc.country for ev in rec.events for loc in ev.locations)
        # every event points back into the text
        assert all(ev.evidence or ev.background for ev in rec.events)
