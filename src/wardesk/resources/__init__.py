"""Data files (lexicons, actors, gazetteer), loaded through importlib.resources."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml


@functools.cache
def load_yaml(kind: str, name: str) -> Any:
    """Parse ``resources/<kind>/<name>`` once per process."""
    ref = resources.files("wardesk.resources").joinpath(kind, name)
    with ref.open("r", encoding="utf-8") as f:
        return yaml.safe_load(f)
