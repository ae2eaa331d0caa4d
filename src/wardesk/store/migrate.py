"""Schema migrations with Alembic, run on open: a new database is created, an old one is brought up to date."""

from __future__ import annotations

import functools
from importlib import resources

from sqlalchemy import Engine, inspect, text


@functools.lru_cache(maxsize=1)
def _config():  # noqa: ANN202
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("wardesk.store") / "migrations"))
    return cfg


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration's id."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None when it has no tables yet."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` (default: the newest). Cheap when it is already there."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        try:
            command.upgrade(cfg, revision)
        finally:
            cfg.attributes.pop("connection", None)
