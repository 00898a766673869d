"""findings evidence: what an export carries, where a paper value was read, readings to verify

- ``electronic_imports.coverage``: the schema fields the export has, per sheet ({"档案": [...], "家庭成员": [...]});
  a field the export lacks produces no finding (issue 9). ``reconcile_runs.lacking``: what a run could not compare.
- ``findings.evidence``: provenance of the paper side (document, page, box, confidence, how it was settled).
- ``readings_to_verify``: paper readings not trustworthy enough for a finding, kept apart from findings.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("electronic_imports") as batch:
        batch.add_column(sa.Column("coverage", sa.JSON(), nullable=True))
    with op.batch_alter_table("reconcile_runs") as batch:
        batch.add_column(sa.Column("lacking", sa.JSON(), nullable=True))
    with op.batch_alter_table("findings") as batch:
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=True))
    op.create_table(
        "readings_to_verify",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("archive_no", sa.String(64), nullable=False),
        sa.Column("unit", sa.String(128)),
        sa.Column("field", sa.String(128), nullable=False),
        sa.Column("paper", sa.JSON()),
        sa.Column("electronic", sa.JSON()),
        sa.Column("detail", sa.Text(), nullable=False, server_default=""),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id")),
        sa.Column("evidence", sa.JSON()),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("first_run_id", sa.Integer(), sa.ForeignKey("reconcile_runs.id")),
        sa.Column("last_run_id", sa.Integer(), sa.ForeignKey("reconcile_runs.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("fingerprint"),
    )
    op.create_index("ix_readings_to_verify_archive_no", "readings_to_verify", ["archive_no"])
    op.create_index("ix_readings_to_verify_unit", "readings_to_verify", ["unit"])
    op.create_index("ix_readings_to_verify_status", "readings_to_verify", ["status"])


def downgrade() -> None:
    op.drop_table("readings_to_verify")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("evidence")
    with op.batch_alter_table("reconcile_runs") as batch:
        batch.drop_column("lacking")
    with op.batch_alter_table("electronic_imports") as batch:
        batch.drop_column("coverage")
