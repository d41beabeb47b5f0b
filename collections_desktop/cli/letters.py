"""`letters`: statements or notices for one account, several, or a worklist view — one PDF each, files to print."""

from __future__ import annotations

import argparse
from pathlib import Path

from collections_desktop.cli.common import emit, opened
from collections_desktop.cli.safe import echo
from collections_desktop.services.errors import UserError
from collections_desktop.words import say


def add_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from collections_desktop.services.outreach.letters import KINDS

    p = sub.add_parser("letters", parents=[common], help="statements and notices for accounts or a worklist view")
    p.add_argument("numbers", nargs="*", metavar="NUMBER", help="accounts (or give --view)")
    p.add_argument("--kind", default="statement", choices=KINDS,
                   help="statement (default); itemised_bill (each service line; for an open dispute it is the "
                        "verification the dispute waits for); final_notice (before escalation: the day the patient "
                        "has until, and the plain-language summary of assistance at a 501(r) facility); "
                        "validation_notice (what is owed since when and how to dispute it, when the policy asks); "
                        "assistance_application (who qualifies for assistance, what to send, the summary)")
    p.add_argument("--view", help="every account of this worklist view (as `worklist --view` names them)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help="folder for one PDF per account and one combined file to print")
    p.add_argument("--json", action="store_true")


def cmd_letters(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.letters import write_batch

    if bool(args.numbers) == bool(args.view):
        raise UserError("letters_need_accounts")
    with opened(args, lang) as workspace:
        batch = write_batch(workspace, args.out, args.kind, view=args.view or "all", numbers=args.numbers or None,
                            lang=args.lang)
    if args.json:
        emit({"written": [{"account": m.account, "language": m.language, "sha256": m.sha256, "file": str(f)}
                          for m, f in zip(batch.letters, batch.files, strict=True)],
              "print_files": [str(p) for p in batch.print_files],
              "skipped": [{"account": s.account, "reasons": list(s.reasons)} for s in batch.skipped]})
        return 0
    for item in batch.skipped:
        echo(say("letter_skipped", lang, account=item.account,
                 reasons=", ".join(say(code, lang) for code in item.reasons)))
    echo(say("letters_written", lang, count=len(batch.letters), path=str(args.out)) if batch.letters
         else say("letters_none", lang))
    return 0


def add_message_command(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from collections_desktop.services.outreach.messages import ATTACHABLE, SITUATIONS

    p = sub.add_parser("message", parents=[common], help="an e-mail draft or a portal message from a template")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--template", required=True, choices=SITUATIONS, metavar="T", help=" | ".join(SITUATIONS))
    p.add_argument("--agent", default="", help="your name, as the message signs it")
    p.add_argument("--attach", action="append", default=[], choices=ATTACHABLE,
                   help="a statement or itemised bill (portal only: plain e-mail carries none)")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE.eml", help="an unsent e-mail for the mail client")
    where.add_argument("--portal", type=Path, metavar="DIR", help="text and attachments to copy into the portal")
    p.add_argument("--json", action="store_true")


def cmd_message(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.messages import compose, email_draft, for_portal

    with opened(args, lang) as workspace:
        message = compose(workspace, args.number, args.template, lang=args.lang, agent=args.agent,
                          attach=tuple(args.attach))
        files = [email_draft(workspace, message, args.out)] if args.out else for_portal(workspace, message,
                                                                                       args.portal)
    if args.json:
        emit({"account": message.account, "template": message.situation, "language": message.language,
              "subject": message.subject, "files": [str(f) for f in files],
              "cautions": list(message.email_cautions) if args.out else []})
        return 0
    if args.out:
        for code in message.email_cautions:
            echo("! " + say(code, lang))
    echo(say("message_written", lang, path=str(files[0])) if args.out else
         say("portal_written", lang, path=str(args.portal)))
    return 0
