"""Case members' MinHash signatures stored as bytes (the compact form linking holds), not JSON.

Written as a JSON list of 64 twenty-digit numbers, a signature took 1.3 KB a member, and encoding
it was a sixth of writing a feed's case rows on a first poll; as the bytes of its 64-bit hashes
(bot.cases.minhash.compact) it takes 512 and is written and read back as it is.

Revision ID: 0013
Revises: 0012
"""

import json
from array import array
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MEMBERS = sa.table(
    "case_reports",
    sa.column("id", sa.Integer()),
    sa.column("signature", sa.JSON()),
    sa.column("hashes", sa.LargeBinary()),
)


def upgrade() -> None:
    op.add_column("case_reports", sa.Column("hashes", sa.LargeBinary(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(sa.select(_MEMBERS.c.id, _MEMBERS.c.signature)).all()
    values = [{"key": i, "hashes": array("Q", _json(s)).tobytes()} for i, s in rows]
    if values:
        fill = _MEMBERS.update().where(_MEMBERS.c.id == sa.bindparam("key"))
        connection.execute(fill.values(hashes=sa.bindparam("hashes")), values)
    # On SQLite the batch copies case_reports once (no table refers to it).
    with op.batch_alter_table("case_reports") as batch:
        batch.drop_column("signature")
        batch.alter_column(
            "hashes",
            new_column_name="signature",
            existing_type=sa.LargeBinary(),
            nullable=False,
        )


def _json(value: Any) -> Any:
    """A JSON column as Python: drivers give it parsed (psycopg) or as text (SQLite)."""
    return json.loads(value) if isinstance(value, str) else value


def downgrade() -> None:
    op.add_column("case_reports", sa.Column("listed", sa.JSON(), nullable=True))
    connection = op.get_bind()
    members = sa.table(
        "case_reports",
        sa.column("id", sa.Integer()),
        sa.column("signature", sa.LargeBinary()),
        sa.column("listed", sa.JSON()),
    )
    rows = connection.execute(sa.select(members.c.id, members.c.signature)).all()
    values = [{"key": i, "listed": list(memoryview(s).cast("Q"))} for i, s in rows]
    if values:
        fill = members.update().where(members.c.id == sa.bindparam("key"))
        connection.execute(fill.values(listed=sa.bindparam("listed")), values)
    with op.batch_alter_table("case_reports") as batch:
        batch.drop_column("signature")
        batch.alter_column(
            "listed", new_column_name="signature", existing_type=sa.JSON(), nullable=False
        )
