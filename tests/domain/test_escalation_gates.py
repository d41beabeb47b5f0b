"""The ladder's gates, each with its rule and the day it opens (compliance.md M-03, M-05, F-11, P-05, P-06), and
where an account stands; a property: no account is ever ready for placement with a gate closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.escalation.gates import LadderFacts, gates_for
from collections_desktop.domain.escalation.ladder import LadderPolicy, ladder_problem, position

TODAY = date(2026, 6, 1)
POLICY = LadderPolicy()


def facts(**changes) -> LadderFacts:  # noqa: ANN003
    base = {"today": TODAY, "state": "TX", "patient_due_cents": 50_000, "first_statement": date(2025, 12, 1),
            "done": {"statement_1": date(2025, 12, 1), "statement_2": date(2026, 1, 5),
                     "final_notice": date(2026, 2, 10), "supervisor_review": date(2026, 3, 20)},
            "oral_attempt_after_notice": True}
    base.update(changes)
    return LadderFacts(**base)


def codes(step: str, f: LadderFacts, is_501r: bool = False) -> list[tuple[str, str, date | None]]:
    return [(g.code, g.rule, g.opens_on) for g in gates_for(step, f, POLICY, is_501r=is_501r)]


def test_an_account_that_walked_the_ladder_is_ready_for_placement():
    where = position(POLICY, facts())
    assert where.next_step == "agency_placement" and where.ready and where.next_on == TODAY


@pytest.mark.parametrize(("change", "expected"), [
    ({"holds": frozenset({"dispute"})}, ("escalation_hold_dispute", "F-11", None)),
    ({"holds": frozenset({"financial_assistance_pending"})},
     ("escalation_hold_financial_assistance_pending", "P-05", None)),
    ({"holds": frozenset({"ppdr_pending"})}, ("escalation_hold_ppdr_pending", "M-04", None)),
    ({"holds": frozenset({"bankruptcy"})}, ("escalation_hold_bankruptcy", "F-21", None)),
    ({"plan_open": True}, ("escalation_plan_running", "P-06", None)),
    ({"insurance_open": True}, ("escalation_insurance_open", "clinic", None)),
    ({"patient_due_cents": 2_000}, ("escalation_below_minimum", "clinic", None)),
    # California waits 180 days after the first statement, Maryland 240 (M-05).
    ({"state": "CA", "first_statement": date(2026, 1, 1)}, ("escalation_state_wait", "M-05", date(2026, 6, 30))),
    ({"state": "MD", "first_statement": date(2025, 12, 1)}, ("escalation_state_wait", "M-05", date(2026, 7, 29))),
    ({"state": "WA"}, ("escalation_needs_itemised_bill", "M-05", None)),
    ({"done": {"final_notice": date(2026, 5, 20)}}, ("escalation_notice_wait", "clinic", date(2026, 6, 19))),
])
def test_each_gate_of_placement(change, expected):
    assert expected in codes("agency_placement", facts(**change))


def test_a_cease_request_stops_letters_not_a_review():
    f = facts(holds=frozenset({"cease_contact"}))
    assert ("escalation_hold_cease_contact", "F-06", None) in codes("final_notice", f)
    assert codes("supervisor_review", f) == []


def test_501r_waits_120_days_and_for_the_oral_attempt():
    # compliance.md M-03: statement 2025-01-10, notice and summary 2025-04-15, asked 2025-05-01: day 111 and 16
    # days after the notice; the earliest day is 2025-05-15.
    f = facts(today=date(2025, 5, 1), first_statement=date(2025, 1, 10),
              done={"final_notice": date(2025, 4, 15)}, oral_attempt_after_notice=False)
    found = codes("agency_placement", f, is_501r=True)
    assert ("escalation_501r_wait", "M-03", date(2025, 5, 10)) in found
    assert ("escalation_notice_wait", "M-03", date(2025, 5, 15)) in found
    assert ("escalation_needs_oral_attempt", "M-03", None) in found
    assert codes("agency_placement", facts(first_statement=None), is_501r=True)[0][0] == \
        "escalation_needs_first_statement"


def test_the_next_step_waits_for_the_clinic_days():
    f = facts(done={"statement_1": date(2026, 5, 20)})
    where = position(POLICY, f)
    assert where.next_step == "statement_2" and not where.ready and where.next_on == date(2026, 6, 19)
    assert position(POLICY, facts(done={**facts().done, "agency_placement": TODAY})).next_step is None


def test_a_clinic_ladder_is_checked():
    assert ladder_problem([("statement_1", 0), ("agency_placement", 0)]) == "policy_ladder_needs_notice"
    assert ladder_problem([("final_notice", 0), ("statement_1", 0)]) == "policy_ladder_order"
    assert ladder_problem([("statement_1", 0), ("lawsuit", 0)]) == "policy_ladder_steps"
    assert ladder_problem([("statement_1", 0), ("final_notice", 30), ("agency_placement", 0)]) is None


@given(st.sampled_from(["TX", "CA", "MD", "WA", "FL", "NY"]), st.integers(-100, 100_000),
       st.sets(st.sampled_from(["dispute", "financial_assistance_pending", "bankruptcy", "deceased",
                                "cease_contact", "attorney", "ppdr_pending"])),
       st.booleans(), st.booleans(), st.booleans(), st.integers(0, 400), st.integers(0, 400), st.booleans())
def test_no_account_is_ready_for_placement_with_a_gate_closed(state, due, holds, plan, insurance, is_501r,
                                                               since_first, since_notice, called):
    f = facts(state=state, patient_due_cents=due, holds=frozenset(holds), plan_open=plan, insurance_open=insurance,
              first_statement=TODAY - timedelta(days=since_first),
              done={**facts().done, "final_notice": TODAY - timedelta(days=since_notice)},
              oral_attempt_after_notice=called, itemised_sent=None)
    where = position(POLICY, f, is_501r=is_501r)
    if where.ready:
        assert due >= 2_500 and not holds and not plan and not insurance and since_notice >= 30
        assert state not in ("WA", "FL") and (state != "CA" or since_first >= 180)
        assert not is_501r or (since_first >= 120 and called)
