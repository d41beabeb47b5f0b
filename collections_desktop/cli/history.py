"""`history` and `note`: an account's timeline on the command line, and the specialist's notes."""

from __future__ import annotations

import argparse
from datetime import date

from collections_desktop.cli.common import data_dir, emit, opened, unlocked
from collections_desktop.cli.safe import echo
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.services.desk.history_fast import KINDS, Timeline, TimelineRow, quick_history
from collections_desktop.services.errors import UserError
from collections_desktop.words import say
from collections_desktop.words.events import event_marks, event_words
from collections_desktop.words.formats import moment


def event_line(event: TimelineRow, lang: str) -> str:
    """One event as a line: local date and time, its words, its text, and marks (dated back, pinned)."""
    words = event_words(event.code, event.params, format_display, lang)
    marks = event_marks(event.params, lang)
    local = moment(event.at, lang)
    return (f"{local}  {words}" + (f" — {event.text}" if event.text else "")
            + (f" [{', '.join(marks)}]" if marks else ""))


def timeline_json(timeline: Timeline) -> dict:
    return {"account": timeline.account, "total": timeline.total, "offset": timeline.offset,
            "pinned": [{"id": n.note_id, "text": n.text, "written_at": n.written_at.isoformat()}
                       for n in timeline.pinned],
            "events": [{"at": e.at.isoformat(), "recorded_at": e.recorded_at.isoformat(), "kind": e.kind,
                        "code": e.code, **e.params, **({"text": e.text} if e.text else {})}
                       for e in timeline.events]}


def print_pinned(timeline: Timeline, lang: str) -> None:
    if timeline.pinned:
        echo(say("history_pinned", lang))
        for note in timeline.pinned:
            echo(f"  * {note.text}")


def cmd_history(args: argparse.Namespace, lang: str) -> int:
    kinds = tuple(args.kind) if args.kind else KINDS
    # On a plain connection, without SQLAlchemy; the full way only when the vault's schema must be upgraded.
    found = unlocked(args, lang, lambda secrets: quick_history(data_dir(args), args.number, kinds=kinds,
                                                               offset=args.offset, limit=args.limit, **secrets))
    if found is None:
        from collections_desktop.services.desk.timeline import account_timeline

        with opened(args, lang) as workspace:
            found = account_timeline(workspace, args.number, kinds=kinds, offset=args.offset, limit=args.limit)
    timeline = found
    if args.json:
        emit(timeline_json(timeline))
        return 0
    print_pinned(timeline, lang)
    if not timeline.events:
        echo(say("history_none", lang))
        return 0
    echo(say("history_header", lang, account=timeline.account, shown=len(timeline.events), total=timeline.total))
    for event in timeline.events:
        echo("  " + event_line(event, lang))
    return 0


def cmd_note(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.desk.notes import add_note, pin_note

    with opened(args, lang) as workspace:
        if args.pin is not None or args.unpin is not None:
            saved = pin_note(workspace, args.number, args.pin if args.pin is not None else args.unpin,
                             args.pin is not None)
        else:
            saved = add_note(workspace, args.number, args.text, pinned=args.pinned)
    if args.json:
        emit({"id": saved.note_id, "account": saved.account, "pinned": saved.pinned})
    else:
        print(say("note_pinned" if saved.pinned else "note_written", lang, note=saved.note_id, account=saved.account))
    return 0


def _hold_details(args: argparse.Namespace) -> dict[str, str | date | None]:
    contact = {"attorney": "attorney_contact", "deceased": "estate_contact"}.get(args.kind, "contact")
    return {"case_number": args.case_number, "chapter": args.chapter, "filed_on": args.filed,
            contact: args.contact, "verification_sent_on": args.verification_sent, "cure_by": args.cure_by}


def cmd_hold(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.holds import (
        claim_insurance_pending,
        release_hold,
        set_hold,
        update_hold,
    )

    if args.kind == "insurance_pending" and (not args.claim or args.action == "update"):
        raise UserError("insurance_pending_needs_claim")
    with opened(args, lang) as workspace:
        if args.kind == "insurance_pending":
            changed = claim_insurance_pending(workspace, args.number, args.claim, args.action == "set", args.reason)
        elif args.action == "set":
            changed = set_hold(workspace, args.number, args.kind, args.reason, _hold_details(args))
        elif args.action == "update":
            changed = update_hold(workspace, args.number, args.kind, _hold_details(args), args.reason)
        else:
            changed = release_hold(workspace, args.number, args.kind, args.reason, outcome=args.outcome,
                                   adjustment=args.adjustment, discount=args.discount,
                                   written_request=args.written_request)
    hold = (f"hold_{changed.hold}",)
    if args.json:
        emit({"account": changed.account, "hold": changed.hold, "active": changed.active,
              "details": changed.details,
              "outcome": changed.outcome, "adjusted": format_cents(changed.adjusted_cents),
              "patient_due": format_cents(changed.patient_due_cents)})
    elif changed.outcome:
        print(say("hold_ended_done", lang, account=changed.account, hold=hold,
                  decision=(f"hold_outcome_{changed.outcome}",), due=format_display(changed.patient_due_cents)))
    else:
        done = "hold_set_done" if args.action == "set" else "hold_updated_done" if changed.active else \
            "hold_released_done"
        print(say(done, lang, account=changed.account, hold=hold))
    return 0


def cmd_handoff(args: argparse.Namespace, lang: str) -> int:
    from collections_desktop.services.outreach.handoffs import answer_handoff
    from collections_desktop.services.outreach.review import hand_off_claim

    with opened(args, lang) as workspace:
        if args.answer is None:
            hand_off_claim(workspace, args.number, args.claim, args.note, team=args.team, reason=args.reason)
            payload = {"account": args.number, "claim": args.claim, "team": args.team, "reason": args.reason}
            text = say("handoff_sent_done", lang, claim=args.claim, account=args.number, team=(f"team_{args.team}",))
        else:
            done = answer_handoff(workspace, args.number, args.claim, args.answer, note=args.note,
                                  adjustment=args.adjustment)
            payload = {"account": done.account, "claim": done.claim, "answer": done.answer,
                       "insurance_pending": done.insurance_pending,
                       "patient_due": format_cents(done.patient_due_cents)}
            text = say("handoff_answered_done", lang, claim=done.claim, account=done.account,
                       answer=(f"answer_{done.answer}",), due=format_display(done.patient_due_cents))
    if args.json:
        emit(payload)
    else:
        print(text)
    return 0
