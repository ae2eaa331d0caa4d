"""How many items the inputs will give, counted before they are read: a progress bar's total and ETA.

Counting is cheap beside extraction (a JSONL file's non-empty lines, a CSV's
records, one per text or HTML file), so a run can show "312/792 articles,
1:04 left" instead of a counter with no end. Inputs that can be read only once
(stdin) or not counted without fetching them (URLs, feeds) make the total
unknown (None). The count is a forecast: a broken record still counts as one
item, as it will be reported as one failure.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from wardesk.errors import WardeskError
from wardesk.ingest.decode import decode_bytes
from wardesk.ingest.readers import READERS


def _one(path: Path) -> int:
    return 1


def _jsonl_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def _csv_records(path: Path) -> int:
    text = decode_bytes(path.read_bytes())
    rows = csv.reader(io.StringIO(text, newline=""))
    return max(0, sum(1 for row in rows if any(cell.strip() for cell in row)) - 1)  # less the header


#: Item counter per file suffix (every suffix of READERS has one; a test checks).
COUNTERS: dict[str, Callable[[Path], int]] = {
    ".txt": _one,
    ".html": _one,
    ".htm": _one,
    ".jsonl": _jsonl_lines,
    ".ndjson": _jsonl_lines,
    ".csv": _csv_records,
}


def count_file(path: Path) -> int:
    """Items one supported file will give (1 when it cannot be counted: it will fail as one)."""
    counter = COUNTERS.get(path.suffix.lower(), _one)
    try:
        return max(1, counter(path))
    except (OSError, ValueError, csv.Error, WardeskError):
        return 1


def count_items(inputs: list[str], folder_files: Callable[[Path], list[Path]]) -> int | None:
    """Items ``inputs`` will give, or None when one of them cannot be counted in advance.

    folder_files: the supported files of a folder, as the reader expands it.
    """
    total = 0
    for name in inputs:
        if name == "-" or "://" in name:
            return None
        path = Path(name)
        if path.is_dir():
            total += sum(count_file(p) for p in folder_files(path)) or 1
        elif path.is_file() and path.suffix.lower() in READERS:
            total += count_file(path)
        else:
            total += 1  # reported as one failure
    return total
