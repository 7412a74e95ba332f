"""Feeds, reports and where each report was seen (placeholder: filled in by its owner).

Revision ID: 0001
Revises: (none)
"""

from collections.abc import Sequence

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
