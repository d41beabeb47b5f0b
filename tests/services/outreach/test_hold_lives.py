"""Each hold's life to its end: a dispute's verification and decision, an assistance decision, a bankruptcy's
discharge or dismissal, the estate's and the attorney's contact."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collections_desktop.services.desk.accounts import get_account
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.holds import release_hold, set_hold, update_hold
from tests.services.outreach.test_holds import free_account


def owing(workspace) -> tuple[str, int]:
    number, _ = free_account(workspace)
    return number, get_account(workspace, number).patient_due_cents


def refused(attempt) -> str:
    with pytest.raises(UserError) as error:
        attempt()
    return error.value.code


def codes(workspace, number: str) -> set[str]:
    return {r.code for r in can_contact(workspace, number, "letter").decision.reasons}


def test_a_dispute_is_not_closed_unheld_before_verification_and_upheld_takes_the_amount_off(demo_workspace):
    ws = demo_workspace
    number, due = owing(ws)
    set_hold(ws, number, "dispute", "Says the visit was billed twice")
    assert "dispute_pending_verification" in codes(ws, number)
    assert refused(lambda: release_hold(ws, number, "dispute", "We checked", outcome="not_upheld")) == \
        "dispute_needs_verification"
    assert refused(lambda: release_hold(ws, number, "dispute", "done")) == "hold_outcome_required"
    assert refused(lambda: update_hold(ws, number, "dispute", {"verification_sent_on": date.today()
                                                               + timedelta(days=2)})) == "date_in_future"
    update_hold(ws, number, "dispute", {"verification_sent_on": date.today()}, "Itemized bill mailed")
    assert "dispute_pending_verification" not in codes(ws, number)
    assert refused(lambda: release_hold(ws, number, "dispute", "x", outcome="upheld")) == "hold_adjustment_required"
    above = f"{(due + 100) // 100}.{(due + 100) % 100:02d}"
    assert refused(lambda: release_hold(ws, number, "dispute", "x", outcome="upheld", adjustment=above)) == \
        "adjustment_above_balance"
    ended = release_hold(ws, number, "dispute", "The second charge was a duplicate", outcome="upheld",
                         adjustment="10.00")
    assert (ended.adjusted_cents, ended.patient_due_cents, ended.active) == (1000, due - 1000, False)
    hold_codes = [e.code for e in account_timeline(ws, number, kinds=("hold",)).events]
    assert hold_codes == ["hold_ended", "dispute_verification_sent", "hold_set"]


def test_a_dispute_not_upheld_resumes_outreach(demo_workspace):
    ws = demo_workspace
    number, due = owing(ws)
    set_hold(ws, number, "dispute", "Does not recognise the charge")
    update_hold(ws, number, "dispute", {"verification_sent_on": date.today() - timedelta(days=1)})
    ended = release_hold(ws, number, "dispute", "The visit is in the chart", outcome="not_upheld")
    assert ended.patient_due_cents == due and "dispute_pending_verification" not in codes(ws, number)


@pytest.mark.parametrize(("outcome", "given", "taken"), [
    ("approved", {"discount": "100"}, "all"), ("approved", {"discount": "40"}, "40%"),
    ("approved", {"adjustment": "5.00"}, 500), ("denied", {}, 0)])
def test_an_assistance_decision_posts_its_discount(demo_workspace, outcome, given, taken):
    ws = demo_workspace
    number, due = owing(ws)
    set_hold(ws, number, "financial_assistance_pending", "Application received")
    assert "financial_assistance_pending" in codes(ws, number)
    assert refused(lambda: update_hold(ws, number, "financial_assistance_pending",
                                       {"cure_by": date.today()})) == "cure_date_not_ahead"
    update_hold(ws, number, "financial_assistance_pending", {"cure_by": date.today() + timedelta(days=30)},
                "Pay stubs missing")
    ended = release_hold(ws, number, "financial_assistance_pending", "Committee decision", outcome=outcome,
                         **given)
    expected = due if taken == "all" else (due * 40 + 50) // 100 if taken == "40%" else taken
    assert ended.adjusted_cents == expected and ended.patient_due_cents == due - expected
    assert ended.details["cure_by"] == (date.today() + timedelta(days=30)).isoformat()
    assert "financial_assistance_pending" not in codes(ws, number)


def test_a_bankruptcy_records_its_case_and_a_discharge_writes_the_balance_off(demo_workspace):
    ws = demo_workspace
    number, due = owing(ws)
    assert refused(lambda: set_hold(ws, number, "bankruptcy", "x", {"chapter": "9"})) == \
        "bankruptcy_chapter_unknown"
    set_hold(ws, number, "bankruptcy", "Notice of filing", {"chapter": "7", "filed_on": date.today()})
    assert refused(lambda: release_hold(ws, number, "bankruptcy", "Discharge order", outcome="discharged")) == \
        "bankruptcy_case_required"
    update_hold(ws, number, "bankruptcy", {"case_number": "26-10421"})
    ended = release_hold(ws, number, "bankruptcy", "Discharge order received", outcome="discharged")
    assert (ended.adjusted_cents, ended.patient_due_cents) == (due, 0)
    assert ended.details["case_number"] == "26-10421" and ended.details["chapter"] == "7"


def test_the_estate_and_the_attorney_are_recorded_and_the_others_end_with_a_reason(demo_workspace):
    ws = demo_workspace
    number, _ = owing(ws)
    set_hold(ws, number, "attorney", "Letter of representation", {"attorney_contact": "Law office, 555-0100"})
    assert "attorney_represented" in codes(ws, number)
    assert refused(lambda: update_hold(ws, number, "attorney", {"cure_by": date.today()})) == "hold_detail_not_used"
    assert refused(lambda: release_hold(ws, number, "attorney", "withdrew", outcome="upheld")) == \
        "hold_outcome_not_used"
    assert release_hold(ws, number, "attorney", "The attorney withdrew").details["attorney_contact"]
    set_hold(ws, number, "deceased", "Daughter called", {"estate_contact": "Executor, 555-0101"})
    assert "deceased_estate_only" in codes(ws, number)


def test_a_claims_balance_is_put_on_and_taken_off_insurance_hold_with_why(demo_workspace):
    from collections_desktop.services.outreach.holds import claim_insurance_pending

    ws = demo_workspace
    number, due = owing(ws)
    visit = next(e for e in get_account(ws, number).encounters if e.balance.patient_balance_cents > 0)
    held = claim_insurance_pending(ws, number, visit.claim, True, "Payer reprocessing after a corrected claim")
    assert held.active and held.patient_due_cents == due - visit.balance.patient_balance_cents
    assert refused(lambda: claim_insurance_pending(ws, number, visit.claim, True, "again")) == "hold_already_set"
    assert refused(lambda: claim_insurance_pending(ws, number, "NO-SUCH", True, "x")) == "claim_not_found"
    back = claim_insurance_pending(ws, number, visit.claim, False, "Payer finished: patient responsibility")
    assert back.patient_due_cents == due
    notes = [e for e in account_timeline(ws, number, kinds=("note",)).events if e.params.get("hold")]
    assert [e.code for e in notes] == ["note_hold_released", "note_hold_set"]
