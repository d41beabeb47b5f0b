"""The vault's SQLAlchemy engine over keyed SQLCipher connections, and the pragmas of bulk writing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from collections_desktop.storage.connection import connect_raw

# The execution option that marks a connection's transactions as writing (see `_on_begin`).
WRITE = "vault_write"


def create_vault_engine(path: Path, data_key: bytes) -> Engine:
    """A SQLAlchemy engine whose every connection is keyed and configured before first use.

    The key lives only in the creator closure, never in a URL. A small queue pool
    keeps warm connections (each holds its own decrypted page cache).
    """

    def creator() -> sqlcipher.Connection:
        return connect_raw(path, data_key, check_same_thread=False)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    # pysqlite-style drivers start transactions lazily; take control so BEGIN is
    # explicit and a whole user action commits or rolls back as one.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None

    # A transaction that will write takes the write lock at BEGIN (IMMEDIATE), so a second process waits for it
    # up to the busy timeout and then hears the vault is busy; a deferred one would fail at its first write.
    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """Page-HMAC and structural problems of an open vault; empty when the file is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    check = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if check != ["ok"]:
        problems.extend(check)
    return problems


def set_bulk_durability(conn, bulk: bool, *, empty_vault: bool = False) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """Relaxed syncing for bulk writes, FULL again for everyday postings.

    synchronous=NORMAL keeps every batch atomic if the process dies (a power cut may
    drop the last batches, which a re-run recreates). Loading into an empty vault
    (demo data) goes further, synchronous=OFF: only a crash of the whole machine
    could spoil that load, and there is nothing in the vault to lose. Leaving bulk
    mode checkpoints the write-ahead log with a full sync, so everything written is
    on disk before anyone works in the vault.
    """
    # Through the driver: SQLAlchemy would open a transaction first, and SQLite
    # refuses to change the safety level inside one.
    driver = conn.connection.dbapi_connection
    level = ("OFF" if empty_vault else "NORMAL") if bulk else "FULL"
    driver.execute(f"PRAGMA synchronous = {level}")
    # Fewer, larger checkpoints while bulk writing; back to SQLite's default after.
    driver.execute(f"PRAGMA wal_autocheckpoint = {16000 if bulk else 1000}")
    if not bulk:
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
