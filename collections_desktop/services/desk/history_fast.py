"""`history` on the command line the quick way: the vault unlocked, the timeline read and the view logged in the
audit chain on one plain connection, without loading SQLAlchemy (as the desk's first page is read)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from collections_desktop.services.errors import UserError
from collections_desktop.services.vault.vault_access import current_actor, translate_storage_errors
from collections_desktop.storage import desk_reads, timeline_reads
from collections_desktop.storage.audit_link import append_raw, write_anchor
from collections_desktop.storage.connection import connect_raw, immediate, is_busy, is_disk_full
from collections_desktop.storage.migrate import head_revision
from collections_desktop.storage.timeline_reads import KINDS, Timeline, TimelineRow
from collections_desktop.storage.vault import Vault, VaultPaths

# The timeline's shapes, for the command line that prints them (it loads no storage module itself).
__all__ = ["KINDS", "Timeline", "TimelineRow", "checked_kinds", "quick_history"]


def checked_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of event asked for, each one the timeline knows."""
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise UserError("unknown_event_kind", kind=unknown[0], choices=", ".join(KINDS))
    return kinds


def quick_history(data_dir: Path, number: str, *, kinds: tuple[str, ...] = KINDS, offset: int = 0,
                  limit: int = 50, passphrase: str | None = None, recovery_key: str | None = None,
                  use_keyring: bool = False) -> Timeline | None:
    """A page of the account's events, its view logged (who, when, "history") in the same transaction. None
    when the vault's schema is not the current one: the full way then upgrades it first."""
    checked_kinds(kinds)
    with translate_storage_errors():
        vault = Vault.unlock(VaultPaths(data_dir), passphrase=passphrase, recovery_key=recovery_key,
                             use_keyring=use_keyring)
    try:
        conn = connect_raw(vault.paths.db, vault.data_key)
        try:
            found = _read_and_log(conn, vault, number.strip(), kinds, offset, limit)
        finally:
            conn.close()
        if found is None:
            return None
        timeline, (row, link) = found
        write_anchor(vault.paths.data_dir, vault.vault_id, vault.audit_key, row, link)
        return timeline
    finally:
        vault.close()


def _read_and_log(conn, vault: Vault, number: str, kinds: tuple[str, ...], offset: int,  # noqa: ANN001
                  limit: int) -> tuple[Timeline, tuple[int, str]] | None:
    try:
        with immediate(conn):  # the view's audit row is written with what was read
            if desk_reads.schema_revision(conn) != head_revision():
                return None
            account_id = timeline_reads.account_number_id(conn, number)
            if account_id is None:
                raise UserError("account_not_found", account=number)
            events, total = timeline_reads.account_events(conn, account_id, number, kinds, max(offset, 0),
                                                          max(limit, 1))
            pinned = timeline_reads.pinned(conn, account_id)
            seen = [[account_id, "history", datetime.now(UTC).isoformat(timespec="seconds")]]
            link = append_raw(conn, vault.audit_key, actor=current_actor(), action="account.viewed",
                              entity="account", detail={"views": seen})
    except sqlcipher.OperationalError as exc:
        if is_busy(exc):
            raise UserError("vault_busy") from None
        if is_disk_full(exc):
            raise UserError("disk_full", path=str(vault.paths.data_dir)) from None
        raise
    return Timeline(number, events, total, offset, pinned), link
