"""One-file encrypted backups of a vault and their restore, checked before anything is replaced."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import struct
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from collections_desktop import __version__
from collections_desktop.atomic import atomic_writer, fsync_dir
from collections_desktop.storage import vault_lock
from collections_desktop.storage.connection import NotAVaultError, connect_raw
from collections_desktop.storage.engine import integrity_problems
from collections_desktop.storage.keys import KeyFile
from collections_desktop.storage.vault import Vault, VaultPaths

# File layout: MAGIC, a 4-byte big-endian header length, the JSON header (the key
# file's wraps, which are not secret), then the SQLCipher database, still encrypted
# with the data key. Nothing in the file is ever plaintext patient data.
MAGIC = b"COLLECTIONS-DESK-BACKUP\x00v1\n"
_CHUNK = 1 << 20
_PRIVATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC  # with mode 0600: only the user reads a vault's copy


class BackupFormatError(Exception):
    """The file is not a Collections Desk backup, or it is truncated."""


class BackupIntegrityError(Exception):
    """The backup opened but its pages or structure failed the integrity check."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size_bytes: int
    created_at: str


def _copy_database(vault: Vault, target: Path) -> None:
    """An online, consistent copy keyed with the same data key, as one file without WAL."""
    source = vault.engine.raw_connection()
    try:
        dest = connect_raw(target, vault.data_key)
        try:
            driver_connection = source.driver_connection
            assert driver_connection is not None  # noqa: S101 - a raw connection just opened
            driver_connection.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def write_backup(vault: Vault, out: Path) -> BackupInfo:
    out = Path(out)
    out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    header = {
        "keys": json.loads(vault.keyfile.to_json(portable=True)),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
    }
    _remove_stale_copies(out.parent)
    token = secrets.token_hex(6)
    working = out.parent / f".cdesk-backup-{token}"
    # Noted before anything is written, so a kill at any point leaves a note of what to clean at the next start.
    with _noted(vault.paths.data_dir, token, {"pid": os.getpid(), "working": str(working), "out": str(out)}), \
            _working_folder(working):
        copy = working / "copy.db"
        _copy_database(vault, copy)
        header["audit_head"] = _audit_head(copy, vault.data_key)
        # The database part's length and hash, so a backup cut short is refused before anything is replaced.
        header["db_bytes"], header["db_sha256"] = copy.stat().st_size, _sha256(copy)
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
        with atomic_writer(out, "wb") as handle, copy.open("rb") as db:
            handle.write(MAGIC)
            handle.write(struct.pack(">I", len(header_bytes)))
            handle.write(header_bytes)
            shutil.copyfileobj(db, handle, _CHUNK)
    return BackupInfo(out, out.stat().st_size, header["created_at"])


def _audit_head(copy: Path, data_key: bytes) -> dict:
    """The chain's last link in the copy: an anchor that a later, shortened chain cannot match."""
    conn = connect_raw(copy, data_key)
    try:
        found = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    except sqlcipher.DatabaseError:
        found = None
    finally:
        conn.close()
    return {"row": found[0], "hash": found[1]} if found else {"row": 0, "hash": "0" * 64}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


STALE_SECONDS = 3600
IN_PROGRESS = ".in-progress-"  # notes beside the vault while a backup or restore works: what to clean if killed


@contextlib.contextmanager
def _noted(data_dir: Path, token: str, what: dict):  # noqa: ANN202
    marker = Path(data_dir) / f"{IN_PROGRESS}{token}.json"
    with contextlib.suppress(OSError):
        marker.write_text(json.dumps(what))
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


