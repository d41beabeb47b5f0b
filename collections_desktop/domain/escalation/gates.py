"""What stops an account from taking its next step on the ladder, each with the rule it comes from and, for a
wait, the day it opens (compliance.md F-06, F-08, F-11, F-17, F-18, F-21, M-01, M-03, M-04, M-05, P-05, P-06)."""

from __future__ import annotations

from datetime import timedelta

from collections_desktop.domain.escalation.credit import credit_gates, limitation_gates
from collections_desktop.domain.escalation.model import Gate, LadderFacts
from collections_desktop.domain.escalation.rules import ECA_STEPS, LadderPolicy

__all__ = ["Gate", "LadderFacts", "gates_for"]

AGENCY = "agency_placement"
# Steps that put a letter in the patient's hands; they and placement (the agency would write and call) stop for
# a request to stop contact or an attorney.
LETTER_STEPS = frozenset({"statement_1", "statement_2", "final_notice"})
# Holds that stop every step, with the rule behind each.
HOLDS = {"dispute": "F-11", "financial_assistance_pending": "P-05", "ppdr_pending": "M-04", "bankruptcy": "F-21",
         "deceased": "F-21"}
LETTER_HOLDS = {"cease_contact": "F-06", "attorney": "F-08"}
# States that want an itemised statement sent before an agency (M-05: WA on request, FL before any action).
ITEMISED_FIRST = frozenset({"WA", "FL"})
NOTICE_DAYS = 30        # the final notice at least this long before placement (M-03, clinic policy)
ECA_WAIT_501R = 120     # no extraordinary collection action before day 120 after the first statement (M-03)


def gates_for(step: str, facts: LadderFacts, policy: LadderPolicy, *, is_501r: bool) -> list[Gate]:
    """Every gate closed for `step` today (an empty list: the step may be taken)."""
    found: list[Gate] = []
    if facts.patient_due_cents <= 0 or facts.patient_due_cents < policy.minimum_balance_cents:
        found.append(Gate("escalation_below_minimum", "clinic"))
    found += [Gate(f"escalation_hold_{hold}", rule) for hold, rule in HOLDS.items() if hold in facts.holds]
    if step in LETTER_STEPS or step in ECA_STEPS:
        found += [Gate(f"escalation_hold_{hold}", rule) for hold, rule in LETTER_HOLDS.items() if hold in facts.holds]
    if facts.plan_open:
        found.append(Gate("escalation_plan_running", "P-06"))
    if facts.insurance_open:
        found.append(Gate("escalation_insurance_open", "clinic"))
    if step in ECA_STEPS:
        found += _extraordinary(facts, policy, is_501r)
        found += limitation_gates(facts, policy)
    if step == "credit_report":
        found += credit_gates(facts, policy)
    return list(dict.fromkeys(found))


def _extraordinary(facts: LadderFacts, policy: LadderPolicy, is_501r: bool) -> list[Gate]:
    """The gates before an agency or a credit report: the final notice and its 30 days, 501(r)'s 120 days and
    oral attempt, the state's wait and itemised bill."""
    found: list[Gate] = []
    notice = facts.done.get("final_notice")
    if notice is None:
        found.append(Gate("escalation_needs_final_notice", "M-03" if is_501r else "clinic"))
    elif facts.today < notice + timedelta(days=NOTICE_DAYS):
        found.append(Gate("escalation_notice_wait", "M-03" if is_501r else "clinic",
                          notice + timedelta(days=NOTICE_DAYS)))
    first = facts.first_statement
    if is_501r:
        if first is None:
            found.append(Gate("escalation_needs_first_statement", "M-03"))
        elif facts.today < first + timedelta(days=ECA_WAIT_501R):
            found.append(Gate("escalation_501r_wait", "M-03", first + timedelta(days=ECA_WAIT_501R)))
        if notice is not None and not facts.oral_attempt_after_notice:
            found.append(Gate("escalation_needs_oral_attempt", "M-03"))
    wait = policy.wait_days(facts.state)
    if wait is not None:
        if first is None:
            found.append(Gate("escalation_needs_first_statement", "M-05"))
        elif facts.today < first + timedelta(days=wait):
            found.append(Gate("escalation_state_wait", "M-05", first + timedelta(days=wait)))
    if facts.state.strip().upper() in ITEMISED_FIRST and facts.itemised_sent is None:
        found.append(Gate("escalation_needs_itemised_bill", "M-05"))
    return found
