"""The vault's own health, read on demand: pages and structure, references, balances against the ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from collections_desktop.storage.balances import refresh_accounts_bulk
from collections_desktop.storage.bulk import slices
from collections_desktop.storage.engine import integrity_problems
from collections_desktop.storage.models import Account


def page_problems(session: Session) -> list[str]:
    """SQLCipher's page HMACs and SQLite's structure check; empty when the file is sound."""
    return integrity_problems(session.connection().connection.dbapi_connection)


def broken_references(session: Session) -> int:
    """Rows that point at a row that is not there (PRAGMA foreign_key_check)."""
    return len(session.execute(text("PRAGMA foreign_key_check")).all())


def balances_off(session: Session, as_of: date) -> list[str]:
    """Accounts whose stored balance is not what their ledger adds up to (worked out, then rolled back)."""
    ids = list(session.scalars(select(Account.id)))
    moved = [change.account_id for change in refresh_accounts_bulk(session, ids, as_of)]
    session.rollback()
    numbers: list[str] = []
    for part in slices(moved):
        numbers.extend(session.scalars(select(Account.number).where(Account.id.in_(part))))
    return sorted(numbers)


def pages_authenticated(db: Path, data_key: bytes) -> list[str]:
    """The check at unlock: every page's HMAC (a damaged or altered page fails it), about 0.5 s at 100k accounts,
    on a connection of its own with a small page cache so the desk's memory does not grow."""
    from collections_desktop.storage.connection import connect_raw

    conn = connect_raw(db, data_key, check_same_thread=False)
    try:
        conn.execute("PRAGMA cache_size = -2000")
        return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    finally:
        conn.close()
