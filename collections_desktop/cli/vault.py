"""The vault's secrets and its audit trail from the command line: `change-passphrase` (and `--rekey` after a
suspected leak), `recovery-key rotate` and `audit verify` against the anchors of earlier days."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from collections_desktop.cli.common import data_dir, opened, prompt, read_secret_file, unlock_secrets
from collections_desktop.words import say


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
    p = sub.add_parser("audit", parents=[common], help="audit trail tools")
    actions = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True, parser_class=parser_class)
    p = actions.add_parser("verify", parents=[common],
                           help="check the chain, the rows it vouches for, and its anchors")
    p.add_argument("--against", type=Path, action="append", default=[], metavar="BACKUP",
                   help="also hold the chain against the head recorded in this backup")
    p.add_argument("--anchor", action="append", default=[], metavar="ROW:HASH",
                   help="also hold it against a head printed by an earlier audit verify")


def _new_passphrase(args: argparse.Namespace, lang: str) -> str:

    if args.new_passphrase_file:
        return read_secret_file(args.new_passphrase_file, lang)
    return prompt("prompt_new_passphrase", lang, confirm=True)


def cmd_change_passphrase(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault import vault_ops

    with opened(args, lang) as workspace:
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
    from collections_desktop.services.vault import vault_ops

    secrets = unlock_secrets(args, lang)
    from collections_desktop.services.workspace import open_workspace

    workspace = open_workspace(data_dir(args), **secrets)
    try:
        passphrase = secrets.get("passphrase") or _new_passphrase(args, lang)
        recovery_key = vault_ops.rekey(workspace, passphrase, reason="recovery_key")
    finally:
        workspace.close()
    print(say("recovery_rotated", lang))
    print(say("recovery_key", lang, key=recovery_key))
    return 0


def cmd_audit(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault.vault_ops import backup_anchor, given_anchor, verify_audit

    against = tuple([backup_anchor(path) for path in args.against] + [given_anchor(t) for t in args.anchor])
    with opened(args, lang) as workspace:
        check = verify_audit(workspace, against)
    return show_audit(check, lang)


def show_audit(check, lang: str, *, on_server: bool = False) -> int:  # noqa: ANN001 - an AuditCheck
    """The chain check said line by line (problems on stderr); 0 when intact. A team server's chain has no row
    seals and is anchored with `team audit`."""
    if check.first_bad_row is None and not check.row_problems:
        print(say("team_audit_ok" if on_server else "audit_ok", lang, rows=check.rows))
    elif check.first_bad_row is not None:
        print(say("audit_bad", lang, row=check.first_bad_row, problem=check.problem, rows=check.rows),
              file=sys.stderr)
    for found in check.row_problems:
        print(say(f"audit_rows_{found.problem}", lang, table=found.table, rows=found.rows,
                  audit_row=found.audit_row or "-"), file=sys.stderr)
    if check.anchor_forged:
        print(say("audit_anchor_forged", lang), file=sys.stderr)
    for anchor, held in check.anchors:
        code = "audit_anchor_held" if held else "audit_anchor_lost"
        print(say(code, lang, source=anchor.source, at=anchor.at or "-", row=anchor.row),
              file=sys.stdout if held else sys.stderr)
    print(say("team_audit_head" if on_server else "audit_head", lang, row=check.head_row, hash=check.head_hash[:16]))
    return 0 if check.intact else 1
