"""import coverage: placeholder for issue 10 (electronic import coverage and streaming) — owned by the import work

Kept as an empty step so the revision chain is fixed while the work lands in parallel.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
