"""The armed-group scan of geo/homes reads a trie of the names: it must find what a flat
alternation of the same names, longest first, finds (the old, slow reading, written out here).
Our own sentences."""

from __future__ import annotations

import re

import pytest

from wardesk.geo import homes
from wardesk.names import fold


def _flat_homes_in(text: str) -> dict[str, int]:
    names = list(homes._names())
    short = [n for n in names if len(n.replace(" ", "")) <= homes.ACRONYM_MAX_LETTERS]
    found: dict[str, int] = {}
    for names_, flags in (([n for n in names if n not in short], re.I), (short, 0)):
        alts = "|".join(map(re.escape, sorted(names_, key=len, reverse=True)))
        for m in re.finditer(rf"(?<!\w)(?:{alts})(?!\w)", text, flags):
            home = homes.home_country(m.group(0), fold(m.group(0), place=True))
            if home is not None and m.start() < found.get(home, len(text) + 1):
                found[home] = m.start()
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the New People's Army ambushed a patrol in the hills of Samar on Sunday.",
        "The ELN bombed a pipeline near the river; Eln is not an acronym in this spelling.",
        "Police blamed al-shabaab militants, written here in lower case, for the blast in Mandera.",
        "The ADF and the M23 were both named in the report, and the CODECO militia too.",
        "Nothing here names an armed group at all, only a market and a bridge.",
    ],
)
def test_the_trie_reads_as_the_flat_alternation(text):
    assert homes.homes_in(text) == _flat_homes_in(text)
