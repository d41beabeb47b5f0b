"""The vault on disk: create, unlock, re-wrap the key and open the SQLCipher engine with the data key."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from collections_desktop.storage import keystore, rekey, vault_lock
from collections_desktop.storage.connection import connect_raw
from collections_desktop.storage.kdf import KEYS_NAME, DerivedKey
from collections_desktop.storage.keys import (
    KeyFile,
    WrongSecretError,
    check_passphrase,
    new_data_key,
    new_recovery_key,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DB_NAME = "vault.db"


class VaultMissingError(Exception):
    """No vault in the data directory."""


class VaultExistsError(Exception):
    """A vault is already there; refusing to overwrite it."""


class VaultDamagedError(Exception):
    """Half a vault: the key file or the database file is missing."""


@dataclass(frozen=True)
class VaultPaths:
    """Where one vault's files live."""

    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keys(self) -> Path:
        return self.data_dir / KEYS_NAME

    @property
    def anchor(self) -> Path:
        return self.data_dir / "vault.anchor.json"  # see audit_anchor

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def side_files(self) -> list[Path]:
        return [self.db.with_name(DB_NAME + suffix) for suffix in ("-wal", "-shm", "-journal")]

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()


@dataclass
class Vault:
    """An unlocked vault: the data key in memory and a lazily created engine."""

    paths: VaultPaths
    keyfile: KeyFile
    data_key: bytes
    _engine: Engine | None = field(default=None, repr=False)
    _lock: int | None = field(default=None, repr=False)  # the shared lock on vault.lock while open
    _audit_key: bytes | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            # SQLAlchemy loads here, not on import: the desk reads its first page before it needs it.
            from collections_desktop.storage.engine import create_vault_engine

            self._engine = create_vault_engine(self.paths.db, self.data_key)
        return self._engine

    @property
    def audit_key(self) -> bytes:
        if self._audit_key is None:
            self._audit_key = self.keyfile.audit_key(self.data_key)
        return self._audit_key

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @property
    def is_demo(self) -> bool:
        return self.keyfile.is_demo

    def close(self) -> None:
        """Disposes every connection and drops the key reference (Python cannot wipe the bytes)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self.data_key = self._audit_key = b""
        vault_lock.release(self._lock)
        self._lock = None

    # -- creation and unlocking ------------------------------------------------
    @classmethod
    def create(cls, paths: VaultPaths, passphrase: str | None, *, demo: bool = False) -> tuple[Vault, str]:
        """Writes a new, empty, encrypted database and its key file; returns the vault and its recovery key."""
        if paths.exists():
            raise VaultExistsError(str(paths.data_dir))
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(paths.data_dir, 0o700)
        data_key, recovery_key = new_data_key(), new_recovery_key()
        keyfile = KeyFile.create_demo(data_key, recovery_key) if demo else KeyFile.create(
            data_key, passphrase or "", recovery_key)
        conn = connect_raw(paths.db, data_key)
        conn.close()
        with contextlib.suppress(OSError):
            os.chmod(paths.db, 0o600)
        keyfile.save(paths.keys)
        return cls(paths, keyfile, data_key, _lock=vault_lock.hold_shared(paths.data_dir)), recovery_key

    @classmethod
    def read_keyfile(cls, paths: VaultPaths) -> KeyFile:
        if not paths.exists():
            raise VaultMissingError(str(paths.data_dir))
        if not paths.db.exists():
            raise VaultDamagedError(DB_NAME)
        if not paths.keys.exists():
            raise VaultDamagedError(KEYS_NAME)
        return KeyFile.load(paths.keys)

    @classmethod
    def unlock(cls, paths: VaultPaths, *, passphrase: str | None = None,
               recovery_key: str | None = None, use_keyring: bool = False, ahead: DerivedKey | None = None) -> Vault:
        """Unwraps the data key and proves it opens the database; the file is never written on failure.

        `ahead` is the passphrase's key derived beforehand (see `kdf.derive_ahead`)."""
        keyfile = cls.read_keyfile(paths)
        data_key = None
        if keyfile.is_demo:
            data_key = keyfile.unwrap_demo()
        elif recovery_key is not None:
            data_key = keyfile.unwrap_with_recovery_key(recovery_key)
        elif passphrase is not None:
            data_key = keyfile.unwrap_with_passphrase(passphrase, ahead)
        elif use_keyring:
            data_key = _device_unwrap(keyfile)
        if data_key is None:
            raise VaultLockedError()
        rekey.open_or_finish(paths.data_dir, paths.db, paths.keys, keyfile, data_key)
        return cls(paths, keyfile, data_key, _lock=vault_lock.hold_shared(paths.data_dir))

    # -- key maintenance ------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wraps the data key under a new passphrase; the database file is not rewritten. "Remember on this
        device" is revoked with it."""
        self.keyfile.wrap_with_passphrase(self.data_key, new_passphrase)
        self.keyfile.save(self.paths.keys)
        keystore.forget(self.vault_id)

    def rekey(self, passphrase: str) -> str:
        """Re-encrypts the database under a new data key, wrapped under `passphrase` and a new recovery key
        (returned). Needs the vault to itself; the engine is reopened under the new key when next used."""
        check_passphrase(passphrase)
        new_key, recovery_key = new_data_key(), new_recovery_key()
        before = KeyFile.from_json(self.keyfile.to_json())
        fresh = self.keyfile.rekeyed(self.data_key, new_key, passphrase, recovery_key)
        with vault_lock.upgraded(self._lock, self.paths.data_dir):
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
            rekey.switch(self.paths.db, self.paths.keys, before, fresh, self.data_key, new_key)
        self.keyfile, self.data_key = fresh, new_key
        keystore.forget(self.vault_id)
        return recovery_key

    def remember_on_device(self) -> bool:
        """A new device key in the keyring wraps the data key in the key file; False where no keyring that
        encrypts is available (nothing is stored then)."""
        if not keystore.backend_available():
            return False
        device_key = keystore.new_device_key()
        self.keyfile.wrap_for_device(self.data_key, device_key)
        self.keyfile.save(self.paths.keys)
        if keystore.remember(self.vault_id, device_key):
            return True
        self.forget_on_device()
        return False

    def forget_on_device(self) -> None:
        keystore.forget(self.vault_id)
        if self.keyfile.has_device_wrap:
            self.keyfile.revoke_device()
            self.keyfile.save(self.paths.keys)


def _device_unwrap(keyfile: KeyFile) -> bytes | None:
    """The data key through this device's key, or None (not remembered, revoked, or another device's)."""
    device_key = keystore.recall(keyfile.vault_id)  # (which also drops what an earlier version kept there)
    if device_key is None or not keyfile.has_device_wrap:
        return None
    try:
        return keyfile.unwrap_with_device_key(device_key)
    except WrongSecretError:
        return None


class VaultLockedError(Exception):
    """No secret was given and none is remembered on this device."""
