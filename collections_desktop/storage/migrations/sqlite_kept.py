"""What the migrations that keep sums by trigger share (SQLite only: a team server groups its rows itself): the
table made and filled from the rows it sums and its triggers set, or all of it taken away again."""

from __future__ import annotations

from alembic import op


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def create(table_sql: str, fill_sql: str, triggers: dict[str, str]) -> None:
    """Makes the kept table, fills it from the rows as they stand, then sets the triggers that keep it."""
    if not _on_sqlite():
        return
    op.execute(table_sql)
    op.execute(fill_sql)
    for name, body in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def drop(table: str, triggers: dict[str, str]) -> None:
    if not _on_sqlite():
        return
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {table}")
