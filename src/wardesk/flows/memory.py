"""The garbage collector's thresholds during a run (extraction, or a whole ingest with its writes and links)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: The garbage collector's thresholds while a batch run is under way. Extraction makes millions
#: of short-lived objects; at Python's defaults (700, 10, 10) a run over FA-KES made 15 full
#: collections, each walking every live object (~1 s of 24 s CPU). At these, 2 full collections;
#: peak memory grows by ~45 MB (bench/run_bench.py). Restored when the run ends. An ingest keeps
#: them through its writes and link runs too, where the defaults made 8 full collections over
#: FA-KES (~1 s CPU, the link state's reports and pair scores walked each time).
RUN_GC_THRESHOLDS = (10_000, 50, 50)


@contextlib.contextmanager
def fewer_collections(thresholds: tuple[int, int, int] = RUN_GC_THRESHOLDS) -> Iterator[None]:
    """Raise the collector's thresholds for the block (never lower them), then put them back."""
    before = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(thresholds, before, strict=True)))
    try:
        yield
    finally:
        gc.set_threshold(*before)
