"""Vault maintenance a user asks for: new passphrase, backup, restore, remember on device, audit check."""

from __future__ import annotations

import contextlib
import errno
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from collections_desktop.services.errors import UserError
from collections_desktop.services.vault.vault_access import translate_storage_errors
from collections_desktop.services.workspace import Workspace, open_workspace
from collections_desktop.storage import audit, audit_anchor
from collections_desktop.storage.audit_anchor import Anchor
from collections_desktop.storage.audit_content import RowProblem, row_problems
from collections_desktop.storage.backup import (
    BackupFormatError,
    BackupIntegrityError,
    read_header,
    restore_backup,
    write_backup,
)
from collections_desktop.storage.keys import KeyFile
from collections_desktop.storage.vault import VaultPaths
from collections_desktop.storage.vault_lock import VaultInUseError


def change_passphrase(workspace: Workspace, new_passphrase: str) -> None:
    """Re-wraps the data key; the database is not rewritten. "Remember on this device" is revoked with it.

    The key file and its audit row change together or not at all: the audit row waits in the open
    transaction while the key file is replaced (atomically), and a commit that fails puts the old key
    file back. A full disk leaves the old passphrase working and says so.
    """
    vault = workspace.vault
    before = vault.keyfile.to_json()
    saved = False
    try:
        with workspace.transaction() as session:
            workspace.audit(session, "vault.passphrase_changed", "vault", vault.vault_id)
            session.flush()
            with translate_storage_errors():
                vault.change_passphrase(new_passphrase)
            saved = True
    except BaseException as exc:
        vault.keyfile = KeyFile.from_json(before)  # the passphrase that still opens the vault
        if saved:
            with contextlib.suppress(OSError):
                vault.keyfile.save(vault.paths.keys)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise UserError("disk_full", path=str(vault.paths.data_dir)) from None
        if isinstance(exc, OSError):
            raise UserError("cannot_write", path=str(vault.paths.keys), reason=exc.strerror or "") from None
        raise


def rekey(workspace: Workspace, passphrase: str, *, reason: str = "passphrase") -> str:
    """Re-encrypts the vault under a new data key with `passphrase` (new or the same) and returns the new
    recovery key, shown once. Afterwards no earlier key file, passphrase or recovery key opens the vault (old
    backups keep their own). `reason` is "passphrase" (change-passphrase --rekey) or "recovery_key" (rotate)."""
    vault = workspace.vault
    if vault.is_demo:
        raise UserError("demo_has_no_secrets")
    try:
        with translate_storage_errors():
            recovery_key = vault.rekey(passphrase)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserError("disk_full", path=str(vault.paths.data_dir)) from None
        raise UserError("cannot_write", path=str(vault.paths.keys), reason=exc.strerror or "") from None
    with workspace.transaction() as session:
        workspace.audit(session, "vault.rekeyed", "vault", vault.vault_id, {"reason": reason})
    return recovery_key


def reset_passphrase_with_recovery_key(data_dir: Path, recovery_key: str, new_passphrase: str) -> None:
    """For a forgotten passphrase: the recovery key opens the vault and a new passphrase is set."""
    workspace = open_workspace(data_dir, recovery_key=recovery_key)
    try:
        change_passphrase(workspace, new_passphrase)
    finally:
        workspace.close()


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int


def backup(workspace: Workspace, out: Path) -> BackupResult:
    """Writes one encrypted file that restores on a new laptop with the passphrase or the recovery key."""
    out = Path(out)
    if out.resolve().parent == workspace.data_dir.resolve() and out.name.startswith("vault."):
        raise UserError("backup_target_is_vault", path=str(out))
    try:
        info = write_backup(workspace.vault, out)
    except OSError as exc:
        raise UserError("cannot_write", path=str(out), reason=exc.strerror or "") from None
    with workspace.transaction() as session:
        workspace.audit(session, "vault.backup", "vault", workspace.vault.vault_id,
                        {"bytes": info.size_bytes})
    return BackupResult(info.path, info.size_bytes)


def restore(data_dir: Path, backup_file: Path, *, passphrase: str | None = None,
            recovery_key: str | None = None) -> Path | None:
    """Restores a backup into `data_dir` (empty or holding a vault, which is kept aside, encrypted)."""
    if not Path(backup_file).is_file():
        raise UserError("file_not_found", path=str(backup_file))
    with translate_storage_errors():
        try:
            moved = restore_backup(Path(backup_file), VaultPaths(data_dir), passphrase=passphrase,
                                   recovery_key=recovery_key)
        except BackupFormatError:
            raise UserError("not_a_backup", path=str(backup_file)) from None
        except BackupIntegrityError:
            raise UserError("backup_damaged", path=str(backup_file)) from None
        except VaultInUseError as exc:
            raise UserError("vault_in_use", pid=exc.pid or "?") from None
    workspace = open_workspace(data_dir, passphrase=passphrase, recovery_key=recovery_key)
    try:
        with workspace.transaction() as session:
            workspace.audit(session, "vault.restored", "vault", workspace.vault.vault_id,
                            {"replaced_existing": moved is not None})
    finally:
        workspace.close()
    return moved


