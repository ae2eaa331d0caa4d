"""Bytes to text: UTF-8, BOMs, cp1252/latin-1, FA-KES's damaged runs, binary refusal."""

from __future__ import annotations

import pytest

from wardesk.errors import BinaryInput
from wardesk.ingest.decode import decode_bytes

CASES = [
    ("utf-8", "Deir ez-Zor — café".encode(), "Deir ez-Zor — café"),
    ("utf-8 BOM", b"\xef\xbb\xbfShelling resumed", "Shelling resumed"),
    ("utf-16 BOM", "Shelling résumed".encode("utf-16"), "Shelling résumed"),
    ("cp1252 quotes", b"\x93ceasefire\x94 and Syria\x92s army", "“ceasefire” and Syria’s army"),
    ("latin-1", b"caf\xe9 in Lattaqui\xe9", "café in Lattaquié"),
    ("fakes copyright", b"Copyright \x95\x81 2018 TRT World", "Copyright © 2018 TRT World"),
    ("fakes open quote", b"the so-called \x95\x81Islamic State group", 'the so-called "Islamic State group'),
    ("fakes apostrophe", b"north of Syria\x95_s Aleppo", "north of Syria's Aleppo"),
    ("fakes dash", b"kill 44 \x95_ monitor", "kill 44 - monitor"),
    ("fakes quotes", b"Syria \x95_chemical attack\x95_ kills", 'Syria "chemical attack" kills'),
    ("fakes separator", b"Sputnik \x95\xb5 Years of", "Sputnik - Years of"),
    ("cp1252 undefined byte", b"abc\x81def\xe9", "abc\x81defé"),
    ("real bullet kept", b"\x95 first point", "• first point"),
]


@pytest.mark.parametrize(("name", "data", "text"), CASES, ids=[c[0] for c in CASES])
def test_decode_bytes(name: str, data: bytes, text: str) -> None:
    assert decode_bytes(data) == text


@pytest.mark.parametrize(
    "data",
    [b"GIF89a\x01\x00\x01\x00\x00\xff", bytes(range(1, 9)) * 100, b"PK\x03\x04\x14\x00\x00\x00\x08\x00"],
)
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(BinaryInput) as info:
        decode_bytes(data, where="blob.txt")
    assert "blob.txt" in str(info.value)
