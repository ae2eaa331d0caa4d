"""The data files under ``resources/``: each says where it comes from and under what
licence, every word list loads through the one loader, and no module reads them another way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wardesk.resources import load_lines, load_list, load_text, load_words, load_yaml, resource_path

ROOT = resource_path("")
PACKAGE = ROOT.parent
TEXT_SUFFIXES = {".yaml", ".txt", ".csv", ".tsv"}
_SOURCE = re.compile(r"^#\s*source\b[^\n:]{0,20}:", re.I | re.M)
_LICENCE = re.compile(r"\blicen[cs]e\b[^\n:]{0,20}:", re.I)

#: Lists that hold a non-string today (an unquoted ``no``, ``on`` or ``off`` reads as a boolean):
#: none since designators' "no" was quoted (round 22).
KNOWN_NON_STRINGS: set[tuple[str, str]] = set()


def _data_files() -> list[Path]:
    return sorted(
        p for p in ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.name != "__init__.py"
    )


def _header(path: Path) -> str:
    """The comment lines a data file opens with (a blank line ends nothing, data does)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            lines.append(line)
        elif line.strip():
            break
    return "\n".join(lines)


def _readme_covers(path: Path) -> bool:
    """The folder's README.md names the file and states a source and a licence."""
    readme = path.parent / "README.md"
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    return path.name in text and "source" in text.lower() and "licen" in text.lower()


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_resources_file_states_source_and_licence(path: Path) -> None:
    if path.suffix == ".md":
        text = path.read_text(encoding="utf-8").lower()
        assert "source" in text and "licen" in text, f"{path.name} says nothing of source or licence"
    elif path.suffix in {".yaml", ".txt"}:  # word lists: the header says it, whatever the README does
        header = _header(path)
        assert _SOURCE.search(header), f"{path.name}: no '# source:' line in its header"
        assert _LICENCE.search(header), f"{path.name}: no 'licence:' in its header"
    elif not _readme_covers(path):  # tables with a header comment; data kept as published; binaries
        assert path.suffix in TEXT_SUFFIXES, (
            f"{path.name}: no header possible and no README.md accounts for it"
        )
        header = _header(path)
        assert _SOURCE.search(header), f"{path.name}: no '# source:' header line and no README.md naming it"
        assert _LICENCE.search(header), f"{path.name}: no 'licence:' header and no README.md naming it"


def _lists() -> list[tuple[str, str, str | None]]:
    """(kind, file, key) of every flat text list and every list of strings in a YAML file."""
    out: list[tuple[str, str, str | None]] = []
    for path in _data_files():
        kind = path.parent.name
        if path.suffix == ".txt":
            out.append((kind, path.name, None))
        elif path.suffix == ".yaml":
            data = load_yaml(kind, path.name)
            for key, value in data.items() if isinstance(data, dict) else []:
                if isinstance(value, list) and value and not isinstance(value[0], dict):
                    out.append((kind, path.name, key))
    return out


@pytest.mark.parametrize("kind,name,key", _lists(), ids=lambda v: str(v))
def test_resources_list_loads_as_strings(kind: str, name: str, key: str | None) -> None:
    if (name, key) in KNOWN_NON_STRINGS:
        with pytest.raises(TypeError):
            load_list(kind, name, key)
        return
    words = load_list(kind, name, key)
    assert words and all(isinstance(w, str) and w == w.strip() and w for w in words)
    assert load_words(kind, name, key) == frozenset(words)


def test_resources_loaders_are_cached() -> None:
    assert load_words("lexicons", "roles.yaml", "light_verbs") is load_words(
        "lexicons", "roles.yaml", "light_verbs"
    )
    assert load_yaml("lexicons", "triggers.yaml") is load_yaml("lexicons", "triggers.yaml")


def test_resources_text_lists_skip_comments_and_keep_order() -> None:
    lines = load_lines("gazetteer", "admin_suffixes.txt")
    assert lines[:2] == ("governorate", "province") and "regional state" in lines
    assert not any(line.startswith("#") for line in load_lines("lexicons", "english_function_words.txt"))
    assert load_text("gazetteer", "admin_suffixes.txt").startswith("#")


def test_resources_missing_key_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="roles.yaml has no list 'no_such_list'"):
        load_list("lexicons", "roles.yaml", "no_such_list")


#: Modules still opening a resource file themselves, each to move to wardesk.resources.load_text:
#: export/ was another helper's area while the word lists moved (issue 15).
NOT_YET_THROUGH_LOADER: set[str] = set()


def test_resources_no_module_opens_resource_files_itself() -> None:
    """Data is reached through wardesk.resources only, so where it lives is decided in one place."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(ROOT):
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"""files\(\s*["']wardesk\.resources["']|/\s*["']resources["']""", text):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert set(offenders) <= NOT_YET_THROUGH_LOADER, offenders


@pytest.mark.parametrize(
    "path", [p for p in _data_files() if p.suffix == ".yaml"], ids=lambda p: str(p.relative_to(ROOT))
)
def test_resources_yaml_reads_as_the_pure_python_loader_reads_it(path: Path) -> None:
    """load_yaml parses with libyaml when it can: every bundled file must read exactly as
    PyYAML's own safe loader reads it (same keys, values, types and order)."""
    import yaml

    rel = path.relative_to(ROOT)
    got = load_yaml(str(rel.parent), rel.name)
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert got == expected
    assert repr(got) == repr(expected)  # True vs 1, 1.0 vs 1, key order
