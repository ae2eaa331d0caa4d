"""No benchmark text in the repository: tests and comments are written from our own sentences.

The annotated benchmark articles (``../shared/bench/dev/*.jsonl`` and
``../shared/bench/linking/*.jsonl``) are held out in spirit, and hidden sets from other wars
are scored the same way, so a test or a rule built on their wording measures nothing. This
test collects every run of six consecutive word tokens (lower case, ``[a-z0-9]+``) in the
benchmark articles' titles and texts and fails, naming file, run and article id, for any such
run found in ``tests/**/*.py``, ``src/**/*.py`` or the data files
``src/wardesk/resources/**/*.{yaml,txt,json,csv,tsv}``.

Not counted:

* the bundled FA-KES demo corpus (``src/wardesk/resources/corpus/``), a different data set;
* runs made of proper names the project lists as data. The names are read from the name
  lists themselves (never from a list of phrases written for this test): actor names,
  aliases, leaders, metonyms, country names and reference titles in
  ``resources/actors/actors.yaml``; source names and aliases, with the people each source
  lists, in ``resources/lexicons/sources.yaml``; wire agencies in
  ``resources/lexicons/wire_agencies.yaml``; outlets in ``resources/outlets/outlets.yaml``;
  place names and aliases in ``resources/gazetteer/{supplement,admin1_names,countries_extra}.csv``.
  The rule: a run is excepted when every one of its six tokens lies inside an occurrence
  of a listed name (a whole name within the run, or a name the run starts or ends inside
  of, or a name longer than the run that holds it all), except at most TWO tokens, each an
  English function word (``resources/lexicons/english_function_words.txt``) or a form of
  a reporting verb (``resources/lexicons/reporting_verbs.yaml``). So "the Syrian
  Observatory for Human Rights", "Syrian Observatory for Human Rights said" and
  "Observatory for Human Rights said the" pass (a listed name plus at most two function
  words or reporting verbs), while "the Observatory said an air strike" fails: three of
  its words are neither listed names nor function words nor reporting verbs.

Run it alone to list the shared runs: ``python tests/test_own_sentences.py``.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench"
RESOURCES = REPO / "src" / "wardesk" / "resources"
N = 6
#: Tokens of a run that may lie outside listed names, each a function word or reporting verb.
MAX_FILLERS = 2
_WORD = re.compile(r"[a-z0-9]+")
_DATA_SUFFIXES = {".yaml", ".txt", ".json", ".csv", ".tsv"}
_SKIP_DIRS = {RESOURCES / "corpus"}
#: YAML keys whose values are proper names in the name lists (`ref`: the title of the reference an
#: actor entry was checked against, e.g. a Wikipedia article named after the actor).
_NAME_KEYS = {"name", "aliases", "leaders", "metonyms", "places", "ref"}
#: English irregular past forms of reporting verbs (morphology, not benchmark text).
_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke"]}


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(tokens: list[str]) -> Iterator[tuple[str, ...]]:
    for i in range(len(tokens) - N + 1):
        yield tuple(tokens[i : i + N])


def bench_runs() -> dict[tuple[str, ...], str]:
    """Every six-token run of the benchmark articles -> the id of the first article holding it."""
    runs: dict[tuple[str, ...], str] = {}
    for path in sorted([*BENCH.glob("dev/*.jsonl"), *BENCH.glob("linking/*.jsonl")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            article = json.loads(line)["article"]
            tokens = _tokens(article.get("title") or "") + ["\0"] + _tokens(article.get("text") or "")
            for run in _runs(tokens):
                if "\0" not in run:
                    runs.setdefault(run, article["id"])
    return runs


def repo_files() -> list[Path]:
    """The files the rule covers: tests and sources in Python, and the resource data files."""
    files = [p for p in (REPO / "tests").rglob("*.py")]
    files += [p for p in (REPO / "tests" / "data").rglob("*.yaml")]  # sweeps of our own sentences
    files += [p for p in (REPO / "src").rglob("*.py")]
    files += [p for p in (REPO / "docs").rglob("*.md")] + [REPO / "README.md"]
    files += [
        p
        for p in RESOURCES.rglob("*")
        if p.is_file() and p.suffix in _DATA_SUFFIXES and not any(d in p.parents for d in _SKIP_DIRS)
    ]
    return sorted(
        p for p in files if "__pycache__" not in p.parts and p.resolve() != Path(__file__).resolve()
    )


def _yaml_names(value: object, under_name_key: bool = False) -> Iterator[str]:
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from _yaml_names(sub, key in _NAME_KEYS)
    elif isinstance(value, list):
        for sub in value:
            yield from _yaml_names(sub, under_name_key)
    elif isinstance(value, str) and under_name_key:
        yield value


def _csv_names(path: Path) -> Iterator[str]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(lines):
        yield row.get("name") or ""
        yield from (row.get("aliases") or "").split("|")


class NameList:
    """The token sequences of every proper name the project lists as data, with their ends.

    A run of six tokens may begin inside a name (so its first tokens are a name's last ones)
    or end inside one (its last tokens are a name's first ones), or lie wholly inside a name.
    """

    def __init__(self, names: set[tuple[str, ...]]) -> None:
        self.full = names
        self.prefixes = {n[:k] for n in names for k in range(1, len(n))}
        self.suffixes = {n[k:] for n in names for k in range(1, len(n))}
        self.inner = {n[i : i + N] for n in names for i in range(len(n) - N + 1)}

    def covered(self, run: tuple[str, ...]) -> list[bool]:
        """Which tokens of the run lie inside an occurrence of a listed name."""
        if run in self.inner:
            return [True] * N
        cover = [False] * N
        for start in range(N):
            for end in range(start + 1, N + 1):
                part = run[start:end]
                if (
                    part in self.full
                    or (start == 0 and part in self.suffixes)
                    or (end == N and part in self.prefixes)
                ):
                    cover[start:end] = [True] * (end - start)
        return cover


@functools.cache
def listed_names() -> NameList:
    """Every proper name in the actor, source, wire-agency, outlet and place lists."""
    names: list[str] = []
    for rel in (
        "actors/actors.yaml",
        "lexicons/sources.yaml",
        "lexicons/wire_agencies.yaml",
        "outlets/outlets.yaml",
    ):
        names += _yaml_names(yaml.safe_load((RESOURCES / rel).read_text(encoding="utf-8")))
    for rel in ("gazetteer/supplement.csv", "gazetteer/admin1_names.csv", "gazetteer/countries_extra.csv"):
        names += _csv_names(RESOURCES / rel)
    return NameList({t for t in (tuple(_tokens(n)) for n in names) if t})


@functools.cache
def filler_words() -> frozenset[str]:
    """Words one of which may stand beside a listed name: function words and reporting verbs."""
    words = {
        w.strip().lower()
        for w in (RESOURCES / "lexicons/english_function_words.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    verbs = yaml.safe_load((RESOURCES / "lexicons/reporting_verbs.yaml").read_text(encoding="utf-8"))["verbs"]
    for lemma in verbs:
        stem = lemma.rstrip("e")
        words |= {lemma, lemma + "s", stem + "ed", *(_IRREGULAR.get(lemma, []))}
    return frozenset(words)


def is_name_run(run: tuple[str, ...], names: NameList, fillers: frozenset[str]) -> bool:
    """True when the run is listed names plus at most two function words or reporting verbs."""
    rest = [tok for tok, cov in zip(run, names.covered(run), strict=True) if not cov]
    return len(rest) <= MAX_FILLERS and all(tok in fillers for tok in rest)


def shared_runs() -> list[tuple[str, str, str]]:
    """(file, run, article id) for every benchmark run found in the repository and not excepted."""
    bench = bench_runs()
    names = listed_names()
    fillers = filler_words()
    found: list[tuple[str, str, str]] = []
    for path in repo_files():
        seen: set[tuple[str, ...]] = set()
        for run in _runs(_tokens(path.read_text(encoding="utf-8", errors="replace"))):
            if run in bench and run not in seen and not is_name_run(run, names, fillers):
                seen.add(run)
                found.append((str(path.relative_to(REPO)), " ".join(run), bench[run]))
    return found


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (("the", "syrian", "observatory", "for", "human", "rights"), True),
        (("syrian", "observatory", "for", "human", "rights", "said"), True),
        (("observatory", "for", "human", "rights", "said", "the"), True),
        (("britain", "based", "syrian", "observatory", "for", "human"), True),
        (("observatory", "for", "human", "rights", "said", "twelve"), False),
        (("the", "observatory", "said", "an", "air", "strike"), False),
        (("monitor", "said", "an", "air", "strike", "killed"), False),
    ],
)
def test_own_sentences_name_rule(run: tuple[str, ...], expected: bool) -> None:
    """A listed name plus up to two function words or reporting verbs is excepted; a sentence is not."""
    assert is_name_run(run, listed_names(), filler_words()) is expected


@pytest.mark.skipif(
    not BENCH.is_dir(), reason="benchmark not present at ../shared/bench: nothing to compare with"
)
def test_own_sentences_no_benchmark_runs_in_repository() -> None:
    """No six-word run of a benchmark article appears in tests, code or resource files."""
    found = shared_runs()
    listing = "\n".join(f"{f}: '{run}' ({aid})" for f, run, aid in found)
    assert not found, f"{len(found)} benchmark runs in the repository; write your own sentences:\n{listing}"


if __name__ == "__main__":
    for f, run, aid in shared_runs():
        print(f"{f}\t{run}\t{aid}")
    sys.exit(0)
