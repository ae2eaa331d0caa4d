"""Data files (lexicons, actors, gazetteer): the one way code reaches them.

Every module reads its word lists and tables through these functions, never by
opening files itself, so that where the data lives is decided here and each
file is parsed once per process (the loaders are cached): a list a module needs
per token is a module-level constant built from them at import time.

Word lists live in ``lexicons/``: flat lists as text files (one entry a line,
``#`` comments), structured or grouped ones in YAML. Each file states its
source and licence in a header comment (``tests/test_resources.py`` checks).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it (~10x faster; the same Python objects, since the
#: constructor and resolver are the Python ones): actors.yaml alone took ~0.8 s with the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resource_path(kind: str, name: str = "") -> Path:
    """The filesystem path of ``resources/<kind>/<name>`` (a folder when ``name`` is empty).

    For readers that need a real path (SQLite, csv): the package is installed
    as files, never zipped.
    """
    ref = resources.files("wardesk.resources").joinpath(kind)
    if name:
        ref = ref.joinpath(name)
    return Path(str(ref))


@functools.cache
def load_text(kind: str, name: str) -> str:
    """The text of ``resources/<kind>/<name>``, read once per process."""
    return resources.files("wardesk.resources").joinpath(kind, name).read_text(encoding="utf-8")


@functools.cache
def load_yaml(kind: str, name: str) -> Any:
    """Parse ``resources/<kind>/<name>`` once per process."""
    return yaml.load(load_text(kind, name), Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


@functools.cache
def load_lines(kind: str, name: str) -> tuple[str, ...]:
    """The entries of a flat text list, in file order: one a line, blank lines and ``#`` comments out."""
    out = []
    for line in load_text(kind, name).splitlines():
        entry = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if entry:
            out.append(entry)
    return tuple(out)


@functools.cache
def load_list(kind: str, name: str, key: str | None = None) -> tuple[str, ...]:
    """A word list in file order: a text file's lines, or the list under ``key`` of a YAML file.

    Use it where order matters (a regex alternation, a first-match scan).
    """
    if key is None:
        return load_lines(kind, name)
    data = load_yaml(kind, name)
    if key not in data:
        raise KeyError(f"resources/{kind}/{name} has no list {key!r}")
    words = tuple(data[key])
    bad = [w for w in words if not isinstance(w, str)]
    if bad:  # YAML reads unquoted on/no/yes as booleans: quote them
        raise TypeError(f"resources/{kind}/{name}: {key} holds non-strings {bad!r}; quote them")
    return words


@functools.cache
def load_words(kind: str, name: str, key: str | None = None) -> frozenset[str]:
    """A word list as a set, for membership tests: see :func:`load_list`."""
    return frozenset(load_list(kind, name, key))


def demo_corpus() -> Path:
    """The bundled demo corpus, FA-KES (``resources/corpus/fakes.csv``; see its README), wherever
    wardesk is installed: ``wardesk demo`` works from any directory."""
    return resource_path("corpus", "fakes.csv")
