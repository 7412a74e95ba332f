"""Feeds, their errors, reports and where each report was seen.

Revision ID: 0001
Revises: (none)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.store.base import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("current_url", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("interval_seconds", sa.Integer(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("next_poll_at", UTCDateTime(), nullable=False),
        sa.Column("last_polled_at", UTCDateTime(), nullable=True),
        sa.Column("last_success_at", UTCDateTime(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("backoff_seconds", sa.Integer(), nullable=False),
        sa.Column("failing_since", UTCDateTime(), nullable=True),
        sa.Column("unhealthy", sa.Boolean(), nullable=False),
        sa.Column("unhealthy_since", UTCDateTime(), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("lease_owner", sa.String(200), nullable=True),
        sa.Column("lease_expires_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.UniqueConstraint("name", name="uq_feeds_name"),
    )
    op.create_index("ix_feeds_next_poll_at", "feeds", ["next_poll_at"])

    op.create_table(
        "feed_errors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feed_errors"),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feeds.id"], name="fk_feed_errors_feed_id_feeds", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_feed_errors_feed_id", "feed_errors", ["feed_id"])

    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(128), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("first_seen_at", UTCDateTime(), nullable=False),
        sa.Column("tier", sa.String(16), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("verdict", sa.JSON(), nullable=True),
        sa.Column("classified_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_reports"),
        sa.UniqueConstraint("key", name="uq_reports_key"),
        sa.UniqueConstraint("fingerprint", name="uq_reports_fingerprint"),
    )
    op.create_index("ix_reports_first_seen_at", "reports", ["first_seen_at"])

    op.create_table(
        "report_sightings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("entry_key", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_report_sightings"),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name="fk_report_sightings_report_id_reports"
        ),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["feeds.id"],
            name="fk_report_sightings_feed_id_feeds",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("feed_id", "entry_key", name="uq_report_sightings_feed_id_entry_key"),
    )
    op.create_index("ix_report_sightings_report_id", "report_sightings", ["report_id"])


def downgrade() -> None:
    op.drop_table("report_sightings")
    op.drop_table("reports")
    op.drop_table("feed_errors")
    op.drop_table("feeds")
