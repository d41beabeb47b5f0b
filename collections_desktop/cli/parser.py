"""The `collections-desktop` command line's grammar: subcommands, options and the checks on their values."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path

from collections_desktop import __version__

# The kinds of event `history --kind` takes (as services.desk.timeline knows them; a test keeps the two equal:
# the parser loads before the database stack, so it does not import it).
TIMELINE_KINDS = ("contact", "payment", "promise", "plan", "hold", "handoff", "note", "document", "import")
HANDOFF_TEAMS = ("billing", "denials")
HANDOFF_REASONS = ("insurance_should_have_paid", "wrong_payer", "coordination_of_benefits", "duplicate_charge",
                   "coding_question", "denial_to_appeal", "other")
HANDOFF_ANSWERS = ("rebilled", "adjusted", "upheld", "no_change")
# `--as-of` only ever looks: how things stood or will stand on that day. Commands that write refuse it.
AS_OF_HELP = "show how things stood (or will stand) on this date; read-only: nothing is written"
HOLD_KINDS = ("dispute", "cease_contact", "attorney", "bankruptcy", "deceased", "financial_assistance_pending",
              "insurance_pending")


class _Parser(argparse.ArgumentParser):
    """Usage errors exit 2 with one line, as argparse does, and never a traceback."""


# The dialogs `screenshot --dialog` opens (ui.gallery.DIALOGS; a test keeps the two the same).
SCREENSHOT_DIALOGS = ("payment", "contact", "note", "hold", "handoff", "handoff-answer", "plan", "preferences",
                      "preferences-ladder",
                      "import", "export", "first-run", "recovery-key", "reports", "reports-aging",
                      "message", "screening", "escalation", "sign-in")


def _common_options(*, top_level: bool, with_lang: bool = True) -> _Parser:
    """Options accepted before or after the subcommand; after it they must not reset what came before."""
    common = _Parser(add_help=False)
    default = None if top_level else argparse.SUPPRESS
    common.add_argument("--data-dir", type=Path, default=default,
                        help="vault directory (default: per-user data folder, or COLLECTIONS_DESKTOP_DATA_DIR)")
    if with_lang:
        common.add_argument("--lang", choices=("en", "es"), default=default,
                            help="language of messages and of the window")
    common.add_argument("--passphrase-file", type=Path, default=default,
                        help="read the passphrase from this file")
    common.add_argument("--recovery-key-file", type=Path, default=default,
                        help="unlock with the recovery key in this file")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(top_level=False)
    parser = _Parser(prog="collections-desktop", parents=[_common_options(top_level=True)],
                     description="Collections Desk: patient collections for a medical clinic.")
    parser.add_argument("--version", action="version", version=f"collections-desktop {__version__}")
    parser.add_argument("--database", dest="server_database", metavar="URL",
                        help="team mode: the window signs in to this PostgreSQL server "
                             "(or COLLECTIONS_DESKTOP_DATABASE_URL)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("init", parents=[common], help="create the encrypted vault")
    p = sub.add_parser("demo", parents=[common], help="fill an empty vault with realistic synthetic data")
    p.add_argument("--accounts", type=int, default=500)
    p.add_argument("--seed", type=int, default=1)
    # the demo's own clock, for a reproducible demo vault (not --as-of: that one never writes)
    p.add_argument("--demo-today", type=date.fromisoformat, metavar="DATE",
                   help="the day the invented history ends on (default today), for a demo that reads the same later")
    p = sub.add_parser("import", parents=[common], help="import files exported by the PM system")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--format", default="auto", help="auto (default), csv, x12-835 or fhir")
    p.add_argument("--profile", help="CSV mapping profile: a shipped name or a path")
    p.add_argument("--dry-run", action="store_true", help="show what would change, save nothing")
    p.add_argument("--skip-bad", action="store_true", help="leave out records with errors, import the rest")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export", parents=[common], help="write a file for the PM system or a partner")
    p.add_argument("kind", choices=("payments", "activity", "plans", "agency", "agency-updates", "insurance-followup"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--since", type=date.fromisoformat, help="only what happened on or after this date")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("agency", parents=[common], help="approve an account for placement with a collection agency")
    p.add_argument("number")
    _private_text(p, "note")
    p.add_argument("--as-of", type=date.fromisoformat,
                   help="only check whether the account could be placed on this date; nothing is written")
    p.add_argument("--action", choices=("suspend", "reinstate", "recall"),
                   help="after placement: tell the agency to stop, to go on, or return the account to the clinic "
                        "(listed by `export agency-updates`)")
    p = sub.add_parser("decide", parents=[common],
                       help="decide about a denied claim or a remittance that does not balance")
    p.add_argument("number")
    p.add_argument("--claim", required=True)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--denial", choices=("patient", "denials-team"),
                        help="the patient owes their share of the denied claim, or hand it to the denials team")
    choice.add_argument("--patient-owes", metavar="AMOUNT",
                        help="settle a remittance that does not balance: what the patient owes on the claim")
    _private_text(p, "note", "for the denials team")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("can-contact", parents=[common], help="may this account's person be contacted now?")
    p.add_argument("number")
    p.add_argument("--channel", required=True, choices=("phone", "sms", "email", "letter", "portal"))
    p.add_argument("--person", default="guarantor", help="guarantor (default), patient or a person id")
    p.add_argument("--at", type=_moment, help="ISO-8601 time with offset (default: now)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("log-contact", parents=[common], help="record a contact or attempt")
    p.add_argument("number")
    p.add_argument("--channel", required=True, choices=("phone", "sms", "email", "letter", "portal"))
    p.add_argument("--outcome", required=True, type=str.upper)
    p.add_argument("--direction", default="outbound", choices=("outbound", "inbound"))
    p.add_argument("--person", default="guarantor")
    p.add_argument("--at", type=_moment)
    _private_text(p, "note")
    p.add_argument("--override", help="record a blocked attempt anyway, with this reason (audited)")
    p.add_argument("--window", type=_window, help="HH:MM-HH:MM local, for INCONVENIENT_TIME")
    p.add_argument("--follow-up", type=date.fromisoformat, metavar="DATE", help="when to contact them next")
    p.add_argument("--reason", default="", metavar="REASON",
                   help="why the person says the bill is not paid (no_bill_received, bill_not_understood, "
                        "insurance_should_pay, wrong_insurance, charge_not_recognised, duplicate_charge, "
                        "above_estimate, financial_hardship, service_disputed, other)")
    p.add_argument("--promise", action="append", type=_date_amount, metavar="DATE=AMOUNT",
                   help="with PROMISE_TO_PAY: the promised amount and date; repeat for a short series")
    p.add_argument("--backdate-reason", default="", metavar="REASON",
                   help="why a contact older than the clinic's limit (policy [records], 3 days by default) is "
                        "recorded only now (required then; kept); the waits then count from today")
    p.add_argument("--supervisor-confirmation", default="", metavar="WHO",
                   help="with a late entry: the supervisor who confirmed the stated moment, so the waits count "
                        "from it (kept and audited)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("pay", parents=[common], help="record a patient payment (never a card number)")
    p.add_argument("number")
    p.add_argument("--amount", required=True)
    p.add_argument("--method", required=True, choices=("cash", "check", "card", "ach", "portal", "other"))
    p.add_argument("--reference", default="", help="check number, authorization code… never the card number")
    p.add_argument("--on", type=date.fromisoformat, help="payment date (default today; never a later day)")
    p.add_argument("--backdate-reason", default="", metavar="REASON",
                   help="why a payment dated further back than the clinic's limit (3 days by default) is "
                        "recorded only now (required then; kept)")
    p.add_argument("--allow-overpayment", action="store_true", help="keep what exceeds the balance as a credit")
    p.add_argument("--receipt", type=Path, help="also write a PDF receipt in the patient's language")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("account", parents=[common], help="show one account")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=date.fromisoformat, help=AS_OF_HELP)
    p = sub.add_parser("history", parents=[common], help="everything that happened on one account, newest first")
    p.add_argument("number")
    p.add_argument("--kind", action="append", choices=TIMELINE_KINDS,
                   help="only events of this kind; repeat for several")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("hold", parents=[common], help="set, follow or end a hold on an account, with why")
    p.add_argument("number")
    p.add_argument("action", choices=("set", "update", "release"))
    p.add_argument("kind", choices=HOLD_KINDS)
    _private_text(p, "reason", "why (kept with the account; or --reason-file FILE, - for standard input)")
    p.add_argument("--claim", help="insurance_pending: the claim whose balance waits on the payer")
    p.add_argument("--case-number", help="bankruptcy: the court's case number")
    p.add_argument("--chapter", choices=("7", "11", "12", "13"), help="bankruptcy: the chapter filed under")
    p.add_argument("--filed", type=date.fromisoformat, metavar="DATE", help="bankruptcy: the day the case was filed")
    _private_text(p, "contact", "deceased: the estate's contact; attorney: the attorney's name and how to reach them")
    p.add_argument("--verification-sent", type=date.fromisoformat, metavar="DATE",
                   help="dispute: the day verification or an itemized bill was sent (F-11)")
    p.add_argument("--cure-by", type=date.fromisoformat, metavar="DATE",
                   help="financial assistance: the application is incomplete; the day missing papers are due")
    p.add_argument("--outcome", default="", help="release: upheld|not_upheld (dispute), approved|denied "
                                                 "(financial assistance), discharged|dismissed (bankruptcy)")
    p.add_argument("--adjustment", metavar="AMOUNT", help="release: the amount taken off (dispute upheld, "
                                                          "assistance approved)")
    p.add_argument("--discount", metavar="PERCENT", help="release, assistance approved: the discount (100 = all)")
    p.add_argument("--written-request", action="store_true",
                   help="releasing cease_contact: the person's own later written request was received")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("handoff", parents=[common],
                       help="hand a claim to the billing or denials team, or record their answer")
    p.add_argument("number")
    p.add_argument("--claim", required=True)
    p.add_argument("--team", default="billing", choices=HANDOFF_TEAMS)
    p.add_argument("--reason", default="other", choices=HANDOFF_REASONS)
    p.add_argument("--answer", choices=HANDOFF_ANSWERS, help="the team's answer: the claim comes back to outreach")
    p.add_argument("--adjustment", metavar="AMOUNT", help="with --answer adjusted: the amount taken off")
    _private_text(p, "note")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("note", parents=[common], help="write a note on an account, or pin or unpin one")
    p.add_argument("number")
    _private_text(p, "text", "the note (or --text-file FILE, - for standard input)")
    p.add_argument("--pinned", action="store_true", help="pin the new note to the account's top and the script")
    p.add_argument("--pin", type=int, metavar="ID", help="pin an existing note")
    p.add_argument("--unpin", type=int, metavar="ID", help="take a note off the account's top")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("worklist", parents=[common], help="list accounts to work")
    p.add_argument("--view", default="due", help="due (default), all, today (the window's Today: ranked, no "
                                                 "account on a hold), promises_due, plans_late, insurance_pending, "
                                                 "with_billing (claims with the billing team, oldest first), "
                                                 "holds, paid_since_import, ready_to_escalate (the next step on "
                                                 "the ladder is open) or escalation_blocked (a gate stands in "
                                                 "the way)")
    _private_text(p, "search")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", type=date.fromisoformat, help=AS_OF_HELP)
    p = sub.add_parser("backup", parents=[common], help="write one encrypted backup file")
    p.add_argument("--out", type=Path, required=True)
    p = sub.add_parser("restore", parents=[common], help="restore a backup into the data directory")
    p.add_argument("file", type=Path)
    from collections_desktop.cli import report as cli_report
    from collections_desktop.cli import vault as cli_vault

    cli_report.add_command(sub, common)
    from collections_desktop.cli import letters as cli_letters

    cli_letters.add_command(sub, common)
    cli_letters.add_message_command(sub, common)
    from collections_desktop.cli import assistance as cli_assistance

    cli_assistance.add_command(sub, common, _Parser)
    from collections_desktop.cli import escalation as cli_escalation

    cli_escalation.add_commands(sub, common)
    from collections_desktop.cli import team as cli_team

    cli_team.add_command(sub, common, _Parser)

    cli_vault.add_commands(sub, common, _Parser)
    p = sub.add_parser("screenshot", parents=[common], help="render the window offscreen to a PNG")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", type=_size, default=(1280, 800), help="WIDTHxHEIGHT (default 1280x800)")
    p.add_argument("--locked", action="store_true", help="show the locked window without opening the vault")
    p.add_argument("--account", help="show this account selected")
    p.add_argument("--dialog", choices=SCREENSHOT_DIALOGS, help="show this dialog over the account")
    p.add_argument("--dark", action="store_true", help="with a dark system palette (Fusion style)")
    p = sub.add_parser("vault", parents=[common], help="vault tools")
    vault_sub = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True, parser_class=_Parser)
    check = vault_sub.add_parser("check", parents=[common],
                                 help="integrity, references, balances re-derived from the ledger, audit chain")
    check.add_argument("--json", action="store_true")
    from collections_desktop.cli import plans as cli_plans

    cli_plans.add_commands(sub, common, _common_options(top_level=False, with_lang=False), _Parser)
    return parser


def _private_text(parser: argparse.ArgumentParser, name: str, help_text: str = "") -> None:
    """`--NAME TEXT`, or `--NAME-file FILE` (`-` for standard input): text that may be a patient's stays out of
    the process list and the shell's history."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(f"--{name}", default="", help=help_text or None)
    group.add_argument(f"--{name}-file", metavar="FILE", help=f"read the {name} from FILE, or - for standard input")


def read_private_texts(args: argparse.Namespace) -> None:
    """Fills `args.note` / `args.search` from their `-file` options; an unreadable file is a user error."""
    import sys

    from collections_desktop.services.errors import UserError

    for name in ("note", "search", "text", "reason", "contact"):
        source = getattr(args, f"{name}_file", None)
        if not source:
            continue
        try:
            text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            raise UserError("cannot_read", path=source, reason=getattr(exc, "strerror", None) or "") from None
        setattr(args, name, text.rstrip("\r\n"))


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def _moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError("use ISO-8601, e.g. 2026-03-03T15:00Z") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give the offset too, e.g. 2026-03-03T10:00-05:00")
    return value


def _date_amount(text: str) -> tuple[date, str]:
    from collections_desktop.cli.plans import date_amount

    return date_amount(text)


def _window(text: str) -> tuple[time, time]:
    try:
        start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
    except ValueError:
        raise argparse.ArgumentTypeError("use HH:MM-HH:MM, e.g. 00:00-12:00") from None
    return start, end
