"""claims of responsibility: event_claims.value may be null; actor and stance columns

A claim of responsibility ("the army accused the rebels", "IS claimed it",
"the ministry denied any involvement") has no number: it names an actor and
the source's stance towards the act (docs/event-schema.md).

Revision ID: 0003
Revises: 0002
Create Date: 2025-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.alter_column("value", existing_type=sa.Float(), nullable=True)
        batch_op.add_column(sa.Column("actor", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("stance", sa.String(length=16), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM event_claims WHERE value IS NULL")
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.drop_column("stance")
        batch_op.drop_column("actor")
        batch_op.alter_column("value", existing_type=sa.Float(), nullable=False)
