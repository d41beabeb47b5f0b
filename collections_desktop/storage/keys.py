"""The data key and its wraps: Argon2id(passphrase), a printed recovery key and a device key, each sealing the
data key with AES-GCM; the audit chain's own key, sealed under the data key, survives a change of data key."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from collections_desktop.storage.kdf import (
    ARGON2_DEFAULTS,
    PASSPHRASE_WRAP,
    DerivedKey,
    KeyFileError,
    passphrase_setting,
)
from collections_desktop.storage.kdf import derive as _derive

KEY_FILE_FORMAT = "collections-desk-keys"
KEY_FILE_VERSION = 1
MIN_PASSPHRASE_LENGTH = 12
RECOVERY_WRAP = "recovery"
DEMO_WRAP = "demo"
AUDIT_WRAP = "audit"  # the audit chain's HMAC key, sealed under the data key
DEVICE_WRAP = "device"  # the data key sealed under a device key kept in the operating system's keyring
PREVIOUS_WRAP = "previous"  # during a rekey only: the old data key sealed under the new one
# Demo vaults hold only synthetic people; their key is sealed under this public value.
DEMO_KEK = hashlib.sha256(b"collections-desk demo vault, synthetic data only").digest()


class WrongSecretError(Exception):
    """The passphrase or recovery key does not unwrap the data key."""


class WeakPassphraseError(ValueError):
    """The passphrase is shorter than the minimum."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(MIN_PASSPHRASE_LENGTH)


