"""The `collections-desktop` command: argparse over services, and the launcher of the window."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import multiprocessing
import os
import sys
from pathlib import Path

from collections_desktop.cli_parser import build_parser, read_private_texts
from collections_desktop.cli_text import say
from collections_desktop.services.errors import UserError

PASSPHRASE_ENV = "COLLECTIONS_DESKTOP_PASSPHRASE"
DEBUG_ENV = "COLLECTIONS_DESKTOP_DEBUG"


# -- secrets -------------------------------------------------------------------------------
def _read_secret_file(path: Path, lang: str) -> str:
    try:
        return path.read_text(encoding="utf-8").strip("\r\n")
    except FileNotFoundError:
        raise UserError("file_not_found", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("cannot_read", path=str(path), reason=getattr(exc, "strerror", "") or "") from None


def _passphrase(args: argparse.Namespace, lang: str, *, confirm: bool = False) -> str:
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, lang)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return _prompt("prompt_passphrase", lang, confirm=confirm)


def _prompt(code: str, lang: str, *, confirm: bool) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("passphrase_required")
    first = getpass.getpass(say(code, lang))
    if confirm and getpass.getpass(say("prompt_repeat", lang)) != first:
        raise UserError("passphrases_differ")
    return first


def _unlock_secrets(args: argparse.Namespace, lang: str) -> dict:
    if args.recovery_key_file:
        return {"recovery_key": _read_secret_file(args.recovery_key_file, lang)}
    from collections_desktop.services.vault_access import vault_is_demo

    if vault_is_demo(_data_dir(args)):
        return {}
    return {"passphrase": _passphrase(args, lang)}


def _data_dir(args: argparse.Namespace) -> Path:
    from collections_desktop.services.vault_access import default_data_dir

    return args.data_dir.expanduser() if args.data_dir else default_data_dir()


@contextlib.contextmanager
def _opened(args: argparse.Namespace, lang: str):  # noqa: ANN202
    """The unlocked workspace for one command, closed (key dropped) however the command ends."""
    from collections_desktop.services.workspace import open_workspace

    workspace = open_workspace(_data_dir(args), **_unlock_secrets(args, lang))
    try:
        yield workspace
    finally:
        workspace.close()


def _emit(payload: dict) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- commands -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault_access import vault_exists
    from collections_desktop.services.workspace import create_workspace

    data_dir = _data_dir(args)
    if vault_exists(data_dir):
        raise UserError("vault_exists", path=str(data_dir))
    workspace, recovery_key = create_workspace(data_dir, _passphrase(args, lang, confirm=True))
    workspace.close()
    print(say("created", lang, path=data_dir))
    print(say("recovery_key", lang, key=recovery_key))
    return 0


def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.demo import fill_demo

    with _opened(args, lang) as workspace:
        result = fill_demo(workspace, accounts=args.accounts, seed=args.seed, today=args.as_of)
        from collections_desktop.services.demo_plans import seed_plans

        seed_plans(workspace, args.as_of)
    print(say("demo_done", lang, accounts=result.accounts, rows=result.rows))
    return 0


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_reports import import_json, print_import
    from collections_desktop.services.imports import import_files

    with _opened(args, lang) as workspace:
        report = import_files(workspace, args.files, fmt=args.format, profile=args.profile,
                              dry_run=args.dry_run, skip_bad=args.skip_bad)
    if args.json:
        _emit(import_json(report, lang))
    else:
        print_import(report, lang)
    errors = sum(1 for p in report.problems if p.severity == "error")
    if errors and not args.skip_bad:
        print(f"collections-desktop: {say('import_rejected', lang, errors=errors)}", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services.exports import export

    with _opened(args, lang) as workspace:
        result = export(workspace, args.kind, args.out, since=args.since)
    if args.json:
        _emit({"kind": result.kind, "rows": result.rows, "total": format_cents(result.total_cents)})
    else:
        print(say("export_written", lang, rows=result.rows, path=result.path))
    return 0


def cmd_can_contact(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_reports import decision_json, print_decision
    from collections_desktop.services.contacts import can_contact

    with _opened(args, lang) as workspace:
        check = can_contact(workspace, args.number, args.channel, person=args.person, at=args.at)
    if args.json:
        _emit({"account": check.account, "channel": check.channel.value, **decision_json(check.decision, lang)})
    else:
        print_decision(check.decision, lang)
    return 0


def cmd_log_contact(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_reports import decision_json
    from collections_desktop.services.contacts import log_contact

    with _opened(args, lang) as workspace:
        logged = log_contact(workspace, args.number, args.channel, args.outcome, direction=args.direction,
                             person=args.person, at=args.at, note=args.note, override=args.override,
                             window=args.window, promise=args.promise, follow_up=args.follow_up)
    if args.json:
        _emit({"id": logged.event_id, "overridden": logged.overridden, "flags_set": list(logged.flags_set),
               **decision_json(logged.decision, lang)})
    else:
        print(say("contact_logged", lang, id=logged.event_id))
    return 0


def cmd_pay(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services.payments import record_payment

    with _opened(args, lang) as workspace:
        # The receipt is written inside the payment's transaction: both are recorded, or neither.
        result = record_payment(workspace, args.number, args.amount, args.method, reference=args.reference,
                                paid_on=args.on, allow_overpayment=args.allow_overpayment, receipt_to=args.receipt)
    if args.json:
        _emit({"account": result.account, "amount": format_cents(result.amount_cents), "method": result.method,
               "paid_on": result.paid_on.isoformat(),
               "applied": [{"claim": c, "amount": format_cents(v)} for c, v in result.applied],
               "patient_due_before": format_cents(result.balance_before_cents),
               "patient_due_after": format_cents(result.balance_after_cents),
               "overpaid": format_cents(result.overpaid_cents)})
    else:
        print(say("payment_recorded", lang, amount=format_cents(result.amount_cents),
                  after=format_cents(result.balance_after_cents)))
    return 0


def cmd_account(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_json import account_json
    from collections_desktop.cli_views import print_account
    from collections_desktop.services.accounts import get_account

    with _opened(args, lang) as workspace:
        view = get_account(workspace, args.number, as_of=args.as_of, seen_in="command")
    if args.json:
        _emit(account_json(view))
    else:
        print_account(view, lang)
    return 0


def cmd_worklist(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_json import worklist_json
    from collections_desktop.cli_views import print_worklist
    from collections_desktop.services.accounts import worklist

    with _opened(args, lang) as workspace:
        rows = worklist(workspace, view=args.view, search=args.search, limit=args.limit, as_of=args.as_of)
    if args.json:
        _emit(worklist_json(rows))
    else:
        print_worklist(rows, lang)
    return 0


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault_ops import backup

    with _opened(args, lang) as workspace:
        result = backup(workspace, args.out)
    print(say("backup_written", lang, path=result.path, size=result.size_bytes))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault_ops import restore

    data_dir = _data_dir(args)
    if args.recovery_key_file:
        secrets = {"recovery_key": _read_secret_file(args.recovery_key_file, lang)}
    else:
        secrets = {"passphrase": _passphrase(args, lang)}
    moved = restore(data_dir, args.file, **secrets)
    print(say("restored", lang, path=data_dir))
    if moved:
        print(say("restored_aside", lang, path=moved))
    return 0


def cmd_screenshot(args: argparse.Namespace, lang: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from collections_desktop.ui.screenshot import render

    with contextlib.ExitStack() as stack:
        workspace = None if args.locked else stack.enter_context(_opened(args, lang))
        try:
            render(args.out, data_dir=_data_dir(args), workspace=workspace, lang=lang, size=QSize(*args.size),
                   account=args.account, dialog=args.dialog)
        except OSError as exc:
            raise UserError("cannot_write", path=str(args.out), reason=str(exc)) from None
    return 0


def cmd_agency(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.agency import approve_for_agency

    with _opened(args, lang) as workspace:
        approve_for_agency(workspace, args.number, args.note, args.as_of)
    print(say("agency_approved", lang, account=args.number))
    return 0


def cmd_vault(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault_ops import check_vault

    with _opened(args, lang) as workspace:
        result = check_vault(workspace)
    if args.json:
        _emit({"sound": result.sound, "page_problems": list(result.page_problems),
               "broken_references": result.broken_references, "balances_off": list(result.balances_off),
               "audit": {"rows": result.audit.rows, "intact": result.audit.intact,
                         "first_bad_row": result.audit.first_bad_row}})
    else:
        print(say("vault_check_pages", lang, count=len(result.page_problems)))
        print(say("vault_check_references", lang, count=result.broken_references))
        print(say("vault_check_balances", lang, count=len(result.balances_off),
                  accounts=", ".join(result.balances_off[:10])))
        print(say("vault_check_audit", lang, rows=result.audit.rows,
                  state=say("audit_intact" if result.audit.intact else "audit_broken", lang)))
    if not result.sound:
        print(f"collections-desktop: {say('vault_unsound', lang)}", file=sys.stderr)
        return 1
    return 0


def cmd_decide(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli_reports import print_decision_result
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services import remit_decisions, review

    with _opened(args, lang) as workspace:
        if args.denial == "denials-team":
            review.hand_off_claim(workspace, args.number, args.claim, args.note)
            result = remit_decisions.claim_state(workspace, args.number, args.claim)
        elif args.denial == "patient":
            result = remit_decisions.bill_denied_claim_to_patient(workspace, args.number, args.claim)
        else:
            result = remit_decisions.settle_remittance(workspace, args.number, args.claim, args.patient_owes)
    if args.json:
        _emit({"account": result.account, "claim": result.claim,
               "patient_due_before": format_cents(result.patient_due_before_cents),
               "patient_due_after": format_cents(result.patient_due_after_cents),
               "hold_released": result.hold_released})
    else:
        print_decision_result(result, lang)
    return 0


def _screen_available() -> bool:
    """Whether Qt has somewhere to open the window: a display on Linux (X11, Wayland), or a platform set on purpose."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args: argparse.Namespace, lang: str) -> int:
    if not _screen_available():  # else Qt aborts with a platform-plugin message
        raise UserError("no_display")
    # Unlocking with the remembered key starts before Qt loads; the window shows its first page when both are done.
    from collections_desktop.services.early_start import begin
    from collections_desktop.services.vault_access import vault_exists

    data_dir = _data_dir(args)
    early = begin(data_dir, use_keyring=True) if vault_exists(data_dir) else None
    from collections_desktop.ui.launch import run

    return run(data_dir, args.lang, early)


