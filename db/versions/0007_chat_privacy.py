"""Chat privacy: how names of people are shown in a chat, and protect_content per chat.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("chats") as batch:
        batch.add_column(sa.Column("names", sa.String(8), nullable=True))
        batch.add_column(
            sa.Column("protect_content", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("protect_content", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("protect_content")
    with op.batch_alter_table("chats") as batch:
        batch.drop_column("protect_content")
        batch.drop_column("names")
