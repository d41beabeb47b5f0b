"""Where the vault lives and whether it is there, and storage failures worded as user errors; no SQLAlchemy."""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from pathlib import Path

from collections_desktop import APP_NAME
from collections_desktop.services.errors import UserError
from collections_desktop.storage import keystore
from collections_desktop.storage.connection import NotAVaultError
from collections_desktop.storage.keys import KeyFileError, WeakPassphraseError, WrongSecretError
from collections_desktop.storage.vault import (
    Vault,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    VaultPaths,
)
from collections_desktop.storage.vault_lock import VaultInUseError

DATA_DIR_ENV = "COLLECTIONS_DESKTOP_DATA_DIR"


def default_data_dir() -> Path:
    """The data directory: the environment override, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    import platformdirs  # not needed to open a given vault, as the desk does at start

    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@contextlib.contextmanager
def translate_storage_errors() -> Iterator[None]:
    """Turns storage exceptions into coded user errors; nothing below this carries a file's content."""
    try:
        yield
    except WrongSecretError as exc:
        raise UserError("wrong_secret", kind=str(exc.args[0]) if exc.args else "passphrase") from None
    except WeakPassphraseError as exc:
        raise UserError("weak_passphrase", minimum=exc.args[0]) from None
    except KeyFileError as exc:
        raise UserError("key_file_damaged", detail=str(exc)) from None
    except VaultMissingError as exc:
        raise UserError("vault_missing", path=str(exc)) from None
    except VaultExistsError as exc:
        raise UserError("vault_exists", path=str(exc)) from None
    except VaultDamagedError as exc:
        raise UserError("vault_incomplete", missing=str(exc)) from None
    except VaultLockedError:
        raise UserError("passphrase_required") from None
    except NotAVaultError as exc:
        raise UserError("not_a_vault", path=str(exc)) from None
    except VaultInUseError as exc:
        raise UserError("vault_in_use", pid=exc.pid or "?") from None


def vault_exists(data_dir: Path) -> bool:
    return VaultPaths(data_dir).exists()


def current_actor() -> str:
    """Who is working: the operating system's user name (every audit row names it)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def vault_remembered(data_dir: Path) -> bool:
    """True when the vault there was remembered on a device (its key file has a device wrap) and a keyring that
    encrypts is here to hold the device key; whether it is this device's is found out by unlocking."""
    try:
        return Vault.read_keyfile(VaultPaths(data_dir)).has_device_wrap and keystore.backend_available()
    except Exception:  # noqa: BLE001 - any problem surfaces properly when unlocking
        return False


def vault_is_demo(data_dir: Path) -> bool:
    """True when the vault there holds only synthetic demo data (and so opens without a passphrase)."""
    try:
        return Vault.read_keyfile(VaultPaths(data_dir)).is_demo
    except Exception:  # noqa: BLE001 - any problem surfaces properly when unlocking
        return False


def keyring_available() -> bool:
    return keystore.backend_available()


def plaintext_keyring() -> str:
    """The name of the keyring in use when it is refused for storing secrets unencrypted, else ""."""
    return keystore.plaintext_backend()


def vault_location(data_dir: Path) -> str:
    """The vault's file as a person reads it: under the home folder as ~/…, else the full path."""
    db = VaultPaths(data_dir).db
    try:
        return str(Path("~") / db.resolve().relative_to(Path.home().resolve()))
    except (ValueError, RuntimeError):
        return str(db)
