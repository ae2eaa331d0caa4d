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
    if got_sort != sort or not isinstance(last_id, str):
        raise ApiError(
            400, f"the cursor belongs to another sort order ({got_sort!r}); start again without a cursor"
        )
    return key, last_id
