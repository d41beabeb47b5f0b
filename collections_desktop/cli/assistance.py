"""`fap screen|apply|decide`: screen a household, record an application (collection pauses), record the decision."""

from __future__ import annotations

import argparse
from datetime import date

from collections_desktop.cli.common import emit, opened
from collections_desktop.cli.safe import echo
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.words import say


def add_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, parser_class: type) -> None:
    from collections_desktop.services.assistance.screening import PERIODS

    p = sub.add_parser("fap", parents=[common], help="financial assistance: screen a household")
    actions = p.add_subparsers(dest="fap_command", metavar="ACTION", required=True, parser_class=parser_class)
    s = actions.add_parser("screen", parents=[common], help="household and income against the sliding scale")
    s.add_argument("number", metavar="NUMBER")
    s.add_argument("--household", type=int, required=True, metavar="N", help="people in the household (1-30)")
    s.add_argument("--income", required=True, metavar="X", help="the household's income in dollars, e.g. 2450.00")
    s.add_argument("--period", choices=PERIODS, default="annual", help="what the income is counted over")
    s.add_argument("--json", action="store_true")
    a = actions.add_parser("apply", parents=[common], help="an application came in: collection pauses")
    a.add_argument("number", metavar="NUMBER")
    a.add_argument("--sent-on", type=date.fromisoformat, required=True, metavar="DATE",
                   help="the day the patient sent or handed in the application (YYYY-MM-DD)")
    a.add_argument("--note", default="", help="why, in your words (kept with the account)")
    d = actions.add_parser("decide", parents=[common], help="the clinic's decision on the application")
    d.add_argument("number", metavar="NUMBER")
    d.add_argument("decision", choices=("approved", "partial", "denied", "incomplete"))
    d.add_argument("--discount", default="", metavar="X%", help="the discount decided (partial; approved: 100%%)")
    d.add_argument("--cure-date", type=date.fromisoformat, metavar="DATE",
                   help="incomplete: the day the patient has to complete the application by")
    d.add_argument("--note", default="", help="why, in your words (kept with the account)")


def cmd_fap(args: argparse.Namespace, lang: str) -> int:
    if args.fap_command == "screen":
        return _screen(args, lang)
    from collections_desktop.services.assistance.applications import application_received, decide_application

    with opened(args, lang) as workspace:
        if args.fap_command == "apply":
            changed = application_received(workspace, args.number, args.sent_on, args.note)
        else:
            changed = decide_application(workspace, args.number, args.decision, discount=args.discount,
                                         cure_by=args.cure_date, note=args.note)
    if changed.active:
        echo(say("fap_pending", lang, account=changed.account))
    elif changed.adjusted_cents:
        echo(say("fap_approved", lang, account=changed.account, amount=format_display(changed.adjusted_cents),
                 balance=format_display(changed.patient_due_cents)))
    else:
        echo(say("fap_denied", lang, account=changed.account))
    return 0


def _screen(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.assistance.screening import screen_account

    with opened(args, lang) as workspace:
        done = screen_account(workspace, args.number, household=args.household, income=args.income,
                              period=args.period)
    s = done.screening
    if args.json:
        emit({"account": done.account, "household": s.household,
              "annual_income": format_cents(s.annual_income_cents),
              "guideline": {"year": s.guideline.year, "region": s.guideline.region,
                            "amount": format_cents(s.guideline_cents), "source": s.guideline.source},
              "percent_of_guideline": str(s.percent), "discount_percent": s.discount_percent,
              "balance": format_cents(s.balance_cents),
              "likely_owed": format_cents(s.likely_owed_cents),
              "state_floor": {"state": s.state_floor[0], "percent": s.state_floor[1]} if s.state_floor else None,
              "offer_application": s.offer_application, "documents": list(done.documents)})
        return 0
    echo(say("screening_line", lang, percent=f"{s.percent}%", household=s.household, year=s.guideline.year,
             guideline=format_display(s.guideline_cents), income=format_display(s.annual_income_cents)))
    echo(say("screening_tier", lang, discount=f"{s.discount_percent}%", owed=format_display(s.likely_owed_cents),
             balance=format_display(s.balance_cents)) if s.discount_percent else say("screening_no_tier", lang))
    if s.state_floor:
        echo(say("screening_state_floor", lang, state=s.state_floor[0], percent=f"{s.state_floor[1]}%"))
    echo(say("screening_offer" if s.offer_application else "screening_may_apply", lang))
    echo(say("screening_documents", lang, documents=", ".join(say(f"document_{d}", lang) for d in done.documents)))
    return 0
