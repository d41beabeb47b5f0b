"""A claim handed to billing or denials comes back with the team's answer, and the balance follows it."""

from __future__ import annotations

import pytest

from collections_desktop.cli.parser import HANDOFF_ANSWERS, HANDOFF_REASONS, HANDOFF_TEAMS
from collections_desktop.domain.handoffs import ANSWERS, REASONS, TEAMS
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.handoffs import answer_handoff
from collections_desktop.services.outreach.review import hand_off_claim


def a_claim_owing(workspace) -> tuple[str, str, int]:
    for row in worklist(workspace, view="due", limit=100):
        view = get_account(workspace, row.account)
        for visit in view.encounters:
            if visit.balance.patient_balance_cents > 500 and visit.status != "insurance_pending":
                return row.account, visit.claim, visit.balance.patient_balance_cents
    raise AssertionError("no claim with a patient balance in the demo vault")


def test_the_command_line_knows_the_same_teams_reasons_and_answers():
    assert (HANDOFF_TEAMS, HANDOFF_REASONS, HANDOFF_ANSWERS) == (TEAMS, REASONS, ANSWERS)


@pytest.mark.parametrize(("answer", "still_pending"), [("rebilled", True), ("upheld", False), ("no_change", False)])
def test_an_answer_closes_the_hand_off_and_puts_the_balance_where_it_belongs(demo_workspace, answer, still_pending):
    number, claim, _owed = a_claim_owing(demo_workspace)
    before = get_account(demo_workspace, number).patient_due_cents
    hand_off_claim(demo_workspace, number, claim, "payer says not covered", team="denials",
                   reason="denial_to_appeal")
    assert get_account(demo_workspace, number).patient_due_cents < before  # waits on insurance meanwhile
    done = answer_handoff(demo_workspace, number, claim, answer, note="checked with the payer")
    assert done.insurance_pending is still_pending
    assert (done.patient_due_cents == before) is (not still_pending)
    events = [e for e in account_timeline(demo_workspace, number, kinds=("handoff",)).events
              if e.params["claim"] == claim]
    assert [e.code for e in events] == ["handoff_closed", "handoff_sent"]
    assert events[0].params["answer"] == answer and events[1].params["team"] == "denials"
    with pytest.raises(UserError) as again:
        answer_handoff(demo_workspace, number, claim, answer)
    assert again.value.code == "handoff_not_open"


def test_an_adjustment_takes_its_amount_off_and_needs_one(demo_workspace):
    number, claim, _owed = a_claim_owing(demo_workspace)
    before = get_account(demo_workspace, number).patient_due_cents
    hand_off_claim(demo_workspace, number, claim, team="billing", reason="insurance_should_have_paid")
    with pytest.raises(UserError) as refused:
        answer_handoff(demo_workspace, number, claim, "adjusted")
    assert refused.value.code == "adjustment_required"
    done = answer_handoff(demo_workspace, number, claim, "adjusted", adjustment="5.00")
    assert done.patient_due_cents == before - 500 and not done.insurance_pending
    for team, reason, code in (("coders", "other", "unknown_team"), ("billing", "because", "unknown_handoff_reason")):
        with pytest.raises(UserError) as unknown:
            hand_off_claim(demo_workspace, number, claim, team=team, reason=reason)
        assert unknown.value.code == code


@pytest.mark.parametrize(("answer", "en", "es"), [
    ("upheld", "the denial stands", "la denegación se mantiene"),
    ("no_change", "found it correct", "está correcta"),
    ("rebilled", "sent it to your insurer again", "la envió de nuevo")])
def test_the_patient_hears_the_teams_answer(demo_workspace, answer, en, es):
    from collections_desktop.services.desk.accounts import visit_explanations

    number, claim = next((row.account, visit.claim) for row in worklist(demo_workspace, view="due", limit=200)
                         for visit in get_account(demo_workspace, row.account).encounters
                         if visit.payer and visit.balance.patient_balance_cents > 0
                         and visit.status != "insurance_pending")
    hand_off_claim(demo_workspace, number, claim, "check with the payer")
    answer_handoff(demo_workspace, number, claim, answer)
    view = get_account(demo_workspace, number)
    for lang, words in (("en", en), ("es", es)):
        told = dict(visit_explanations(view, lang))[claim]
        assert any(words in sentence for sentence in told)
