"""Re-encrypting the database under a new data key, so no earlier key file, passphrase or recovery key opens it,
with the key file written first and a rekey cut short finished at the next unlock."""

from __future__ import annotations

import contextlib
import errno
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from collections_desktop.storage import vault_lock
from collections_desktop.storage.connection import NotAVaultError, connect_raw
from collections_desktop.storage.keys import KeyFile


def rekey_database(db: Path, old_key: bytes, new_key: bytes) -> None:
    """SQLCipher rewrites every page in one transaction; the WAL is emptied so no page under the old key stays."""
    conn = connect_raw(db, old_key)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise OSError(errno.ENOSPC, "disk full") from None
        raise
    finally:
        conn.close()


def switch(db: Path, keys_path: Path, before: KeyFile, fresh: KeyFile, old_key: bytes, new_key: bytes) -> None:
    """The order that survives a crash at any point: the new key file (which still holds the old key, sealed
    under the new one), then the database, then the key file without the old key. A failure while the
    database is rewritten puts the old key file back; if even that fails, the next unlock finishes the job."""
    fresh.save(keys_path)
    try:
        rekey_database(db, old_key, new_key)
    except BaseException:
        with contextlib.suppress(OSError):
            before.save(keys_path)
        raise
    fresh.rekey_finished()
    with contextlib.suppress(OSError):  # left in place, the old key is dropped at the next unlock
        fresh.save(keys_path)


def open_or_finish(data_dir: Path, db: Path, keys_path: Path, keyfile: KeyFile, data_key: bytes) -> None:
    """Proves `data_key` opens the database, finishing a rekey that a crash cut short."""
    try:
        connect_raw(db, data_key).close()
    except NotAVaultError:
        if not keyfile.rekey_pending:
            raise
        old_key = keyfile.previous_key(data_key)
        with vault_lock.alone(data_dir):
            rekey_database(db, old_key, data_key)
    if keyfile.rekey_pending:
        keyfile.rekey_finished()
        keyfile.save(keys_path)
