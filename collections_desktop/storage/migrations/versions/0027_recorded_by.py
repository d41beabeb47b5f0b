"""Contacts, payments and other ledger entries, notes, promises and plans name the person who recorded them
(S-01: on a team server each person signs in as themselves); rows from before keep an empty name.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-03
"""

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

TABLES = ("contact_event", "ledger_entry", "account_note", "promise", "payment_plan")


def upgrade() -> None:
    # A plain ADD COLUMN (a batch rebuild would drop the table, which cascades with foreign keys on); with a
    # constant default it changes no stored row on either backend.
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN recorded_by VARCHAR(60) NOT NULL DEFAULT ''")


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN recorded_by")
