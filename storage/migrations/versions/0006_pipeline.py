"""pipeline: placeholder for issue 10 (pipeline orchestration) — owned by the pipeline work

Kept as an empty step so the revision chain is fixed while the work lands in parallel.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
