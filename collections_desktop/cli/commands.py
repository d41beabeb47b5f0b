"""The everyday commands: create and fill a vault, import and export, look at accounts, contact, pay, decide,
back up and restore, check the vault, take a screenshot."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from collections_desktop.cli.common import data_dir, emit, opened, passphrase, read_secret_file
from collections_desktop.cli.safe import echo
from collections_desktop.services.errors import UserError
from collections_desktop.words import say
from collections_desktop.words.formats import day as format_day


def cmd_init(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault.vault_access import vault_exists
    from collections_desktop.services.workspace import create_workspace

    folder = data_dir(args)
    if vault_exists(folder):
        raise UserError("vault_exists", path=str(folder))
    workspace, recovery_key = create_workspace(folder, passphrase(args, lang, confirm=True))
    workspace.close()
    print(say("created", lang, path=folder))
    print(say("recovery_key", lang, key=recovery_key))
    return 0


def cmd_demo(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.demo.demo import fill_demo

    with opened(args, lang) as workspace:
        result = fill_demo(workspace, accounts=args.accounts, seed=args.seed, today=args.demo_today)
        from collections_desktop.services.demo.demo_plans import seed_plans

        seed_plans(workspace, args.demo_today)
    print(say("demo_done", lang, accounts=result.accounts, rows=result.rows))
    return 0


def cmd_import(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.reports import import_json, print_import
    from collections_desktop.services.imports.imports import import_files

    with opened(args, lang) as workspace:
        report = import_files(workspace, args.files, fmt=args.format, profile=args.profile,
                              dry_run=args.dry_run, skip_bad=args.skip_bad)
    if args.json:
        emit(import_json(report, lang))
    else:
        print_import(report, lang)
    errors = sum(1 for p in report.problems if p.severity == "error")
    if errors and not args.skip_bad:
        print(f"collections-desktop: {say('import_rejected', lang, errors=errors)}", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services.exports.exports import export

    with opened(args, lang) as workspace:
        result = export(workspace, args.kind, args.out, since=args.since)
    if args.json:
        emit({"kind": result.kind, "rows": result.rows, "total": format_cents(result.total_cents)})
    else:
        print(say("export_written", lang, rows=result.rows, path=result.path))
    return 0


def cmd_can_contact(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.reports import decision_json, print_decision
    from collections_desktop.services.outreach.contacts import can_contact

    with opened(args, lang) as workspace:
        check = can_contact(workspace, args.number, args.channel, person=args.person, at=args.at)
    if args.json:
        emit({"account": check.account, "channel": check.channel.value, **decision_json(check.decision, lang)})
    else:
        print_decision(check.decision, lang)
    return 0


def cmd_log_contact(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.reports import decision_json
    from collections_desktop.services.outreach.contacts import log_contact

    with opened(args, lang) as workspace:
        logged = log_contact(workspace, args.number, args.channel, args.outcome, direction=args.direction,
                             person=args.person, at=args.at, note=args.note, override=args.override,
                             window=args.window, promise=args.promise, follow_up=args.follow_up,
                             backdate_reason=args.backdate_reason,
                             supervisor_confirmation=args.supervisor_confirmation, reason=args.reason.lower())
    if args.json:
        emit({"id": logged.event_id, "overridden": logged.overridden, "flags_set": list(logged.flags_set),
               **decision_json(logged.decision, lang)})
    else:
        print(say("contact_logged", lang, id=logged.event_id))
    return 0


def cmd_pay(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.outreach.escalation import time_barred_since

    with opened(args, lang) as workspace:
        barred = time_barred_since(workspace, args.number)
        if barred is not None:  # F-17: said before the payment is taken, where the specialist reads it
            echo(say("time_barred_payment", lang, account=args.number, day=format_day(barred, lang)),
                 file=sys.stderr)
        # The receipt is written inside the payment's transaction: both are recorded, or neither.
        result = record_payment(workspace, args.number, args.amount, args.method, reference=args.reference,
                                paid_on=args.on, allow_overpayment=args.allow_overpayment, receipt_to=args.receipt,
                                backdate_reason=args.backdate_reason)
    if args.json:
        emit({"account": result.account, "amount": format_cents(result.amount_cents), "method": result.method,
               "paid_on": result.paid_on.isoformat(),
               "applied": [{"claim": c, "amount": format_cents(v)} for c, v in result.applied],
               "patient_due_before": format_cents(result.balance_before_cents),
               "patient_due_after": format_cents(result.balance_after_cents),
               "overpaid": format_cents(result.overpaid_cents)})
    else:
        from collections_desktop.domain.money import format_display

        print(say("payment_recorded", lang, amount=format_display(result.amount_cents),
                  after=format_display(result.balance_after_cents)))
    return 0


def cmd_account(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.history import event_line, print_pinned, timeline_json
    from collections_desktop.cli.output import account_json
    from collections_desktop.cli.views import print_account
    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.desk.timeline import account_timeline

    with opened(args, lang) as workspace:
        view = get_account(workspace, args.number, as_of=args.as_of, seen_in="command")
        recent = account_timeline(workspace, view.number, limit=5, seen_in=None)
    if args.json:
        shown = timeline_json(recent)
        emit({**account_json(view), "pinned_notes": shown["pinned"], "recent_events": shown["events"]})
    else:
        print_pinned(recent, lang)
        print_account(view, lang)
        if recent.events:
            echo(say("history_last", lang))
            for event in recent.events:
                echo("  " + event_line(event, lang))
    return 0


def cmd_worklist(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.output import worklist_json
    from collections_desktop.cli.views import print_worklist
    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.desk.worklist import rows_for

    with opened(args, lang) as workspace:
        rows = worklist(workspace, view=args.view, search=args.search, limit=args.limit, as_of=args.as_of)
        # What the window's list says of each: the next action, why, and whether a call may be made now.
        desk = {row.account_id: row for row in rows_for(workspace, [r.account_id for r in rows])}
    if args.json:
        emit(worklist_json(rows, desk, team_first=args.view == "with_billing"))
    else:
        print_worklist(rows, lang, desk, team_first=args.view == "with_billing")
    return 0


def cmd_backup(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault.vault_ops import backup

    with opened(args, lang) as workspace:
        result = backup(workspace, args.out)
    print(say("backup_written", lang, path=result.path, size=result.size_bytes))
    return 0


def cmd_restore(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault.vault_ops import restore

    folder = data_dir(args)
    if args.recovery_key_file:
        secrets = {"recovery_key": read_secret_file(args.recovery_key_file, lang)}
    else:
        secrets = {"passphrase": passphrase(args, lang)}
    moved = restore(folder, args.file, **secrets)
    print(say("restored", lang, path=folder))
    if moved:
        print(say("restored_aside", lang, path=moved))
    return 0


def cmd_screenshot(args: argparse.Namespace, lang: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from collections_desktop.ui.screenshot import render

    with contextlib.ExitStack() as stack:
        workspace = None if args.locked else stack.enter_context(opened(args, lang))
        try:
            render(args.out, data_dir=data_dir(args), workspace=workspace, lang=lang, size=QSize(*args.size),
                   account=args.account, dialog=args.dialog, dark=args.dark)
        except OSError as exc:
            raise UserError("cannot_write", path=str(args.out), reason=str(exc)) from None
    return 0


def cmd_agency(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.agency import approve_for_agency, placement_check

    if args.action:
        from collections_desktop.services.outreach.agency_lifecycle import change_placement

        with opened(args, lang) as workspace:
            change_placement(workspace, args.number, args.action, args.note)
        print(say(f"agency_{args.action}_done", lang, account=args.number))
        return 0
    with opened(args, lang) as workspace:
        if args.as_of is not None:  # a look only: whether placement would be allowed that day
            blocks = placement_check(workspace, args.number, args.as_of)
            if blocks:
                raise UserError("agency_refused", reasons=tuple(blocks))
            print(say("agency_placement_possible", lang, account=args.number, day=format_day(args.as_of, lang)))
            return 0
        approve_for_agency(workspace, args.number, args.note)
    print(say("agency_placement_approved", lang, account=args.number))
    return 0


def cmd_vault(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.vault.vault_ops import check_vault

    with opened(args, lang) as workspace:
        result = check_vault(workspace)
    if args.json:
        emit({"sound": result.sound, "page_problems": list(result.page_problems),
               "broken_references": result.broken_references, "balances_off": list(result.balances_off),
               "kept_sums_off": result.kept_sums_off,
               "audit": {"rows": result.audit.rows, "intact": result.audit.intact,
                         "first_bad_row": result.audit.first_bad_row}})
    else:
        print(say("vault_check_pages", lang, count=len(result.page_problems)))
        print(say("vault_check_references", lang, count=result.broken_references))
        print(say("vault_check_balances", lang, count=len(result.balances_off),
                  accounts=", ".join(result.balances_off[:10])))
        print(say("vault_check_kept_sums", lang, count=result.kept_sums_off))
        print(say("vault_check_audit", lang, rows=result.audit.rows,
                  state=say("audit_intact" if result.audit.intact else "audit_broken", lang)))
    if not result.sound:
        print(f"collections-desktop: {say('vault_unsound', lang)}", file=sys.stderr)
        return 1
    return 0


def cmd_decide(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.reports import print_decision_result
    from collections_desktop.domain.money import format_cents
    from collections_desktop.services.imports import remit_decisions
    from collections_desktop.services.outreach import review

    with opened(args, lang) as workspace:
        if args.denial == "denials-team":
            review.hand_off_claim(workspace, args.number, args.claim, args.note)
            result = remit_decisions.claim_state(workspace, args.number, args.claim)
        elif args.denial == "patient":
            result = remit_decisions.bill_denied_claim_to_patient(workspace, args.number, args.claim)
        else:
            result = remit_decisions.settle_remittance(workspace, args.number, args.claim, args.patient_owes)
    if args.json:
        emit({"account": result.account, "claim": result.claim,
               "patient_due_before": format_cents(result.patient_due_before_cents),
               "patient_due_after": format_cents(result.patient_due_after_cents),
               "hold_released": result.hold_released})
    else:
        print_decision_result(result, lang)
    return 0


