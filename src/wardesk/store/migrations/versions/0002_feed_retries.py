"""feed entries whose fetch failed for now are retried: feed_items.state, attempts, next_try, title, published

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.String(length=8), server_default="done", nullable=False))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("next_try", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("title", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("published", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_items", schema=None) as batch_op:
        for name in ("published", "title", "next_try", "attempts", "state"):
            batch_op.drop_column(name)
