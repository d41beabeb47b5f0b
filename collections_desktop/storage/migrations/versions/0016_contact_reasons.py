"""A contact keeps the reason the person gave for not paying (a coded list the reports count); the reports'
period counts read contacts and patient payments from covering indexes (by moment, by day posted) instead of
the tables.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch rebuild would drop the table, which cascades with foreign keys on.
    op.execute("ALTER TABLE contact_event ADD COLUMN reason VARCHAR(32) NOT NULL DEFAULT ''")
    # Read in their own order, so a period's counts need no sorting (SQLite's GROUP BY would sort a year's
    # contacts); the reasons' index holds only the contacts that carry one.
    op.create_index("ix_contact_event_kind", "contact_event", ["channel", "direction", "outcome", "at", "account_id"])
    op.create_index("ix_contact_event_reason", "contact_event", ["reason", "account_id", "at"],
                    sqlite_where=sa.text("reason != ''"), postgresql_where=sa.text("reason != ''"))
    # Only patient payments: an import's charges and insurance postings do not pay for this index.
    op.create_index("ix_ledger_patient_payment", "ledger_entry", ["posted_on", "account_id", "amount_cents", "method"],
                    sqlite_where=sa.text("kind = 'patient_payment'"),
                    postgresql_where=sa.text("kind = 'patient_payment'"))


def downgrade() -> None:
    op.drop_index("ix_ledger_patient_payment", table_name="ledger_entry")
    op.drop_index("ix_contact_event_reason", table_name="contact_event")
    op.drop_index("ix_contact_event_kind", table_name="contact_event")
    op.execute("ALTER TABLE contact_event DROP COLUMN reason")
