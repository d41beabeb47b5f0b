"""A contact keeps the reason the person gave for not paying (a coded list the reports count), and contacts
are indexed by their moment for the reports' period counts.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch rebuild would drop the table, which cascades with foreign keys on.
    op.execute("ALTER TABLE contact_event ADD COLUMN reason VARCHAR(32) NOT NULL DEFAULT ''")
    op.create_index("ix_contact_event_at", "contact_event", ["at"])


def downgrade() -> None:
    op.drop_index("ix_contact_event_at", table_name="contact_event")
    op.execute("ALTER TABLE contact_event DROP COLUMN reason")
