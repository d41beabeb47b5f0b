"""'Remember on this device': the data key in the operating system's keyring, never required to get in."""

from __future__ import annotations

import base64

# keyring is imported when first used: finding its backend costs tens of milliseconds at start.

SERVICE = "CollectionsDesk"


def backend_available() -> bool:
    """True only for a real backend (Keychain, Credential Manager, Secret Service, KWallet)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        return backend.priority > 0 and "fail" not in type(backend).__module__
    except Exception:  # noqa: BLE001 - a broken keyring must never stop the app
        return False


def remember(vault_id: str, data_key: bytes) -> bool:
    if not backend_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, vault_id, base64.b64encode(data_key).decode("ascii"))
        return True
    except Exception:  # noqa: BLE001
        return False


def recall(vault_id: str) -> bytes | None:
    """The remembered key, or None when nothing usable is stored; errors mean 'ask for the passphrase'."""
    try:
        import keyring

        text = keyring.get_password(SERVICE, vault_id)
        if not text:
            return None
        key = base64.b64decode(text, validate=True)
        return key if len(key) == 32 else None
    except Exception:  # noqa: BLE001 - keyring's own errors and bad stored text alike
        return None


def forget(vault_id: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, vault_id)
    except Exception:  # noqa: BLE001
        pass
