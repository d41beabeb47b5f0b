"""'Remember on this device': a device key in the operating system's keyring that unwraps the data key through
the key file, never the data key itself, and never in a keyring that keeps secrets in plain files."""

from __future__ import annotations

import base64
import os

# keyring is imported when first used: finding its backend costs tens of milliseconds at start.

SERVICE = "CollectionsDesk"
_PREFIX = "device-v1:"  # entries written before device keys held the data key itself: those are never used
# Backends that keep secrets in files anyone with the disk can read (or in none at all), by module.
_REFUSED_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")
_REFUSED_NAMES = ("Plaintext", "Uncrypted", "Unencrypted")


def _backend() -> object:
    import keyring

    return keyring.get_keyring()


def _leaves(backend: object) -> list:
    """The backends a chainer hands work to, or the backend itself."""
    inner = getattr(backend, "backends", None)
    return list(inner) if isinstance(inner, (list, tuple)) and inner else [backend]


def refused_backend() -> str | None:
    """The name of the keyring in use when it stores secrets unencrypted (or is none at all), else None."""
    try:
        backend = _backend()
    except Exception:  # noqa: BLE001 - a broken keyring must never stop the app
        return "unavailable"
    for leaf in _leaves(backend):
        kind = type(leaf)
        name = f"{kind.__module__}.{kind.__qualname__}"
        if kind.__module__.startswith(_REFUSED_MODULES) or any(word in kind.__qualname__ for word in _REFUSED_NAMES):
            return name
    try:
        if getattr(backend, "priority", 1) <= 0:
            return f"{type(backend).__module__}.{type(backend).__qualname__}"
    except Exception:  # noqa: BLE001
        return "unavailable"
    return None


def plaintext_backend() -> str:
    """The name of the keyring in use when it was refused for keeping secrets in plain files, else ""."""
    refused = refused_backend() or ""
    plain = refused.startswith(_REFUSED_MODULES[0]) or any(word in refused for word in _REFUSED_NAMES)
    return refused if plain else ""


def backend_available() -> bool:
    """True only for a keyring that encrypts (Keychain, Credential Manager, Secret Service, KWallet)."""
    return refused_backend() is None


def new_device_key() -> bytes:
    return os.urandom(32)


def remember(vault_id: str, device_key: bytes) -> bool:
    if not backend_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, vault_id, _PREFIX + base64.b64encode(device_key).decode("ascii"))
        return True
    except Exception:  # noqa: BLE001
        return False


def recall(vault_id: str) -> bytes | None:
    """The device key, or None when nothing usable is stored; errors mean 'ask for the passphrase'."""
    if not backend_available():
        return None
    try:
        import keyring

        text = keyring.get_password(SERVICE, vault_id)
        if not text:
            return None
        if not text.startswith(_PREFIX):  # the data key itself, as earlier versions kept it: removed, never used
            keyring.delete_password(SERVICE, vault_id)
            return None
        key = base64.b64decode(text[len(_PREFIX):], validate=True)
        return key if len(key) == 32 else None
    except Exception:  # noqa: BLE001 - keyring's own errors and bad stored text alike
        return None


def forget(vault_id: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, vault_id)
    except Exception:  # noqa: BLE001
        pass
