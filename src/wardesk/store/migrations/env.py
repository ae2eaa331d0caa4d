"""Alembic environment: run migrations on the connection wardesk hands over (see ``store.migrate``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wardesk.store.schema import metadata

config = context.config
target_metadata = metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the `alembic` command line: take the URL from the ini / -x db=...
        url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
        with create_engine(url).connect() as conn:
            context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("wardesk migrations run online only: use `wardesk db upgrade`")
run_migrations_online()
