"""Data files (lexicons, actors, gazetteer), loaded through importlib.resources."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


@functools.cache
def load_yaml(kind: str, name: str) -> Any:
    """Parse ``resources/<kind>/<name>`` once per process."""
    ref = resources.files("wardesk.resources").joinpath(kind, name)
    with ref.open("r", encoding="utf-8") as f:
        return yaml.safe_load(f)


def demo_corpus() -> Path:
    """The bundled demo corpus, FA-KES (``resources/corpus/fakes.csv``; see its README), wherever
    wardesk is installed: ``wardesk demo`` works from any directory."""
    return Path(str(resources.files("wardesk.resources").joinpath("corpus", "fakes.csv")))
