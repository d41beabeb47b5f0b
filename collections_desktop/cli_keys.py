"""The `change-passphrase` and `recovery-key` commands: new secrets, and a new data key when one may have leaked."""

from __future__ import annotations

import argparse
from pathlib import Path

from collections_desktop.cli_text import say


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    p = sub.add_parser("change-passphrase", parents=[common],
                       help="set a new passphrase (--rekey also re-encrypts the vault under a new key)")
    p.add_argument("--new-passphrase-file", type=Path)
    p.add_argument("--rekey", action="store_true",
                   help="re-encrypt under a new data key and issue a new recovery key (after a suspected leak)")
    p = sub.add_parser("recovery-key", parents=[common], help="recovery key tools")
    actions = p.add_subparsers(dest="recovery_command", metavar="ACTION", required=True, parser_class=parser_class)
    p = actions.add_parser("rotate", parents=[common],
                           help="a new recovery key; the vault is re-encrypted so the old one opens nothing")
    p.add_argument("--new-passphrase-file", type=Path,
                   help="with --recovery-key-file: the passphrase to set (else it is asked for)")


def _new_passphrase(args: argparse.Namespace, lang: str) -> str:
    from collections_desktop import cli

    if args.new_passphrase_file:
        return cli._read_secret_file(args.new_passphrase_file, lang)
    return cli._prompt("prompt_new_passphrase", lang, confirm=True)


def cmd_change_passphrase(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop import cli
    from collections_desktop.services import vault_ops

    with cli._opened(args, lang) as workspace:
        new = _new_passphrase(args, lang)
        if not args.rekey:
            vault_ops.change_passphrase(workspace, new)
            print(say("passphrase_changed", lang))
            return 0
        recovery_key = vault_ops.rekey(workspace, new, reason="passphrase")
    print(say("rekeyed", lang))
    print(say("recovery_key", lang, key=recovery_key))
    return 0


def cmd_recovery_key(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop import cli
    from collections_desktop.services import vault_ops

    secrets = cli._unlock_secrets(args, lang)
    from collections_desktop.services.workspace import open_workspace

    workspace = open_workspace(cli._data_dir(args), **secrets)
    try:
        passphrase = secrets.get("passphrase") or _new_passphrase(args, lang)
        recovery_key = vault_ops.rekey(workspace, passphrase, reason="recovery_key")
    finally:
        workspace.close()
    print(say("recovery_rotated", lang))
    print(say("recovery_key", lang, key=recovery_key))
    return 0
