"""One keyed SQLCipher connection with the pragmas the vault relies on; no SQLAlchemy, so the desk can read
its first page while the rest of the application is still loading."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

# A 32 MB page cache per connection keeps the decrypted pages searches and pages reread (the desk holds up
# to three: its worker, its list and its ranking); a pass over every account uses a small one (phone_reads).
CACHE_KIB = 32768


class NotAVaultError(Exception):
    """The file is corrupt, foreign, or not encrypted with this key."""


def _key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


@contextlib.contextmanager
def immediate(conn: sqlcipher.Connection) -> Iterator[sqlcipher.Connection]:
    """One write transaction on a plain connection, taking the write lock at once: committed at the end,
    rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" or "busy": another process holds the write lock past the busy timeout."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def is_disk_full(exc: BaseException) -> bool:
    return "full" in str(getattr(exc, "orig", exc)).lower()


def connect_raw(path: Path, data_key: bytes, *, check_same_thread: bool = True) -> sqlcipher.Connection:
    """One DB-API connection keyed with the raw data key; fails at once when the key does not open the file."""
    conn = sqlcipher.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Temporary tables and sorts in memory: a temp file could hold decrypted rows.
        conn.execute("PRAGMA temp_store = MEMORY")
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise NotAVaultError(str(path)) from exc
    return conn
