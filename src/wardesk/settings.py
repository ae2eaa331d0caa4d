"""Settings: one table of every knob, read in one place, in the spirit of Datasette's ``SETTINGS``.

Each setting has a name, a default, the environment variable that sets it and
a help text. Values are merged in this order, later ones winning: the default,
a TOML config file (``$WARDESK_CONFIG``, keys are the setting names), the
environment. Options given on the command line or as function arguments win
over all of these: callers pass them explicitly and fall back to ``current()``.

This is the only module of wardesk that reads the environment; stages receive
values from here and never look at ``os.environ`` themselves.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wardesk.errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: The environment variable naming the config file.
CONFIG_ENV = "WARDESK_CONFIG"


def _text(value: str) -> str | None:
    return value if value != "" else None


def _flag(value: str) -> bool:
    low = value.strip().lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected 1/0, true/false, yes/no or on/off")


def _names(value: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in value.split(",") if n.strip())


def _origins(value: str) -> tuple[str, ...]:
    """Comma-separated origins ('https://a.example, https://b.example'), each scheme://host[:port]."""
    out = tuple(o.strip().rstrip("/") for o in value.split(",") if o.strip())
    bad = [o for o in out if not o.startswith(("http://", "https://")) or o.count("/") != 2]
    if bad:
        raise ValueError(f"{', '.join(bad)}: an origin is scheme://host[:port], with no path")
    return out


def _path(value: str) -> Path | None:
    return Path(value).expanduser() if value.strip() else None


def _data_home(env: Mapping[str, str]) -> Path:
    """The XDG data folder: $XDG_DATA_HOME, else ~/.local/share."""
    xdg = env.get("XDG_DATA_HOME", "").strip()
    return Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise ValueError("expected a whole number of at least 1")
    return n


@dataclass(frozen=True)
class Setting:
    """One knob: its name (the config-file key), default, environment variable and help."""

    name: str
    default: Any
    env: str
    help: str
    parse: Callable[[str], Any] = _text


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "wardesk.db", "WARDESK_DB", "Database URL or SQLite file, when --db is not given."),
    Setting(
        "token",
        None,
        "WARDESK_TOKEN",
        "Bearer token that allows writes through the API (POST /api/articles); unset turns writes off.",
    ),
    Setting(
        "allow_hosts",
        (),
        "WARDESK_ALLOW_HOSTS",
        "Host names the API answers besides localhost, 127.0.0.1, ::1 and its bind address "
        "(comma-separated; * for any). Other Host headers get 400, against DNS rebinding.",
        _names,
    ),
    Setting(
        "cache_dir",
        None,
        "WARDESK_CACHE_DIR",
        "Folder of built caches (the gazetteer index, ~25 MB); unset: the user's cache folder "
        "(~/.cache/wardesk on Linux).",
    ),
    Setting(
        "fast_nlp",
        True,
        "WARDESK_FAST_NLP",
        "Use wardesk's faster stand-ins for spaCy's entity recognizer, attribute ruler and lemmatizer "
        "(same output, checked at every load); 0 runs spaCy's own components.",
        _flag,
    ),
    Setting(
        "cors_origins",
        (),
        "WARDESK_CORS_ORIGINS",
        "Origins (comma-separated, e.g. https://desk.example.org) whose pages may call the API from a "
        "browser; none by default (no CORS headers). `wardesk serve --cors-origin` wins over it.",
        _origins,
    ),
    Setting(
        "blas_threads",
        1,
        "WARDESK_BLAS_THREADS",
        "BLAS threads per process; spaCy's small matrices gain nothing from more (see nlp/loader.py).",
        _positive_int,
    ),
    Setting(
        "blis_avx2",
        True,
        "WARDESK_BLIS_AVX2",
        "Let blis (spaCy's parser's matrix library) use its AVX2/FMA kernels on x86-64 CPUs it does not "
        "recognise, where it falls back to generic ones a third as fast (checked at load; "
        "see nlp/blis_kernels.py); 0 leaves blis's own choice.",
        _flag,
    ),
    Setting(
        "gazetteer_dir",
        None,
        "WARDESK_GAZETTEER_DIR",
        "Folder of the user's gazetteer additions (`wardesk gazetteer add`); default: wardesk/gazetteer "
        "under $XDG_DATA_HOME (~/.local/share). Never inside the installed package.",
        _path,
    ),
    Setting(
        "scale_fail_partitions",
        None,
        "WARDESK_SCALE_FAIL_PARTITIONS",
        "Test hook: partitions to fail on purpose in a Dask run ('INDEX' or 'INDEX:ATTEMPTS', comma-separated).",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """The merged values, one attribute per entry of ``SETTINGS``."""

    db: str
    token: str | None
    allow_hosts: tuple[str, ...]
    cache_dir: str | None
    fast_nlp: bool
    cors_origins: tuple[str, ...]
    blas_threads: int
    blis_avx2: bool
    gazetteer_dir: Path
    scale_fail_partitions: str | None


def current(environ: Mapping[str, str] | None = None) -> Settings:
    """The settings now: defaults < config file < environment. Cheap enough to call per use (the
    config file is parsed once per path and modification time), so tests can change the environment."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    config = env.get(CONFIG_ENV)
    if config:
        values.update(_config_file(config))
    for s in SETTINGS:
        raw = env.get(s.env)
        if raw is not None:
            values[s.name] = _parse(s, raw, s.env)
    if values["gazetteer_dir"] is None:
        values["gazetteer_dir"] = _data_home(env) / "wardesk" / "gazetteer"
    return Settings(**values)


def _parse(setting: Setting, raw: str, where: str) -> Any:
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise UsageError(f"{where}={raw!r} is not a valid {setting.name}: {exc} ({setting.help})") from None


def _config_file(path: str) -> dict[str, Any]:
    p = Path(path).expanduser()
    try:
        stamp = p.stat().st_mtime_ns
    except OSError as exc:
        raise UsageError(
            f"${CONFIG_ENV} names {path}, which cannot be read ({exc.strerror or exc}); fix the path or unset it"
        ) from None
    return _read_config(str(p), stamp)


@functools.lru_cache(maxsize=8)
def _read_config(path: str, stamp: int) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(
            f"config file {path} is not valid TOML ({exc}); fix it or unset ${CONFIG_ENV}"
        ) from None
    out: dict[str, Any] = {}
    for key, value in data.items():
        setting = _BY_NAME.get(key)
        if setting is None:
            raise UsageError(
                f"config file {path}: unknown setting {key!r}; known settings: {', '.join(_BY_NAME)}"
            )
        out[key] = _parse(setting, str(value), f"{path}: {key}")
    return out


def describe() -> list[tuple[str, str, str, str]]:
    """(name, environment variable, default, help) of every setting, for ``--help`` and the docs."""
    return [(s.name, s.env, "" if s.default in (None, ()) else str(s.default), s.help) for s in SETTINGS]


def limit_blas_threads() -> None:
    """Set ``OPENBLAS_NUM_THREADS`` (unless the user did) before numpy loads: OpenBLAS then starts no
    thread pool at all. Called when the ``wardesk`` package is imported; worker processes inherit it."""
    if "OPENBLAS_NUM_THREADS" in os.environ:
        return
    try:
        threads = current().blas_threads
    except UsageError:  # a bad setting is reported where it is used, not at import
        threads = 1
    os.environ["OPENBLAS_NUM_THREADS"] = str(threads)
