"""first day: placeholder for issue 11 (personal data, log-in throttling) — owned by the first-day work

Kept as an empty step so the revision chain is fixed while the work lands in parallel.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
