"""Opaque keyset cursors: the last row's sort key and id, base64url-encoded JSON.

Keyset (not OFFSET) pagination so a page costs the same however deep it is,
and rows inserted meanwhile do not shift the pages a client is walking.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from wardesk.api.errors import ApiError

#: Sort keys are dates (ISO strings) or counts, which the databases store as 64-bit integers; a cursor
#: holding anything else (a float like 1e308, a huge integer) was not made by this server.
KEY_MIN, KEY_MAX = -(2**63), 2**63 - 1
#: Longest sort-key string and row id a cursor may carry (ids are at most 300 characters).
MAX_CURSOR_TEXT = 300


def encode_cursor(sort: str, key: Any, last_id: str) -> str:
    raw = json.dumps([sort, key, last_id], separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """(key, id) of a cursor made for ``sort``; ApiError 400 for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        got_sort, key, last_id = json.loads(raw)
    except (ValueError, binascii.Error, TypeError):
        raise ApiError(
            400, "the cursor is not valid; pass next_cursor from the previous page as is"
        ) from None
    if not isinstance(got_sort, str) or got_sort != sort:
        raise ApiError(
            400, f"the cursor belongs to another sort order ({got_sort!r}); start again without a cursor"
        )
    if not (_text(last_id) and (key is None or _text(key) or _count(key))):
        raise ApiError(400, "the cursor is not valid; pass next_cursor from the previous page as is")
    return key, last_id


def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_CURSOR_TEXT and "\x00" not in value


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and KEY_MIN <= value <= KEY_MAX
