"""Bytes to text: UTF-8 first, then cp1252 with latin-1 for the bytes cp1252 leaves undefined.

Real corpora are not all UTF-8. FA-KES (``fakes.csv``) is latin-1 and carries
damaged curly quotes as the byte runs ``\\x95\\x81``, ``\\x95_`` and
``\\x95\\xb5``; those runs are repaired before decoding so that they do not
surface as a bullet followed by a control character.
"""

from __future__ import annotations

import codecs
import re

from wardesk.errors import BinaryInput

#: How much of an input is sniffed for binary content. 8 KiB is what ``file``
#: and git look at too; enough to see the NULs of any binary format.
BINARY_SNIFF_BYTES = 8192

#: Share of control bytes (other than tab, newline, carriage return, form feed)
#: above which an input is treated as binary. Text has none; compressed or
#: image data has about 12% (27 of 256 byte values), so 5% separates them.
MAX_CONTROL_BYTE_SHARE = 0.05

_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}

# FA-KES's damaged runs. \x95\x81 is undefined in cp1252 and \x95_ / \x95\xb5
# make no sense there either, so these patterns cannot eat real text.
_LETTER = rb"[A-Za-z\xc0-\xff]"
_DAMAGED_RUNS: tuple[tuple[re.Pattern[bytes], bytes], ...] = (
    (re.compile(rb"\x95\x81(?= \d{4}\b)"), "©".encode("cp1252")),  # "Copyright \x95\x81 2018"
    (re.compile(rb"\x95\xb5"), b"-"),  # a separator in embeds: "Sputnik \x95\xb5 Years of ..."
    (re.compile(rb"(?<=" + _LETTER + rb")\x95[\x81_](?=" + _LETTER + rb")"), b"'"),  # "Syria\x95_s"
    (re.compile(rb"(?<= )\x95_(?= )"), b"-"),  # a dash: "Aleppo \x95_ monitor"
    (re.compile(rb"\x95[\x81_]"), b'"'),  # an opening or closing quote
)


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as latin-1."""
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("latin-1"), error.end


codecs.register_error("wardesk-latin1", _latin1_fallback)


def looks_binary(data: bytes) -> bool:
    """True when the start of ``data`` holds NUL bytes or too many control bytes."""
    sample = data[:BINARY_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls / len(sample) > MAX_CONTROL_BYTE_SHARE


def repair_damaged_quotes(data: bytes) -> bytes:
    """Replace FA-KES-style damaged quote runs (``\\x95\\x81`` etc.) by cp1252 punctuation."""
    if b"\x95" not in data:
        return data
    for pattern, replacement in _DAMAGED_RUNS:
        data = pattern.sub(replacement, data)
    return data


def decode_bytes(data: bytes, *, where: str | None = None) -> str:
    """The text of ``data``: UTF-8 (BOM allowed), UTF-16 with a BOM, else cp1252/latin-1.

    Raises BinaryInput when the bytes are not text at all.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # a binary file that happens to start with FF FE; judged below
    if looks_binary(data):
        raise BinaryInput(
            "this looks like a binary file (NUL or control bytes), not text; "
            "give wardesk .txt, .html, .jsonl or .csv files",
            where=where,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return repair_damaged_quotes(data).decode("cp1252", errors="wardesk-latin1")
