"""One article that breaks spaCy costs that article only, not its batch or the run."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from store_helpers import fakes_rows
from wardesk.cli import app
from wardesk.errors import ExtractError
from wardesk.flows.extract import Pipeline
from wardesk.record import Article, ArticleEvents


def _real_articles(n: int) -> list[Article]:
    return [Article(id=str(r["unit_id"]), text=r["article_content"]) for r in fakes_rows(n)]


def test_a_lone_surrogate_is_replaced_not_fatal(tmp_path):
    """JSON allows "\\ud800"; no UTF-8 tokenizer, database or file takes it. It becomes U+FFFD in place."""
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "bad", "text": "Shelling in Idlib \ud800 killed 3 people on Monday."}),
        json.dumps(
            {"id": "good", "text": "A car bomb killed five people in Homs on Monday, activists said."}
        ),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    records = {r["article_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"bad", "good"}
    assert records["bad"]["events"][0]["locations"][0]["name"] == "Idlib"
    assert Article(id="x", text="a\ud800b").text == "a\ufffdb"


def test_a_text_spacy_rejects_fails_alone_in_its_batch(monkeypatch):
    """An Article built without validation can still carry what spaCy's tokenizer rejects."""
    monkeypatch.setattr("wardesk.flows.extract.BATCH_ARTICLES", 8)  # two batches, few articles
    articles = _real_articles(8 + 3)
    broken = Article.model_construct(id="broken", text="Rebels shelled Aleppo \udc80 on Monday.", title=None)
    articles.insert(5, broken)
    out = list(Pipeline().run_many(articles))
    assert len(out) == len(articles)
    failed = [o for o in out if isinstance(o, tuple)]
    assert [(a.id, type(e)) for a, e in failed] == [("broken", ExtractError)]
    assert "cannot read this text" in failed[0][1].message
    done = [o.article_id for o in out if isinstance(o, ArticleEvents)]
    assert done == [a.id for a in articles if a.id != "broken"]
