"""Case places: the gazetteer keys each case's reports name, and whether any names people, so
that linking can select its candidate cases by place in SQL.

Revision ID: 0012
Revises: 0011
"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_places",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("mention", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_places_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("case_id", "key", "mention", name=op.f("pk_case_places")),
    )
    op.create_index(op.f("ix_case_places_key"), "case_places", ["key"])
    # A plain ALTER TABLE ADD COLUMN (no batch copy): on SQLite a batch would drop and recreate
    # `cases`, which the rows of case_reports and others refer to.
    op.add_column(
        "cases", sa.Column("named", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    _backfill()


def _backfill() -> None:
    """The keys and names of the members already linked, from their case_reports rows."""
    connection = op.get_bind()
    members = connection.execute(
        sa.text("SELECT case_id, places, mentions, facts FROM case_reports")
    )
    keys: set[tuple[int, str, bool]] = set()
    named: set[int] = set()
    for case_id, places, mentions, facts in members:
        keys.update((case_id, key, False) for key in _json(places))
        keys.update((case_id, key, True) for key in _json(mentions))
        if _json(facts).get("names"):
            named.add(case_id)
    table = sa.table(
        "case_places",
        sa.column("case_id", sa.Integer()),
        sa.column("key", sa.String()),
        sa.column("mention", sa.Boolean()),
    )
    rows = [{"case_id": c, "key": k, "mention": m} for c, k, m in sorted(keys)]
    if rows:
        connection.execute(sa.insert(table), rows)
    cases = sa.table("cases", sa.column("id", sa.Integer()), sa.column("named", sa.Boolean()))
    for case_id in sorted(named):
        connection.execute(sa.update(cases).where(cases.c.id == case_id).values(named=True))


def _json(value: Any) -> Any:
    """A JSON column as Python: drivers give it parsed (psycopg) or as text (SQLite)."""
    if isinstance(value, str):
        return json.loads(value)
    return value if value is not None else {}


def downgrade() -> None:
    op.drop_column("cases", "named")
    op.drop_index(op.f("ix_case_places_key"), table_name="case_places")
    op.drop_table("case_places")