def _vault_command(name: str):  # noqa: ANN202
    def run(args: argparse.Namespace, lang: str) -> int:
        from collections_desktop import cli_vault

        return getattr(cli_vault, f"cmd_{name}")(args, lang)
    return run


COMMANDS = {
    "init": cmd_init, "demo": cmd_demo, "import": cmd_import, "export": cmd_export, "account": cmd_account,
    "can-contact": cmd_can_contact, "log-contact": cmd_log_contact, "pay": cmd_pay, "worklist": cmd_worklist,
    "backup": cmd_backup, "restore": cmd_restore, "change-passphrase": _vault_command("change_passphrase"),
    "recovery-key": _vault_command("recovery_key"),
    "audit": _vault_command("audit"), "screenshot": cmd_screenshot, "agency": cmd_agency, "decide": cmd_decide,
    "vault": cmd_vault,
    None: cmd_gui,
}


def _plan_command(name: str):  # noqa: ANN202
    def run(args: argparse.Namespace, lang: str) -> int:
        from collections_desktop import cli_plans

        return getattr(cli_plans, f"cmd_{name}")(args, lang, _opened, _emit)
    return run


COMMANDS.update({name: _plan_command(name) for name in ("plan", "promise", "agreement", "policy")})


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # demo workers start from the frozen binary too
    # Everything this program writes holds or derives from patient data: folders 0700, files 0600.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    lang = args.lang or ("es" if os.environ.get("LANG", "").startswith("es") else "en")
    try:
        read_private_texts(args)
        return COMMANDS[args.command](args, lang)
    except UserError as exc:
        print(f"collections-desktop: {say(exc.code, lang, **exc.params)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly like other shell tools.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback (it may quote patient data) unless asked
        if os.environ.get(DEBUG_ENV):
            raise
        reason = str(getattr(exc, "orig", exc)).lower()
        if "malformed" in reason or "not a database" in reason:
            print(f"collections-desktop: {say('vault_damaged', lang)}", file=sys.stderr)
            return 1
        if "full" in reason and ("disk" in reason or "database" in reason):
            print(f"collections-desktop: {say('disk_full', lang, path=str(_data_dir(args)))}", file=sys.stderr)
            return 1
        print(f"collections-desktop: {say('internal_error', lang, kind=type(exc).__name__)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