def aes_gcm() -> type:
    """`cryptography`'s AES-GCM, imported when first asked for, so the key derivation (which needs only the
    small Argon2 bindings) can start before it is loaded."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM


def new_recovery_key() -> str:
    """A random 256-bit key written as 13 groups of four base32 characters."""
    text = base64.b32encode(os.urandom(32)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_bytes(recovery_key: str) -> bytes:
    text = "".join(recovery_key.split()).replace("-", "").upper()
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError as exc:
        raise WrongSecretError("recovery key is malformed") from exc
    if len(raw) != 32:
        raise WrongSecretError("recovery key is malformed")
    return raw


@dataclass
class KeyFile:
    """Everything needed to unwrap the data key; none of it is secret on its own."""

    vault_id: str
    wraps: dict[str, dict] = field(default_factory=dict)

    # -- creation -------------------------------------------------------------
    @classmethod
    def create(cls, data_key: bytes, passphrase: str, recovery_key: str,
               argon2: dict | None = None) -> KeyFile:
        check_passphrase(passphrase)
        keys = cls(vault_id=str(uuid.uuid4()))
        keys.wrap_with_passphrase(data_key, passphrase, argon2)
        keys._seal(RECOVERY_WRAP, _recovery_bytes(recovery_key), data_key, {"kdf": "none"})
        keys._seal(AUDIT_WRAP, data_key, os.urandom(32), {"kdf": "none"})
        return keys

    @classmethod
    def create_demo(cls, data_key: bytes, recovery_key: str) -> KeyFile:
        """A key file for synthetic demo data: the key is sealed under a public key, so no passphrase is asked."""
        keys = cls(vault_id=str(uuid.uuid4()))
        keys._seal(DEMO_WRAP, DEMO_KEK, data_key, {"kdf": "none"})
        keys._seal(RECOVERY_WRAP, _recovery_bytes(recovery_key), data_key, {"kdf": "none"})
        keys._seal(AUDIT_WRAP, data_key, os.urandom(32), {"kdf": "none"})
        return keys

    def rekeyed(self, old_key: bytes, new_key: bytes, passphrase: str, recovery_key: str) -> KeyFile:
        """The same vault under a new data key: a new passphrase wrap and recovery key, the audit key carried
        over, no device wrap, and the old key sealed under the new one until the database is re-encrypted."""
        setting = self.passphrase_setting()[1] if PASSPHRASE_WRAP in self.wraps else None
        fresh = KeyFile(vault_id=self.vault_id)
        fresh.wrap_with_passphrase(new_key, passphrase, setting)
        fresh._seal(RECOVERY_WRAP, _recovery_bytes(recovery_key), new_key, {"kdf": "none"})
        fresh._seal(AUDIT_WRAP, new_key, self.audit_key(old_key), {"kdf": "none"})
        fresh._seal(PREVIOUS_WRAP, new_key, old_key, {"kdf": "none"})
        return fresh

    @property
    def rekey_pending(self) -> bool:
        return PREVIOUS_WRAP in self.wraps

    def previous_key(self, data_key: bytes) -> bytes:
        return self._open(PREVIOUS_WRAP, data_key)

    def rekey_finished(self) -> None:
        self.wraps.pop(PREVIOUS_WRAP, None)

    def audit_key(self, data_key: bytes) -> bytes:
        """The key of the audit chain's HMACs. Vaults made before it had its own key derive it from the data
        key; a rekey seals that derived key, so the chain written so far stays verifiable."""
        if AUDIT_WRAP in self.wraps:
            return self._open(AUDIT_WRAP, data_key)
        return hmac.new(data_key, b"collections-desk audit chain v1", hashlib.sha256).digest()

    # -- this device -------------------------------------------------------------
    @property
    def has_device_wrap(self) -> bool:
        return DEVICE_WRAP in self.wraps

    def wrap_for_device(self, data_key: bytes, device_key: bytes) -> None:
        self._seal(DEVICE_WRAP, device_key, data_key, {"kdf": "none"})

    def unwrap_with_device_key(self, device_key: bytes) -> bytes:
        return self._open(DEVICE_WRAP, device_key)

    def revoke_device(self) -> None:
        self.wraps.pop(DEVICE_WRAP, None)

    @property
    def is_demo(self) -> bool:
        return DEMO_WRAP in self.wraps

    def unwrap_demo(self) -> bytes:
        return self._open(DEMO_WRAP, DEMO_KEK)

    def wrap_with_passphrase(self, data_key: bytes, passphrase: str, argon2: dict | None = None) -> None:
        check_passphrase(passphrase)
        params = dict(argon2 or ARGON2_DEFAULTS)
        salt = os.urandom(16)
        kek = _derive(passphrase, salt, params)
        self._seal(PASSPHRASE_WRAP, kek, data_key, {"kdf": "argon2id", "salt": _b64(salt), **params})
        self.wraps.pop(DEMO_WRAP, None)
        self.revoke_device()  # a new passphrase revokes "remember on this device"

    def _aad(self, name: str) -> bytes:
        return f"collections-desk-key-v{KEY_FILE_VERSION}|{self.vault_id}|{name}".encode()

    def _seal(self, name: str, kek: bytes, secret: bytes, header: dict) -> None:
        nonce = os.urandom(12)
        sealed = aes_gcm()(kek).encrypt(nonce, secret, self._aad(name))
        self.wraps[name] = {**header, "nonce": _b64(nonce), "sealed": _b64(sealed)}

    # -- unwrapping -----------------------------------------------------------
    def _open(self, name: str, kek: bytes) -> bytes:
        wrap = self.wraps.get(name)
        if wrap is None:
            raise KeyFileError(f"no {name} wrap")
        from cryptography.exceptions import InvalidTag

        try:
            return aes_gcm()(kek).decrypt(_unb64(wrap["nonce"]), _unb64(wrap["sealed"]), self._aad(name))
        except InvalidTag as exc:
            raise WrongSecretError(name) from exc

    def passphrase_setting(self) -> tuple[bytes, dict[str, int]]:
        """The salt and Argon2id setting the passphrase wrap was made with."""
        return passphrase_setting(self.wraps)

    def unwrap_with_passphrase(self, passphrase: str, ahead: DerivedKey | None = None) -> bytes:
        """`ahead` (see `kdf.derive_ahead`) is used when it was derived for this wrap's salt and setting."""
        salt, params = self.passphrase_setting()
        if ahead is not None and (ahead.salt, ahead.setting) == (salt, params):
            kek = ahead.kek
        else:
            kek = _derive(passphrase, salt, params)
        return self._open(PASSPHRASE_WRAP, kek)

    def unwrap_with_recovery_key(self, recovery_key: str) -> bytes:
        return self._open(RECOVERY_WRAP, _recovery_bytes(recovery_key))

    # -- persistence ----------------------------------------------------------
    def to_json(self, *, portable: bool = False) -> str:
        """`portable` (for backups) leaves out the device wrap, which only this laptop's keyring can open."""
        wraps = {k: v for k, v in self.wraps.items() if not (portable and k == DEVICE_WRAP)}
        return json.dumps(
            {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION,
             "vault_id": self.vault_id, "wraps": wraps},
            indent=2, sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        try:
            doc = json.loads(text)
            if doc.get("format") != KEY_FILE_FORMAT or doc.get("version") != KEY_FILE_VERSION:
                raise KeyFileError("not a Collections Desk key file")
            return cls(vault_id=str(doc["vault_id"]), wraps=dict(doc["wraps"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileError("key file is damaged") from exc

    def save(self, path: Path) -> None:
        from collections_desktop.atomic import atomic_write_bytes  # not needed to unlock, which comes first

        atomic_write_bytes(path, self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise KeyFileError("key file is missing") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError("key file is unreadable") from exc
        return cls.from_json(text)


def new_data_key() -> bytes:
    return os.urandom(32)
