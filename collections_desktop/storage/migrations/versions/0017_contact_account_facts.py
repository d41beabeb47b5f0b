"""A contact's account index also holds its direction and outcome, so a report reads each account's first
outreach and first right-party contact of a year from the index alone, in account order (no sorting of a
year's contacts, no visit to the table); it replaces the (account_id, at) index, whose lookups it still serves.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_event_account", "contact_event", ["account_id", "at", "direction", "outcome"])
    op.drop_index("ix_contact_event_account_at", table_name="contact_event")


def downgrade() -> None:
    op.create_index("ix_contact_event_account_at", "contact_event", ["account_id", "at"])
    op.drop_index("ix_contact_event_account", table_name="contact_event")
