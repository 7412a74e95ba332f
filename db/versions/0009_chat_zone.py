"""A chat's time zone follows its language until it picks one (NULL: Asia/Seoul for Korean, else UTC).

Revision ID: 0009
Revises: 0008

Every subscription used to get "UTC" without being asked, and the settings never showed it, so a
Seoul chat's quiet hours ran in UTC. Those stored "UTC"s become NULL (the language's zone); a zone
picked later is stored as picked.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.alter_column("timezone", existing_type=sa.String(64), nullable=True)
    op.execute("UPDATE subscriptions SET timezone = NULL WHERE timezone = 'UTC'")


def downgrade() -> None:
    op.execute("UPDATE subscriptions SET timezone = 'UTC' WHERE timezone IS NULL")
    with op.batch_alter_table("subscriptions") as batch:
        batch.alter_column("timezone", existing_type=sa.String(64), nullable=False)
