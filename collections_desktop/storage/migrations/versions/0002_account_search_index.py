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
STATEMENTS = (
    "CREATE VIRTUAL TABLE account_search_fts USING fts5("
    "text, content='account_search', content_rowid='account_id', tokenize='trigram')",
    "CREATE TRIGGER account_search_ai AFTER INSERT ON account_search BEGIN "
    "INSERT INTO account_search_fts(rowid, text) VALUES (new.account_id, new.text); END",
    "CREATE TRIGGER account_search_ad AFTER DELETE ON account_search BEGIN "
    "INSERT INTO account_search_fts(account_search_fts, rowid, text) "
    "VALUES ('delete', old.account_id, old.text); END",
    "CREATE TRIGGER account_search_au AFTER UPDATE ON account_search BEGIN "
    "INSERT INTO account_search_fts(account_search_fts, rowid, text) "
    "VALUES ('delete', old.account_id, old.text); "
    "INSERT INTO account_search_fts(rowid, text) VALUES (new.account_id, new.text); END",
    "INSERT INTO account_search_fts(account_search_fts) VALUES ('rebuild')",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("account_search_ai", "account_search_ad", "account_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS account_search_fts")