@contextlib.contextmanager
def _working_folder(path: Path):  # noqa: ANN202
    path.mkdir(mode=0o700)
    try:
        yield
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def clean_interrupted(data_dir: Path) -> None:
    """At the next start after a backup or restore was killed: its working copy (the size of the vault), its
    half-written file and its staged database go, wherever they were written."""
    for marker in Path(data_dir).glob(f"{IN_PROGRESS}*.json"):
        try:
            what = json.loads(marker.read_text())
            pid = int(what["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            marker.unlink(missing_ok=True)
            continue
        if not _alive(pid):
            _remove_leftovers(what)
            marker.unlink(missing_ok=True)


def _remove_leftovers(what: dict) -> None:
    leftovers = [Path(what["working"])] if what.get("working") else []
    if what.get("out"):
        out = Path(what["out"])
        leftovers += list(out.parent.glob(f".{out.name}.*.tmp"))
    if what.get("staged"):
        staged = Path(what["staged"])
        leftovers += [staged, *[staged.with_name(staged.name + s) for s in ("-wal", "-shm", "-journal")]]
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()


def _remove_stale_copies(folder: Path) -> None:
    """Working copies and half-written files an hour old in the backup's folder (from a backup killed before its
    note could be read at a start: another laptop, a deleted vault) go with the next backup there."""
    cutoff = time.time() - STALE_SECONDS
    for stale in [*folder.glob(".cdesk-backup-*"), *folder.glob(".*.cdbackup.*.tmp")]:
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                shutil.rmtree(stale) if stale.is_dir() else stale.unlink()


def read_header(path: Path) -> tuple[KeyFile, int, dict]:
    """The backup's key file, the byte offset where the database starts, and the header itself."""
    try:
        with Path(path).open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupFormatError(str(path))
            (length,) = struct.unpack(">I", handle.read(4))
            if length > 1 << 20:
                raise BackupFormatError(str(path))
            raw = handle.read(length)
            header = json.loads(raw.decode("utf-8"))
            keyfile = KeyFile.from_json(json.dumps(header["keys"]))
            return keyfile, len(MAGIC) + 4 + length, header
    except (OSError, struct.error, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise BackupFormatError(str(path)) from exc


def restore_backup(backup: Path, paths: VaultPaths, *, passphrase: str | None = None,
                   recovery_key: str | None = None) -> Path | None:
    """Restores into `paths`; an existing vault is moved aside first. Returns where it was moved, if anywhere."""
    keyfile, offset, header = read_header(backup)
    if recovery_key is not None:
        data_key = keyfile.unwrap_with_recovery_key(recovery_key)
    elif keyfile.is_demo:
        data_key = keyfile.unwrap_demo()
    else:
        data_key = keyfile.unwrap_with_passphrase(passphrase or "")
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    staged = paths.data_dir / ".restore.db"
    leftovers = (staged, *[staged.with_name(staged.name + s) for s in ("-wal", "-shm", "-journal")])
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    with _noted(paths.data_dir, secrets.token_hex(6), {"pid": os.getpid(), "staged": str(staged)}):
        try:
            with Path(backup).open("rb") as src, os.fdopen(os.open(staged, _PRIVATE, 0o600), "wb") as dst:
                src.seek(offset)
                shutil.copyfileobj(src, dst, _CHUNK)
                dst.flush()
                os.fsync(dst.fileno())
            _check_length(staged, header, backup)
            _check_staged(staged, data_key, backup)
            with vault_lock.alone(paths.data_dir):  # nobody may be working in the vault it replaces
                moved = _move_existing_aside(paths)
                os.replace(staged, paths.db)
                keyfile.save(paths.keys)
                fsync_dir(paths.data_dir)
            return moved
        finally:
            for leftover in leftovers:
                leftover.unlink(missing_ok=True)


def _check_length(staged: Path, header: dict, backup: Path) -> None:
    """The database part is all there: as long as, and hashing to, what the header recorded (older backups
    recorded neither: an empty database part is refused all the same)."""
    size = staged.stat().st_size
    expected = header.get("db_bytes")
    if size == 0 or (expected is not None and size != expected):
        raise BackupIntegrityError(str(backup))
    if header.get("db_sha256") and _sha256(staged) != header["db_sha256"]:
        raise BackupIntegrityError(str(backup))


def _check_staged(staged: Path, data_key: bytes, backup: Path) -> None:
    """Opens the staged copy and runs both integrity checks; any failure means nothing is replaced."""
    try:
        conn = connect_raw(staged, data_key)
        try:
            problems = integrity_problems(conn)
            if not problems:
                conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except (NotAVaultError, sqlcipher.DatabaseError) as exc:
        raise BackupIntegrityError(str(backup)) from exc
    if problems:
        raise BackupIntegrityError(str(backup))


def _move_existing_aside(paths: VaultPaths) -> Path | None:
    """Keeps the replaced vault (still encrypted under its old key) instead of deleting it."""
    existing = [p for p in (paths.db, paths.keys, paths.anchor, *paths.side_files()) if p.exists()]
    if not existing:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = paths.backups / f"replaced-{stamp}"
    paths.backups.mkdir(mode=0o700, exist_ok=True)
    aside.mkdir(mode=0o700)
    for p in existing:
        os.replace(p, aside / p.name)
    return aside
