"""The credit-report step and the limitations period in a real vault: turned on by the clinic's policy, walked
after the review when every gate is open (the letters the desk sent count as its written contact), recorded
and on the timeline; a time-barred debt keeps the agency away and warns before a payment."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import tomlkit

from collections_desktop.domain.escalation.rules import CREDIT_BAN_STATES
from collections_desktop.services.demo.demo_plans import name_demo_clinic
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.escalation import escalate, ladder, time_barred_since
from collections_desktop.services.outreach.escalation_status import refresh_escalation
from collections_desktop.services.plans.plan_policy import current_policy, export_policy, store_policy_text

TODAY = date.today()


def with_escalation(workspace, **values) -> None:  # noqa: ANN001, ANN003
    document = tomlkit.parse(export_policy(workspace))
    for key, value in values.items():
        document["escalation"][key] = value
    document["version"] = int(document["version"]) + 1
    store_policy_text(workspace, tomlkit.dumps(document), "test")


@pytest.fixture
def reporting(demo_workspace):
    """An account of $500 or more outside the states with waits or bans, nothing in the way of letters, on a
    policy that reports to the bureaus."""
    name_demo_clinic(demo_workspace)
    with_escalation(demo_workspace, credit_reporting=True)
    for row in worklist(demo_workspace, view="due", limit=200):
        view = get_account(demo_workspace, row.account)
        if view.state in (*CREDIT_BAN_STATES, "FL") or view.flags or view.patient_due_cents < 50_000:
            continue
        where = ladder(demo_workspace, row.account).position
        if where.next_step == "statement_2" and where.ready \
                and can_contact(demo_workspace, row.account, "letter").decision.allowed:
            return row.account
    raise AssertionError("no account to walk to the credit report")


def test_the_credit_report_is_a_step_of_the_ladder(demo_workspace, reporting):
    assert [name for name, _wait in current_policy(demo_workspace).escalation_steps][-2:] == \
        ["credit_report", "agency_placement"]
    later = TODAY + timedelta(days=31)
    escalate(demo_workspace, reporting, "statement_2")
    escalate(demo_workspace, reporting, "final_notice", today=later)
    escalate(demo_workspace, reporting, "supervisor_review", note="verified", today=later)
    soon = TODAY + timedelta(days=70)
    where = ladder(demo_workspace, reporting, soon).position
    assert where.next_step == "credit_report" and not where.ready
    # The bureaus wait a year after the first statement fell due (M-01); the day is known.
    wait = [g for g in where.gates if g.code == "escalation_credit_year_wait"]
    assert wait and wait[0].rule == "M-01" and where.next_on == wait[0].opens_on
    with pytest.raises(UserError) as refused:
        escalate(demo_workspace, reporting, "credit_report", today=soon)
    assert "escalation_credit_year_wait" in refused.value.params["reasons"]
    day = where.next_on
    assert ladder(demo_workspace, reporting, day).position.ready
    escalate(demo_workspace, reporting, "credit_report", note="sent to the bureaus", today=day)
    assert ladder(demo_workspace, reporting, day).position.next_step == "agency_placement"
    events = account_timeline(demo_workspace, reporting, kinds=("hold",)).events
    assert "escalation_credit_report" in {e.code for e in events}


def walk_to_the_review(workspace, number: str) -> None:  # noqa: ANN001
    later = TODAY + timedelta(days=31)
    escalate(workspace, number, "statement_2")
    escalate(workspace, number, "final_notice", today=later)
    escalate(workspace, number, "supervisor_review", note="verified", today=later)


def test_a_state_that_bans_reporting_closes_the_step(demo_workspace, reporting):
    state = get_account(demo_workspace, reporting).state
    with_escalation(demo_workspace, credit_reporting=True, credit_report_banned_states=[state])
    walk_to_the_review(demo_workspace, reporting)
    where = ladder(demo_workspace, reporting, TODAY + timedelta(days=800)).position
    assert where.next_step == "credit_report" and [(g.code, g.rule) for g in where.gates] == \
        [("escalation_credit_state_ban", "M-01")]
    # The views' pass reads the same facts for every account and keeps the reason.
    assert refresh_escalation(demo_workspace, TODAY + timedelta(days=800)) > 100


def test_a_time_barred_debt_goes_to_no_bureau_and_no_agency(demo_workspace, reporting):
    state = get_account(demo_workspace, reporting).state
    assert time_barred_since(demo_workspace, reporting) is None  # no table: no state's law is assumed
    with_escalation(demo_workspace, credit_reporting=True, limitation_years={state: 1})
    walk_to_the_review(demo_workspace, reporting)
    far = TODAY + timedelta(days=3 * 366)
    barred = time_barred_since(demo_workspace, reporting, far)
    assert barred is not None and TODAY < barred <= far
    where = ladder(demo_workspace, reporting, far).position
    assert where.next_step == "credit_report" and ("escalation_time_barred", "F-17") in \
        [(g.code, g.rule) for g in where.gates]
    assert where.next_on is None  # not a wait: it never opens
