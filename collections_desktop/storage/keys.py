"""The data key and its wraps: Argon2id(passphrase) and a printed recovery key, each sealing the key with AES-GCM."""

from __future__ import annotations

import base64
import hashlib
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
        return keys

    @classmethod
    def create_demo(cls, data_key: bytes, recovery_key: str) -> KeyFile:
        """A key file for synthetic demo data: the key is sealed under a public key, so no passphrase is asked."""
        keys = cls(vault_id=str(uuid.uuid4()))
        keys._seal(DEMO_WRAP, DEMO_KEK, data_key, {"kdf": "none"})
        keys._seal(RECOVERY_WRAP, _recovery_bytes(recovery_key), data_key, {"kdf": "none"})
        return keys

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

    def _aad(self, name: str) -> bytes:
        return f"collections-desk-key-v{KEY_FILE_VERSION}|{self.vault_id}|{name}".encode()

    def _seal(self, name: str, kek: bytes, data_key: bytes, header: dict) -> None:
        nonce = os.urandom(12)
        sealed = aes_gcm()(kek).encrypt(nonce, data_key, self._aad(name))
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
    def to_json(self) -> str:
        return json.dumps(
            {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION,
             "vault_id": self.vault_id, "wraps": self.wraps},
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
