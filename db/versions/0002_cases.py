"""Cases, their reports, status timeline, operator corrections and cannot-link constraints.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.store.base import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_key", sa.String(64), nullable=True),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("corroboration", sa.String(32), nullable=False),
        sa.Column("report_count", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(200), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["cases.id"], name="fk_cases_merged_into_id_cases"
        ),
    )
    op.create_index("ix_cases_country", "cases", ["country"])
    op.create_index("ix_cases_place_key", "cases", ["place_key"])
    op.create_index("ix_cases_last_seen", "cases", ["last_seen"])

    op.create_table(
        "case_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("lang", sa.String(16), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("secondary", sa.JSON(), nullable=True),
        sa.Column("signature", sa.JSON(), nullable=False),
        sa.Column("places", sa.JSON(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("why", sa.JSON(), nullable=False),
        sa.Column("linked_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_reports"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_reports_case_id_cases"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_case_reports_report_id_reports"
        ),
        sa.UniqueConstraint("report_id", name="uq_case_reports_report_id"),
    )
    op.create_index("ix_case_reports_case_id", "case_reports", ["case_id"])

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_case_events"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_events_case_id_cases"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_case_events_report_id_reports"
        ),
        sa.UniqueConstraint("case_id", "seq", name="uq_case_events_case_id_seq"),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])

    op.create_table(
        "case_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("other_case_id", sa.Integer(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_case_corrections"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_case_corrections_case_id_cases"
        ),
        sa.ForeignKeyConstraint(
            ["other_case_id"], ["cases.id"], name="fk_case_corrections_other_case_id_cases"
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_case_corrections_report_id_reports"
        ),
    )
    op.create_index("ix_case_corrections_case_id", "case_corrections", ["case_id"])

    op.create_table(
        "case_cannot_link",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("report_id", "case_id", name="pk_case_cannot_link"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_case_cannot_link_report_id_reports"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_case_cannot_link_case_id_cases"
        ),
    )


def downgrade() -> None:
    op.drop_table("case_cannot_link")
    op.drop_table("case_corrections")
    op.drop_table("case_events")
    op.drop_table("case_reports")
    op.drop_table("cases")
