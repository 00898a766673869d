"""findings evidence: placeholder for issue 9 (findings with evidence, readings to verify) — owned by the reconcile work

Kept as an empty step so the revision chain is fixed while the work lands in parallel.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
