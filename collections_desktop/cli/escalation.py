"""`escalation NUMBER`: the account's ladder and what stops its next step; `escalate NUMBER --step S`: take it."""

from __future__ import annotations

import argparse
from pathlib import Path

from collections_desktop.cli.common import emit, opened
from collections_desktop.cli.safe import echo
from collections_desktop.words import say


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from collections_desktop.domain.escalation.ladder import STEPS

    p = sub.add_parser("escalation", parents=[common], help="the account's escalation ladder and its gates")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("escalate", parents=[common], help="take the account's next step on the ladder")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--step", required=True, choices=STEPS, help=" | ".join(STEPS))
    p.add_argument("--note", default="", help="why, in your words (a supervisor's review keeps it)")
    p.add_argument("--out", type=Path, metavar="DIR", help="a letter step also writes its PDF here")


def cmd_escalation(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.escalation import ladder

    with opened(args, lang) as workspace:
        found = ladder(workspace, args.number)
    where = found.position
    if args.json:
        emit({"account": found.account, "is_501r_facility": found.is_501r,
              "steps": [{"step": step, "taken_on": day.isoformat() if day else None} for step, day in where.steps],
              "next_step": where.next_step, "next_on": where.next_on.isoformat() if where.next_on else None,
              "ready": where.ready,
              "gates": [{"code": g.code, "rule": g.rule, "opens_on": g.opens_on.isoformat() if g.opens_on else None}
                        for g in where.gates]})
        return 0
    echo(say("escalation_heading", lang, account=found.account))
    for step, day in where.steps:
        mark = "✓" if day else ("→" if step == where.next_step else " ")
        echo(f"  {mark} {say(f'step_{step}', lang)}" + (f"  {day.isoformat()}" if day else ""))
    if where.next_step is None:
        echo(say("escalation_done", lang))
        return 0
    for gate in where.gates:
        opens = f" ({say('opens_on', lang, day=gate.opens_on.isoformat())})" if gate.opens_on else ""
        echo(f"  ✗ {say(gate.code, lang)} [{gate.rule}]{opens}")
    echo(say("escalation_ready", lang, step=say(f"step_{where.next_step}", lang)) if where.ready else
         say("escalation_next_on", lang, day=where.next_on.isoformat()) if where.next_on else
         say("escalation_blocked", lang))
    return 0


def cmd_escalate(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.escalation import escalate

    with opened(args, lang) as workspace:
        taken = escalate(workspace, args.number, args.step, note=args.note, out=args.out)
    echo(say("escalation_taken", lang, account=taken.account, step=say(f"step_{taken.step}", lang)))
    if taken.letter_file is not None:
        echo(say("message_written", lang, path=str(taken.letter_file)))
    return 0
