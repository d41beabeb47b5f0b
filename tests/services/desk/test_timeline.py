"""An account's threads: notes (pinned ones at its top), one timeline of every kind of event, honest dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.desk.notes import add_note, pin_note
from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import log_contact
from collections_desktop.services.outreach.review import hand_off_claim


def owing(workspace) -> str:
    return next(r.account for r in worklist(workspace, view="due", limit=50) if r.patient_due_cents > 1000)


def test_a_note_is_kept_pinned_unpinned_and_never_empty(demo_workspace):
    number = owing(demo_workspace)
    saved = add_note(demo_workspace, number, "  Prefiere llamadas después de las 5 pm  ", pinned=True)
    other = add_note(demo_workspace, number, "Asked about the itemised bill")
    timeline = account_timeline(demo_workspace, number, kinds=("note",))
    assert [n.text for n in timeline.pinned] == ["Prefiere llamadas después de las 5 pm"]
    assert [e.text for e in timeline.events] == ["Asked about the itemised bill",
                                                 "Prefiere llamadas después de las 5 pm"]
    pin_note(demo_workspace, number, saved.note_id, False)
    pin_note(demo_workspace, number, other.note_id, True)
    assert [n.note_id for n in account_timeline(demo_workspace, number).pinned] == [other.note_id]
    for text, code in (("   ", "note_empty"), ("x" * 2001, "note_too_long")):
        with pytest.raises(UserError) as refused:
            add_note(demo_workspace, number, text)
        assert refused.value.code == code
    with pytest.raises(UserError) as refused:
        pin_note(demo_workspace, "10000001" if number != "10000001" else "10000002", saved.note_id)
    assert refused.value.code == "note_not_found"  # another account's note is not found through this one


def test_the_timeline_holds_every_kind_newest_first(demo_workspace):
    number = owing(demo_workspace)
    now = datetime.now(UTC)
    log_contact(demo_workspace, number, "letter", "DISPUTE", direction="inbound", at=now - timedelta(hours=3))
    record_payment(demo_workspace, number, "5.00", "cash")
    claim = account_timeline(demo_workspace, number)  # before the hand-off, to find a claim
    from collections_desktop.services.desk.accounts import get_account

    hand_off_claim(demo_workspace, number, get_account(demo_workspace, number).encounters[0].claim, "resubmit")
    add_note(demo_workspace, number, "Spanish only")
    timeline = account_timeline(demo_workspace, number)
    kinds = [e.kind for e in timeline.events]
    assert {"contact", "payment", "hold", "handoff", "note"} <= set(kinds)
    moments = [(e.at, e.recorded_at) for e in timeline.events]
    assert moments == sorted(moments, reverse=True) and timeline.total >= len(timeline.events) > claim.total
    dispute = next(e for e in timeline.events if e.kind == "contact")
    assert dispute.params["outcome"] == "DISPUTE" and dispute.code == "contact_inbound"
    assert any(e.code == "hold_set" and e.params["hold"] == "dispute" for e in timeline.events)
    page = account_timeline(demo_workspace, number, offset=1, limit=2)
    assert page.events == timeline.events[1:3] and page.total == timeline.total


def test_a_future_payment_or_contact_is_refused_and_a_late_entry_needs_a_reason(demo_workspace):
    number = owing(demo_workspace)
    tomorrow = date.today() + timedelta(days=1)
    for attempt, code in ((lambda: record_payment(demo_workspace, number, "5.00", "cash", paid_on=tomorrow),
                           "date_in_future"),
                          (lambda: record_payment(demo_workspace, number, "5.00", "cash",
                                                  paid_on=date.today() - timedelta(days=10)), "backdated_needs_reason"),
                          (lambda: log_contact(demo_workspace, number, "letter", "DISPUTE", direction="inbound",
                                               at=datetime.now(UTC) + timedelta(hours=1)), "moment_in_future"),
                          (lambda: log_contact(demo_workspace, number, "letter", "DISPUTE", direction="inbound",
                                               at=datetime.now(UTC) - timedelta(weeks=6)), "backdated_needs_reason")):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.code == code
    log_contact(demo_workspace, number, "letter", "DISPUTE", direction="inbound",
                at=datetime.now(UTC) - timedelta(weeks=6), backdate_reason="letter found in the wrong tray")
    late = next(e for e in account_timeline(demo_workspace, number, kinds=("contact",)).events
                if e.params.get("backdated"))
    assert late.recorded_at - late.at > timedelta(weeks=5)  # both moments kept, the entry marked


def test_an_unknown_kind_is_named():
    from collections_desktop.cli.parser import TIMELINE_KINDS
    from collections_desktop.services.desk.timeline import KINDS

    assert TIMELINE_KINDS == KINDS


def test_a_late_payment_keeps_its_reason_as_a_note_of_the_account(demo_workspace):
    number = owing(demo_workspace)
    ten_days = date.today() - timedelta(days=10)
    record_payment(demo_workspace, number, "5.00", "check", paid_on=ten_days, backdate_reason="check found in the mail")
    events = account_timeline(demo_workspace, number, kinds=("payment", "note")).events
    reason = next(e for e in events if e.code == "note_backdated")
    assert reason.text == "check found in the mail" and reason.params["about"] == f"payment {ten_days.isoformat()}"
    paid = next(e for e in events if e.kind == "payment")
    assert paid.at.date() == ten_days and paid.recorded_at.date() == date.today()
