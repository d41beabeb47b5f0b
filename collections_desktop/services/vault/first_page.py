"""The vault unlocked and Today's first page read on a plain connection, without SQLAlchemy.

So the first page can be on screen while the full workspace (engine, migrations, the other services) is
still being opened behind it. Reading needs only the key derivation and SQLite, which release the
interpreter lock, so `early_start.begin` runs it on a thread while the window loads; turning what was read
into rows asks the compliance engine, on the caller's thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from collections_desktop.services.vault.vault_access import translate_storage_errors
from collections_desktop.storage import desk_reads, keys, keystore, phone_reads
from collections_desktop.storage.connection import connect_raw
from collections_desktop.storage.kdf import DerivedKey
from collections_desktop.storage.migrate import head_revision
from collections_desktop.storage.vault import Vault, VaultPaths

if TYPE_CHECKING:
    from collections_desktop.services.desk.desk_rows import DeskRow

PAGE = 50  # as the worklist model pages


@dataclass
class FirstPage:
    """An unlocked vault and, when its schema is current, what the desk shows first."""

    vault: Vault
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    totals: tuple[int, int, int] = (0, 0, 0)  # accounts, accounts with a balance, patient due in cents
    ids: list[int] = field(default_factory=list)  # Today's first `PAGE`, largest balance first, before ranking
    columns: dict[int, dict] = field(default_factory=dict)  # the worklist columns of the first `PAGE` ids
    inputs: list[phone_reads.PhoneInputs] = field(default_factory=list)  # what the compliance engine reads
    read: bool = False  # False when the schema must be upgraded first (or could not be read): open normally

    @property
    def listed(self) -> int:
        """Rows for the list until the whole of it comes with the workspace: the accounts with a balance, which
        Today lists less the few on hold (counting those exactly would read thousands of account rows cold)."""
        return self.totals[1]

    def rows(self) -> list[DeskRow]:
        """The first page's rows, with whether and when each guarantor may be called."""
        from collections_desktop.services.desk.desk_rows import desk_rows  # loaded with the window, not the reader

        return desk_rows(self.ids, self.columns, self.inputs, self.at) if self.read else []


def load_ahead(*, use_keyring: bool) -> None:
    """Loads the cipher that unwraps the data key, and the keyring's backend, before another thread needs them."""
    keys.aes_gcm()
    if use_keyring:
        keystore.backend_available()


def unlock_first_page(data_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
                      use_keyring: bool = False, remember: bool = False, at: datetime | None = None,
                      ahead: DerivedKey | None = None) -> FirstPage:
    """Unwraps the data key (raising the usual user errors) and reads Today's first page on a plain connection.

    `remember` keeps the key in the device's keyring, where there is one; `ahead` is the passphrase's key
    derived beforehand (see `early_start.begin`)."""
    with translate_storage_errors():
        vault = Vault.unlock(VaultPaths(data_dir), passphrase=passphrase, recovery_key=recovery_key,
                             use_keyring=use_keyring, ahead=ahead)
    if remember:
        vault.remember_on_device()
    first = FirstPage(vault, at or datetime.now(UTC))
    conn = connect_raw(vault.paths.db, vault.data_key)
    try:
        conn.execute("BEGIN")  # one read transaction: the totals, the list and the page agree
        if desk_reads.schema_revision(conn) != head_revision():
            return first
        first.totals = desk_reads.totals(conn)
        first.ids = desk_reads.today_by_balance(conn, limit=PAGE)
        first.columns = desk_reads.page_columns(conn, first.ids)
        first.inputs = phone_reads.page_inputs(conn, [c["number"] for c in first.columns.values()], first.at)
        first.read = True
    except sqlcipher.Error:
        # Whatever is odd about this vault, opening it the full way finds it and says so.
        first.read = False
    finally:
        conn.close()
    return first
