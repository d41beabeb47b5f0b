"""The `plan`, `promise`, `agreement` and `policy` commands: payment plans from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from collections_desktop.cli.common import emit, opened
from collections_desktop.services.errors import UserError
from collections_desktop.words import say
from collections_desktop.words.formats import day


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
                 common_without_lang: argparse.ArgumentParser, parser_class: type) -> None:
    plan = sub.add_parser("plan", parents=[common], help="payment plans: quote, create, show, sign, follow up")
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True, parser_class=parser_class)
    for name, text in (("quote", "the options policy allows, with schedules"),
                       ("create", "save a plan as a draft"), ("amend", "new terms as a new version")):
        p = actions.add_parser(name, parents=[common], help=text)
        _terms(p, create=name != "quote")
    p = actions.add_parser("show", parents=[common], help="plans with versions, status and tracker")
    _number(p)
    p = actions.add_parser("sign", parents=[common], help="the patient signed: the plan becomes active")
    _number(p)
    p.add_argument("--on", type=date.fromisoformat, required=True, help="date signed")
    p.add_argument("--scan", type=Path, help="the signed copy (PDF or image) to keep in the vault")
    p = actions.add_parser("cancel", parents=[common], help="cancel the open plan")
    _number(p)
    p = actions.add_parser("notice", parents=[common], help="record the written missed-payment notice")
    _number(p)
    p.add_argument("--sent-on", type=date.fromisoformat, required=True, help="the day it was mailed (not later than "
                                                                              "today)")
    p.add_argument("--backdate-reason", default="", metavar="REASON",
                   help="why a notice mailed further back than the clinic's limit is recorded only now; its waits "
                        "(cure period, agency placement) then count from today")
    p.add_argument("--supervisor-confirmation", default="", metavar="WHO",
                   help="the supervisor who confirmed the mailing day, so the waits count from it")
    p.add_argument("--cure-date", type=date.fromisoformat, help="default: the policy's cure days after sending")
    p.add_argument("--out", type=Path, help="also write the notice letter (kept in the vault) to this PDF")
    p = actions.add_parser("default", parents=[common], help="declare default (refused without the notice records)")
    _number(p)
    p = actions.add_parser("income-cap", parents=[common],
                           help="mark the guarantor as qualifying (or not) for the state's income-based cap")
    _number(p)
    p.add_argument("eligible", choices=("on", "off"))
    p = sub.add_parser("promise", parents=[common], help="record a promise to pay")
    _number(p)
    p.add_argument("--part", action="append", required=True, type=date_amount, metavar="DATE=AMOUNT",
                   help="a promised amount and its date; repeat for a short series")
    # Here --lang is the agreement's language (en, es or both); messages follow the top-level --lang.
    p = sub.add_parser("agreement", parents=[common_without_lang], help="write the plan agreement PDF")
    p.add_argument("number")
    p.add_argument("--out", type=Path, required=True, help="the PDF to write")
    p.add_argument("--lang", dest="doc_lang", choices=("en", "es", "both"),
                   help="language of the agreement (default: the patient's; Spanish comes with English)")
    p.add_argument("--email", type=Path, metavar="FILE.eml", help="also write an unsent e-mail with the PDF")
    p = sub.add_parser("policy", parents=[common], help="the clinic's payment-plan policy")
    actions = p.add_subparsers(dest="policy_command", metavar="ACTION", required=True, parser_class=parser_class)
    p = actions.add_parser("import", parents=[common], help="import a policy TOML file as the newest version")
    p.add_argument("file", type=Path)
    p = actions.add_parser("export", parents=[common], help="write the policy in force as TOML")
    p.add_argument("--out", type=Path, required=True)


def _number(p: argparse.ArgumentParser) -> None:
    from collections_desktop.cli.parser import AS_OF_HELP

    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=date.fromisoformat, help=AS_OF_HELP + " (show and quote only)")


def _terms(p: argparse.ArgumentParser, *, create: bool) -> None:
    _number(p)
    custom = p.add_mutually_exclusive_group()
    custom.add_argument("--installments", type=int, help="a custom number of installments")
    custom.add_argument("--amount", help="a custom installment amount")
    p.add_argument("--frequency", default="monthly", choices=("monthly", "semimonthly", "biweekly", "weekly"))
    p.add_argument("--down-payment")
    p.add_argument("--first-due", type=date.fromisoformat)
    p.add_argument("--monthly-income", help="household income per month, where an income cap applies")
    if create:
        p.add_argument("--option", default="short", choices=("short", "lowest_installment"),
                       help="which quoted option, when no custom terms are given")
        p.add_argument("--method", default="", choices=("", "cash", "check", "card", "ach", "portal", "other"))
        p.add_argument("--autopay-token", default="",
                       help="autopay: the stored authorization's token or last four digits (never the full number)")


def date_amount(text: str) -> tuple[date, str]:
    try:
        when, amount = text.split("=", 1)
        return date.fromisoformat(when.strip()), amount.strip()
    except ValueError:
        raise argparse.ArgumentTypeError("use DATE=AMOUNT, e.g. 2026-12-15=50.00") from None


def _request(args: argparse.Namespace):  # noqa: ANN202
    from collections_desktop.services.plans.plans import PlanRequest

    return PlanRequest(installments=args.installments, amount=args.amount, frequency=args.frequency,
                       down_payment=args.down_payment, first_due=args.first_due,
                       option=getattr(args, "option", "short"), payment_method=getattr(args, "method", ""),
                       autopay=bool(getattr(args, "autopay_token", "")),
                       autopay_token=getattr(args, "autopay_token", ""), monthly_income=args.monthly_income)


def cmd_plan(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.cli.plan_output import plans_json, quote_json
    from collections_desktop.services.plans import plan_tracking, plans
    from collections_desktop.services.plans.plan_views import account_plans

    action, today = args.plan_command, args.as_of or date.today()
    if args.as_of is not None and action not in ("show", "quote"):
        raise UserError("as_of_read_only", command=f"plan {action}")
    with opened(args, lang) as workspace:
        if action == "quote":
            offer = plans.quote_plan(workspace, args.number, _request(args), today)
            if args.json:
                emit(quote_json(offer))
            else:
                _print_quote(offer, lang)
            return 0
        if action in ("create", "amend"):
            make = plans.create_plan if action == "create" else plans.amend_plan
            make(workspace, args.number, _request(args), today)
        elif action == "sign":
            scan = _read(args.scan) if args.scan else None
            plan_tracking.record_signature(workspace, args.number, args.on, scan, today)
        elif action == "cancel":
            plans.cancel_plan(workspace, args.number)
        elif action == "notice":
            plan_tracking.record_notice(workspace, args.number, args.sent_on, args.cure_date,
                                        backdate_reason=args.backdate_reason,
                                        supervisor_confirmation=args.supervisor_confirmation)
            if args.out:
                from collections_desktop.services.desk.files_out import save_notice

                save_notice(workspace, args.number, args.out)
        elif action == "default":
            plan_tracking.declare_default(workspace, args.number, today)
        elif action == "income-cap":
            plans.set_income_cap_eligible(workspace, args.number, args.eligible == "on")
            print(say("income_cap_set", lang, account=args.number, state=args.eligible))
            return 0
        view = account_plans(workspace, args.number, today, preview=args.as_of is not None)
    if args.json:
        emit(plans_json(view))
    elif action == "show":
        _print_plans(view, lang)
    elif (current := view.current) is not None:
        print(say("plan_saved", lang, id=current.id, version=current.version, status=say(f"status_{current.status}",
                                                                                       lang)))
    return 0


def cmd_promise(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.plans.promises import make_promise

    if getattr(args, "as_of", None) is not None:
        raise UserError("as_of_read_only", command="promise")
    with opened(args, lang) as workspace:
        promise_id = make_promise(workspace, args.number, args.part)
    if args.json:
        emit({"id": promise_id, "account": args.number, "outcome": "pending"})
    else:
        print(say("promise_saved", lang, id=promise_id))
    return 0


def cmd_agreement(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.desk import files_out
    from collections_desktop.services.plans.agreements import produce_agreement

    with opened(args, lang) as workspace:
        made = produce_agreement(workspace, args.number, args.doc_lang)
        if args.email and not made.email:  # checked first: a guarantor without an address leaves no file
            raise UserError("agreement_no_email", account=args.number)
        files_out.save_agreement(workspace, made, args.out)
        if args.email:
            files_out.save_agreement_email(workspace, args.number, made, args.email)
    print(say("agreement_written", lang, path=args.out, sha=made.sha256[:12]))
    return 0


def cmd_policy(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.desk.files_out import save_policy
    from collections_desktop.services.plans.plan_policy import import_policy

    with opened(args, lang) as workspace:
        if args.policy_command == "import":
            policy = import_policy(workspace, args.file)
            print(say("policy_imported", lang, version=policy.version))
            missing = policy.missing_clinic_fields()
            if missing:
                print(say("policy_clinic_missing", lang, fields=", ".join(missing)), file=sys.stderr)
            return 0
        save_policy(workspace, args.out)
    print(say("policy_exported", lang, path=args.out))
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError("cannot_read", path=str(path), reason=exc.strerror or "") from None


def _print_quote(offer, lang: str) -> None:  # noqa: ANN001
    from collections_desktop.domain.money import format_display

    print(say("quote_header", lang, account=offer.account, balance=format_display(offer.balance_cents)))
    for option in offer.options:
        first, last = option.installments[0], option.installments[-1]
        print(say("quote_option", lang, kind=say(f"option_{option.kind}", lang), count=len(option.installments),
                  amount=format_display(option.installment_cents), frequency=say(f"freq_{option.frequency.value}",
                                                                                   lang),
                  first=day(first.due, lang), last=day(last.due, lang)))
        for code in option.blocks:
            print("    ✗ " + say(code, lang))
    for code in offer.warnings:
        print("  ! " + say(code, lang))


def _print_plans(view, lang: str) -> None:  # noqa: ANN001
    from collections_desktop.domain.money import format_display

    if not view.plans and not view.promises:
        print(say("no_plans", lang, account=view.account))
    for plan in view.plans:
        print(say("plan_line", lang, version=plan.version, status=say(f"status_{plan.status}", lang),
                  balance=format_display(plan.balance_cents), frequency=say(f"freq_{plan.frequency}", lang)))
        if plan.status in ("active", "late", "notice_sent"):
            for state in plan.tracker.installments:
                print(f"    {state.installment.number:>3}  {day(state.installment.due, lang):>12}  "
                      f"{format_display(state.installment.amount_cents):>12}  "
                      f"{format_display(state.applied_cents):>12}  {say('inst_' + state.status.value, lang)}")
    for promise in view.promises:
        parts = ", ".join(f"{day(s.installment.due, lang)} {format_display(s.installment.amount_cents)}"
                          for s in promise.tracker.installments)
        print(say("promise_line", lang, parts=parts, outcome=say(f"promise_{promise.outcome}", lang)))
