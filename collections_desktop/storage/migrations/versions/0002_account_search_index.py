"""A trigram full-text index over account_search, so any part of a name, number or phone is found in milliseconds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# SQLite only: other databases search account_search with LIKE (see storage.search_index).
# The index keeps its own copy of the text and is written by storage.search_index, not by
# triggers, so bulk loads can rebuild it once instead of row by row.
def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE account_search_fts USING fts5(text, tokenize='trigram')")
    op.execute("INSERT INTO account_search_fts(rowid, text) SELECT account_id, text FROM account_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS account_search_fts")
