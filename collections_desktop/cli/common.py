"""What every command shares: its secrets (file, environment or terminal), the vault it opens, and JSON output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from collections_desktop.services.errors import UserError
from collections_desktop.words import say

if TYPE_CHECKING:
    from collections_desktop.services.workspace import Workspace

PASSPHRASE_ENV = "COLLECTIONS_DESKTOP_PASSPHRASE"


def read_secret_file(path: Path, lang: str) -> str:
    try:
        return path.read_text(encoding="utf-8").strip("\r\n")
    except FileNotFoundError:
        raise UserError("file_not_found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("cannot_read", path=str(path), reason=getattr(exc, "strerror", "") or "") from None


def passphrase(args: argparse.Namespace, lang: str, *, confirm: bool = False) -> str:
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file, lang)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return prompt("prompt_passphrase", lang, confirm=confirm)


def prompt(code: str, lang: str, *, confirm: bool) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("passphrase_required")
    first = getpass.getpass(say(code, lang))
    if confirm and getpass.getpass(say("prompt_repeat", lang)) != first:
        raise UserError("passphrases_differ")
    return first


def unlock_secrets(args: argparse.Namespace, lang: str) -> dict:
    if args.recovery_key_file:
        return {"recovery_key": read_secret_file(args.recovery_key_file, lang)}
    from collections_desktop.services.vault.vault_access import vault_is_demo, vault_remembered

    if vault_is_demo(data_dir(args)):
        return {}
    if not args.passphrase_file and not os.environ.get(PASSPHRASE_ENV) and vault_remembered(data_dir(args)):
        return {"use_keyring": True}  # "remember on this device", chosen in the window: no passphrase, no Argon2id
    return {"passphrase": passphrase(args, lang)}


def data_dir(args: argparse.Namespace) -> Path:
    from collections_desktop.services.vault.vault_access import default_data_dir

    return args.data_dir.expanduser() if args.data_dir else default_data_dir()


T = TypeVar("T")


def unlocked(args: argparse.Namespace, lang: str, attempt: Callable[[dict], T]) -> T:
    """`attempt(secrets)` with the command's way to unlock; when the key remembered on this device is gone from
    the keyring, again with the passphrase, as usual."""
    secrets = unlock_secrets(args, lang)
    try:
        return attempt(secrets)
    except UserError as error:
        if not secrets.get("use_keyring") or error.code != "passphrase_required":
            raise
        return attempt({"passphrase": passphrase(args, lang)})


@contextlib.contextmanager
def opened(args: argparse.Namespace, lang: str) -> Iterator[Workspace]:
    """The unlocked workspace for one command, closed (key dropped) however the command ends."""
    from collections_desktop.services.workspace import open_workspace

    workspace = unlocked(args, lang, lambda secrets: open_workspace(data_dir(args), **secrets))
    try:
        yield workspace
    finally:
        workspace.close()


def emit(payload: dict) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


