"""pipeline: extraction claims on documents (issue 10)

Two workers (or two hosts) must never read the same original twice: a worker claims a document by an
atomic ``UPDATE ... WHERE status = 'stored'``; ``claimed_by``/``claimed_at`` say who and since when, so a
claim left by a killed worker can be taken over once its flow run has crashed or its lease has run out.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("claimed_at")
        batch.drop_column("claimed_by")
