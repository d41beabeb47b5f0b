"""The passphrase's key derivation, Argon2id, needing nothing else loaded: the desk's start begins with it."""

from __future__ import annotations

import binascii
import json
import os

from _argon2_cffi_bindings import ffi, lib

KEYS_NAME = "vault.keys.json"  # beside the database, in the vault's folder
# RFC 9106's second recommended setting: 3 passes, 64 MiB, 4 lanes (~0.2 s on one core here).
ARGON2_DEFAULTS = {"iterations": 3, "memory_kib": 65536, "lanes": 4}
PASSPHRASE_WRAP = "passphrase"


class KeyFileError(Exception):
    """The key file is missing, unreadable or not ours."""


class DerivedKey:
    """A passphrase's key-encryption key for one salt and setting, derived before it is needed."""

    __slots__ = ("salt", "setting", "kek")

    def __init__(self, salt: bytes, setting: dict[str, int], kek: bytes) -> None:
        self.salt, self.setting, self.kek = salt, setting, kek

    def __repr__(self) -> str:  # never the key itself
        return f"DerivedKey(salt={self.salt!r}, setting={self.setting!r})"


def derive(passphrase: str, salt: bytes, setting: dict, threads: int | None = None) -> bytes:
    """Argon2id through the reference implementation (argon2-cffi's bindings), which can spread the lanes
    over several cores: `threads` of them, by default as many as there are lanes and cores. The result
    depends only on the setting, never on the threads (RFC 9106)."""
    secret = passphrase.encode("utf-8")
    out = ffi.new("uint8_t[]", 32)
    try:
        lanes = setting["lanes"]
        context = ffi.new("argon2_context *", {
            "out": out, "outlen": 32, "pwd": ffi.from_buffer(secret), "pwdlen": len(secret),
            "salt": ffi.from_buffer(salt), "saltlen": len(salt), "secret": ffi.NULL, "secretlen": 0,
            "ad": ffi.NULL, "adlen": 0, "t_cost": setting["iterations"], "m_cost": setting["memory_kib"],
            "lanes": lanes, "threads": max(1, min(lanes, threads or os.cpu_count() or 1)),
            "version": lib.ARGON2_VERSION_NUMBER, "allocate_cbk": ffi.NULL, "free_cbk": ffi.NULL,
            "flags": lib.ARGON2_DEFAULT_FLAGS})
    except (OverflowError, TypeError) as exc:  # a negative or absurd number in the key file
        raise KeyFileError("passphrase wrap is damaged") from exc
    result = lib.argon2_ctx(context, lib.Argon2_id)
    if result != lib.ARGON2_OK:  # a setting Argon2id refuses (no lanes, too little memory): a damaged wrap
        raise KeyFileError("passphrase wrap is damaged: " + ffi.string(lib.argon2_error_message(result)).decode())
    return bytes(out)


def passphrase_setting(wraps: dict) -> tuple[bytes, dict[str, int]]:
    """The salt and Argon2id setting of a key file's passphrase wrap."""
    wrap = wraps.get(PASSPHRASE_WRAP)
    if wrap is None:
        raise KeyFileError("no passphrase wrap")
    try:
        return binascii.a2b_base64(wrap["salt"], strict_mode=True), {k: int(wrap[k]) for k in ARGON2_DEFAULTS}
    except (KeyError, ValueError, TypeError, binascii.Error) as exc:
        raise KeyFileError("passphrase wrap is damaged") from exc


def derive_ahead(path: str | os.PathLike, passphrase: str, threads: int | None = None) -> DerivedKey | None:
    """The slow derivation for the passphrase wrap of the key file at `path`, so it can run while the rest of
    the application loads; None when the file does not say how (unwrapping then finds and reports why)."""
    try:
        with open(path, encoding="utf-8") as handle:
            salt, setting = passphrase_setting(dict(json.load(handle)["wraps"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, KeyFileError):
        return None
    return DerivedKey(salt, setting, derive(passphrase, salt, setting, threads))
