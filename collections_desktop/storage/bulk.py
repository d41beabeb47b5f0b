"""Bulk inserts of already-linked rows, for demo data and large imports, through SQLAlchemy Core executemany."""

from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import Account, Base


def insert_rows(session: Session, rows_by_table: dict[str, list[dict]]) -> int:
    """Inserts each table's rows in foreign-key order; returns how many rows were written."""
    written = 0
    for table in Base.metadata.sorted_tables:
        rows = rows_by_table.get(table.name)
        if rows:
            session.execute(insert(table), rows)
            written += len(rows)
    return written


def next_ids(session: Session, tables: list[str]) -> dict[str, int]:
    """The next free integer id of each table with an `id` column."""
    result = {}
    for name in tables:
        table = Base.metadata.tables[name]
        if "id" in table.c:
            result[name] = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        else:
            result[name] = 1
    return result


def account_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0
