"""Codes longer than their columns said: a hold's kind kept as a posting's method, an import's format
("csv:openemr-collections"), the outcome that ended a hold ("recalled by the agency"). SQLite keeps text of any
length, so only a team server's columns change; the vault's declared types are brought level with the models
without rewriting a row (a declared length has no effect on how SQLite stores text).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-03
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

WIDER = (("ledger_entry", "method", 16, 40), ("import_batch", "format", 20, 40), ("account_flag", "outcome", 20, 60))


def _set(wider: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table, column, old, new in WIDER:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({new if wider else old})")
        return
    # SQLite: the declared type in the table's CREATE statement, edited in place (SQLite's documented way for
    # a change that leaves every stored row as it is), then the schema's version moved on so every connection
    # reads it again.
    driver = bind.connection.driver_connection
    assert driver is not None  # an open connection
    version = driver.execute("PRAGMA schema_version").fetchone()[0]
    driver.execute("PRAGMA writable_schema = ON")
    try:
        for table, column, old, new in WIDER:
            before, after = (old, new) if wider else (new, old)
            (sql,) = driver.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                    (table,)).fetchone()
            fragment = f"{column} VARCHAR({before})"
            if sql.count(fragment) != 1:
                raise RuntimeError(f"{table}.{column}: its declared type is not VARCHAR({before})")
            driver.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                           (sql.replace(fragment, f"{column} VARCHAR({after})"), table))
        driver.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        driver.execute("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _set(True)


def downgrade() -> None:
    _set(False)
