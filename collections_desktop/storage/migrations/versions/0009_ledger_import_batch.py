"""Each ledger entry names the import that posted it, so CSV snapshot postings need no source row.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite allows a REFERENCES clause on a column that defaults to NULL): a batch
    # rebuild of ledger_entry would drop the old table, and with foreign keys on that cascades to the
    # source rows this step reads.
    op.execute("ALTER TABLE ledger_entry ADD COLUMN import_batch_id INTEGER "
               "CONSTRAINT fk_ledger_entry_import_batch_id_import_batch REFERENCES import_batch (id)")
    # Entries imported so far are known by their source rows; everything else was made at the desk.
    op.execute("UPDATE ledger_entry SET import_batch_id = (SELECT s.import_batch_id FROM posting_source s "
               "WHERE s.ledger_entry_id = ledger_entry.id)")


def downgrade() -> None:
    op.execute("ALTER TABLE ledger_entry DROP COLUMN import_batch_id")
