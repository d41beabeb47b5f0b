"""A credit report's gates (compliance.md M-01 bureaus and state bans, F-18 passive collection, M-03/M-05 as for
any extraordinary action), the limitations period (F-17), and the policy that turns them on; a property: no
account is ever ready for a credit report with a gate closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collections_desktop.domain.compliance.content import lint_message, lint_threats
from collections_desktop.domain.compliance.model import Channel
from collections_desktop.domain.escalation.credit import barred_since, plus_years, time_barred_on
from collections_desktop.domain.escalation.gates import LadderFacts, gates_for
from collections_desktop.domain.escalation.ladder import position
from collections_desktop.domain.escalation.rules import LadderPolicy, with_credit_report
from collections_desktop.domain.plans.policy_fields import PolicyError
from collections_desktop.domain.plans.policy_sections import escalation

TODAY = date(2026, 6, 1)
REPORTING = LadderPolicy(steps=with_credit_report(LadderPolicy().steps))
BARRING = LadderPolicy(limitation_years=(("TX", 4), ("AZ", 3)))


def facts(**changes) -> LadderFacts:  # noqa: ANN003
    base = {"today": TODAY, "state": "TX", "patient_due_cents": 120_000, "first_statement": date(2025, 3, 1),
            "done": {"statement_1": date(2025, 3, 1), "statement_2": date(2025, 4, 1),
                     "final_notice": date(2025, 5, 1), "supervisor_review": date(2025, 6, 1)},
            "oral_attempt_after_notice": True, "first_written": date(2025, 3, 1), "last_written": date(2025, 5, 1)}
    base.update(changes)
    return LadderFacts(**base)


def codes(f: LadderFacts, step: str = "credit_report", policy: LadderPolicy = REPORTING,
          is_501r: bool = False) -> list[tuple[str, str, date | None]]:
    return [(g.code, g.rule, g.opens_on) for g in gates_for(step, f, policy, is_501r=is_501r)]


def test_a_report_may_follow_the_review_when_every_gate_is_open():
    where = position(REPORTING, facts())
    assert where.next_step == "credit_report" and where.ready


@pytest.mark.parametrize(("change", "expected"), [
    # M-01's test: a Washington patient, $1,200, 400 days delinquent: the state forbids it.
    ({"state": "WA", "first_statement": TODAY - timedelta(days=430)}, ("escalation_credit_state_ban", "M-01", None)),
    ({"state": "NY"}, ("escalation_credit_state_ban", "M-01", None)),
    ({"patient_due_cents": 49_999}, ("escalation_credit_under_500", "M-01", None)),
    # A year after the first statement fell due (30 days after it).
    ({"first_statement": date(2025, 8, 1)}, ("escalation_credit_year_wait", "M-01", date(2026, 8, 31))),
    ({"first_statement": None}, ("escalation_needs_first_statement", "M-01", None)),
    # F-18's test: a letter mailed 5 days ago, no conversation: not yet.
    ({"first_written": TODAY - timedelta(days=5), "last_written": TODAY - timedelta(days=5)},
     ("escalation_credit_contact_wait", "F-18", TODAY + timedelta(days=9))),
    ({"first_written": None, "last_written": None}, ("escalation_credit_no_contact", "F-18", None)),
    ({"undelivered_on": date(2025, 5, 3)}, ("escalation_credit_undelivered", "F-18", None)),
    # M-05's test: a Maryland account billed 2025-03-01 waits until 2025-10-27 (the state ban aside).
    ({"state": "MD", "today": date(2025, 10, 1)}, ("escalation_state_wait", "M-05", date(2025, 10, 27))),
    ({"holds": frozenset({"ppdr_pending"})}, ("escalation_hold_ppdr_pending", "M-04", None)),
    ({"holds": frozenset({"financial_assistance_pending"})},
     ("escalation_hold_financial_assistance_pending", "P-05", None)),
    ({"patient_due_cents": 0}, ("escalation_below_minimum", "clinic", None)),
])
def test_each_gate_of_a_credit_report(change, expected):
    assert expected in codes(facts(**change))


def test_a_conversation_or_a_letter_after_the_returned_one_opens_f18():
    assert codes(facts(undelivered_on=date(2025, 5, 3), spoke_on=date(2025, 6, 2))) == []
    later = facts(undelivered_on=date(2025, 4, 3), last_written=TODAY - timedelta(days=3))
    assert ("escalation_credit_contact_wait", "F-18", TODAY + timedelta(days=11)) in codes(later)


def test_501r_gates_a_credit_report_as_any_extraordinary_action():
    f = facts(oral_attempt_after_notice=False)
    assert ("escalation_needs_oral_attempt", "M-03", None) in codes(f, is_501r=True)


def test_f17_a_debt_past_its_limitations_period():
    # compliance.md F-17: three years, last payment 2021-01-10, on 2025-06-01: time-barred (since 2024-01-10).
    assert time_barred_on(date(2025, 6, 1), 3, last_payment=date(2021, 1, 10), fell_due=date(2020, 6, 1)) == \
        date(2024, 1, 10)
    assert time_barred_on(date(2023, 6, 1), 3, last_payment=date(2021, 1, 10), fell_due=None) is None
    assert time_barred_on(date(2025, 6, 1), None, last_payment=date(2021, 1, 10), fell_due=None) is None
    assert plus_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    old = facts(state="AZ", today=date(2025, 6, 1), last_payment=date(2021, 1, 10), first_statement=date(2020, 9, 1))
    assert barred_since(old, BARRING) == date(2024, 1, 10)
    assert ("escalation_time_barred", "F-17", None) in codes(old, "agency_placement", BARRING)
    assert barred_since(old, LadderPolicy()) is None  # no table: no state's law is assumed
    assert barred_since(facts(state="AZ", today=date(2025, 6, 1), first_statement=None,
                              oldest_service=date(2021, 5, 2)), BARRING) == date(2024, 5, 2)


def test_f17_no_suit_is_threatened_on_a_time_barred_debt():
    text = "If you do not pay we may file a lawsuit."
    assert [r.code for r in lint_message(text, Channel.LETTER, legal_action_approved=True)] == []
    assert [r.code for r in lint_message(text, Channel.LETTER, legal_action_approved=True, time_barred=True)] == \
        ["time_barred_legal_threat"]
    assert [r.code for r in lint_threats("Podemos presentar una demanda", time_barred=True)] == \
        ["time_barred_legal_threat"]
    assert [r.code for r in lint_threats("We will call the police")] == ["forbidden_threat"]


def test_the_policy_turns_credit_reporting_on_and_reads_the_state_tables():
    found = escalation({"credit_reporting": True, "credit_report_banned_states": ["CA", "NY"],
                        "state_waits": {"CO": 182, "CA": 180}, "limitation_years": {"AZ": 6}})
    names = [name for name, _wait in found["escalation_steps"]]
    assert names[-2:] == ["credit_report", "agency_placement"]
    assert found["escalation_credit_bans"] == ("CA", "NY")
    assert found["escalation_state_waits"] == (("CA", 180), ("CO", 182))
    assert found["escalation_limitation_years"] == (("AZ", 6),)
    with pytest.raises(PolicyError) as off:
        escalation({"steps": [{"step": "statement_1", "wait_days": 0}, {"step": "final_notice", "wait_days": 30},
                              {"step": "credit_report", "wait_days": 0}]})
    assert (off.value.where, off.value.code) == ("escalation.steps", "policy_credit_reporting_off")
    for bad, where in (({"credit_report_banned_states": ["California"]}, "escalation.credit_report_banned_states"),
                       ({"state_waits": {"ca": 180}}, "escalation.state_waits.ca"),
                       ({"limitation_years": {"AZ": 0}}, "escalation.limitation_years.AZ")):
        with pytest.raises(PolicyError) as error:
            escalation(bad)
        assert error.value.where == where


@given(st.sampled_from(["TX", "CA", "MD", "WA", "FL", "NY", "AZ"]), st.integers(-100, 200_000),
       st.sets(st.sampled_from(["dispute", "financial_assistance_pending", "bankruptcy", "cease_contact",
                                "attorney", "ppdr_pending"])),
       st.booleans(), st.integers(0, 1500), st.integers(0, 400), st.one_of(st.none(), st.integers(0, 400)),
       st.one_of(st.none(), st.integers(0, 400)), st.booleans(), st.one_of(st.none(), st.integers(0, 3000)))
@settings(max_examples=300)
def test_no_account_is_ready_for_a_credit_report_with_a_gate_closed(state, due, holds, is_501r, since_first,
                                                                     since_notice, since_written, since_spoke,
                                                                     called, since_paid):
    policy = LadderPolicy(steps=REPORTING.steps, limitation_years=(("AZ", 3),))
    written = TODAY - timedelta(days=since_written) if since_written is not None else None
    f = facts(state=state, patient_due_cents=due, holds=frozenset(holds),
              first_statement=TODAY - timedelta(days=since_first),
              done={**facts().done, "final_notice": TODAY - timedelta(days=since_notice)},
              oral_attempt_after_notice=called, itemised_sent=TODAY, first_written=written, last_written=written,
              spoke_on=TODAY - timedelta(days=since_spoke) if since_spoke is not None else None,
              last_payment=TODAY - timedelta(days=since_paid) if since_paid is not None else None)
    where = position(policy, f, is_501r=is_501r)
    if where.ready:
        assert due >= 50_000 and not holds and since_notice >= 30 and since_first >= 395
        assert state not in REPORTING.credit_ban_states
        assert since_spoke is not None or (since_written is not None and since_written >= 14)
        assert not is_501r or called
        latest = TODAY - timedelta(days=min(since_first, since_paid if since_paid is not None else since_first))
        assert state != "AZ" or plus_years(latest, 3) > TODAY