@dataclass(frozen=True)
class AuditCheck:
    """The chain (links and head), the rows it vouches for, and the anchors it was held against."""

    rows: int
    first_bad_row: int | None
    problem: str
    head_row: int = 0
    head_hash: str = ""
    row_problems: tuple[RowProblem, ...] = ()
    anchors: tuple[tuple[Anchor, bool], ...] = ()  # each anchor and whether the chain still holds it
    anchor_forged: bool = False

    @property
    def intact(self) -> bool:
        return (self.first_bad_row is None and not self.row_problems and not self.anchor_forged
                and all(held for _anchor, held in self.anchors))


def backup_anchor(backup_file: Path) -> Anchor:
    """The chain's head recorded in a backup's header (backups made before anchors existed have none)."""
    try:
        _keys, _offset, header = read_header(Path(backup_file))
    except FileNotFoundError:
        raise UserError("file_not_found", path=str(backup_file)) from None
    except BackupFormatError:
        raise UserError("not_a_backup", path=str(backup_file)) from None
    found = header.get("audit_head")
    if not isinstance(found, dict):
        raise UserError("backup_without_anchor", path=str(backup_file))
    return Anchor(int(found["row"]), str(found["hash"]), str(header.get("created_at", "")), Path(backup_file).name)


def given_anchor(text: str) -> Anchor:
    """An anchor as `audit verify` prints it, ROW:HASH (at least 12 characters of the hash)."""
    row, _, link = text.partition(":")
    if not row.strip().isdigit() or len(link.strip()) < 12:
        raise UserError("bad_anchor", value="ROW:HASH")
    return Anchor(int(row), link.strip().lower(), "", "given")


def verify_audit(workspace: Workspace, against: tuple[Anchor, ...] = ()) -> AuditCheck:
    """Walks the chain, checks every covered row against its seal, and holds the chain against the anchor
    beside the vault and any given ones (from backups, or printed by an earlier `audit verify`). On a team server
    the chain and the anchors given: rows are sealed by the vault's connection triggers, and the anchor file lies
    beside a vault."""
    if getattr(workspace, "shared", False):
        with workspace.reading() as session:
            report = audit.verify(session, cast(Any, workspace).audit_key)  # a TeamWorkspace's
            row, link = audit_anchor.head(session)
            held = tuple((anchor, audit_anchor.holds(session, anchor)) for anchor in against)
        return AuditCheck(report.rows, report.first_bad_id, report.problem, row, link, (), held, anchor_forged=False)
    vault = workspace.vault
    saved = audit_anchor.read(vault.paths.data_dir, vault.vault_id, vault.audit_key)
    anchors = ([saved] if isinstance(saved, Anchor) else []) + list(against)
    with workspace.reading() as session:
        report = audit.verify(session, vault.audit_key)
        row, link = audit_anchor.head(session)
        problems = tuple(row_problems(session))
        held = tuple((anchor, audit_anchor.holds(session, anchor)) for anchor in anchors)
    return AuditCheck(report.rows, report.first_bad_id, report.problem, row, link, problems, held,
                      anchor_forged=saved == "forged")


def remember_on_device(workspace: Workspace) -> bool:
    """Stores the key in the OS keyring; False (and nothing stored) where no real keyring exists."""
    return workspace.vault.remember_on_device()


def forget_on_device(workspace: Workspace) -> None:
    workspace.vault.forget_on_device()


@dataclass(frozen=True)
class VaultCheck:
    """`vault check`: what is wrong, if anything, check by check."""

    page_problems: tuple[str, ...]
    broken_references: int
    balances_off: tuple[str, ...]  # account numbers
    audit: AuditCheck
    kept_sums_off: int = 0   # the reports' kept sums that differ from the rows they sum

    @property
    def sound(self) -> bool:
        return not (self.page_problems or self.broken_references or self.balances_off
                    or self.kept_sums_off) and self.audit.intact


def quick_check(workspace: Workspace) -> int:
    """The desk's check after unlocking: how many pages of vault.db fail their authentication (0 when sound)."""
    from collections_desktop.storage import vault_check

    vault = workspace.vault
    try:
        return len(vault_check.pages_authenticated(vault.paths.db, vault.data_key))
    except Exception:  # noqa: BLE001 - a file too damaged to open for the check is damaged all the same
        return 1


def check_vault(workspace: Workspace, as_of: date | None = None) -> VaultCheck:
    """Reads the whole vault: SQLCipher and SQLite integrity, references, every balance and the reports' kept
    sums re-derived from their rows, and the audit chain. Changes nothing."""
    from collections_desktop.storage import kept_sums, vault_check

    with workspace.reading() as session:
        pages = tuple(vault_check.page_problems(session)[:20])
        references = vault_check.broken_references(session)
        balances = tuple(vault_check.balances_off(session, as_of or date.today()))
        sums = kept_sums.sums_off(session)
    return VaultCheck(pages, references, balances, verify_audit(workspace), sums)
