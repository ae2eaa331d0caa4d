"""The documents say what the code does: every event type, claim kind and ACLED column is in the
codebook, and the schema the README cites is in the repository."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from wardesk.export.acled import ACLED_COLUMNS
from wardesk.record import ClaimWhat, EventType, PlacePrecision

DOCS = Path(__file__).resolve().parents[1] / "docs"
CODEBOOK = (DOCS / "codebook.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [*get_args(EventType), *get_args(ClaimWhat), *get_args(PlacePrecision)])
def test_docs_codebook_names_every_coded_value(name: str) -> None:
    assert f"`{name}`" in CODEBOOK


@pytest.mark.parametrize("column", ACLED_COLUMNS)
def test_docs_codebook_explains_every_acled_column(column: str) -> None:
    assert f"`{column}`" in CODEBOOK


def test_docs_schema_cited_by_the_readme_is_in_the_repository() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/event-schema.md" in readme and (DOCS / "event-schema.md").exists()
