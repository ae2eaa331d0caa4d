"""settings: one table, merged defaults < config file < environment, with errors that name key and value."""

from __future__ import annotations

from pathlib import Path

import pytest

from wardesk import settings
from wardesk.errors import UsageError


def test_settings_defaults_when_nothing_is_set() -> None:
    now = settings.current({})
    assert (now.db, now.token, now.blas_threads) == ("wardesk.db", None, 1)


def test_settings_environment_beats_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "wardesk.toml"
    cfg.write_text('db = "from-file.db"\nblas_threads = 2\n', encoding="utf-8")
    now = settings.current({"WARDESK_CONFIG": str(cfg), "WARDESK_DB": "from-env.db"})
    assert now.db == "from-env.db"
    assert now.blas_threads == 2


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"WARDESK_BLAS_THREADS": "many"}, "WARDESK_BLAS_THREADS"),
        ({"WARDESK_BLAS_THREADS": "0"}, "at least 1"),
        ({"WARDESK_CONFIG": "/nonexistent/wardesk.toml"}, "/nonexistent/wardesk.toml"),
    ],
)
def test_settings_bad_values_name_what_is_wrong(environ: dict[str, str], named: str) -> None:
    with pytest.raises(UsageError, match=named):
        settings.current(environ)


def test_settings_unknown_config_key_lists_the_known_ones(tmp_path: Path) -> None:
    cfg = tmp_path / "wardesk.toml"
    cfg.write_text('databse = "x.db"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="unknown setting 'databse'.*db, token"):
        settings.current({"WARDESK_CONFIG": str(cfg)})


def test_settings_are_read_from_the_environment_only_in_settings_py() -> None:
    src = Path(settings.__file__).parent
    readers = [
        p.relative_to(src).as_posix()
        for p in src.rglob("*.py")
        if p.name != "settings.py" and ("os.environ" in p.read_text() or "getenv(" in p.read_text())
    ]
    assert readers == []
