"""The desk's reads give the same answers from a team server as from the vault they were copied from: an
account, its timeline, the rules' decision, the review, the ladder, the lists and the reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.desk import accounts, timeline
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.outreach import contacts, escalation, escalation_status, review
from collections_desktop.services.plans import plan_views
from collections_desktop.services.reports import activity, billing_issues, outcomes, portfolio
from collections_desktop.services.team.users import TeamUser
from collections_desktop.services.team.vault_copy import copy_vault_to_server
from collections_desktop.services.team.workspace import TeamWorkspace
from tests.services.team.desks import new_team

TODAY = date.today()
YEAR = Period(TODAY - timedelta(days=364), TODAY)


@pytest.fixture
def both(demo_workspace, team_address, tmp_path):
    server = new_team(team_address)
    team = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    copy_vault_to_server(demo_workspace, team)
    yield demo_workspace, team
    team.close()


def _account(workspace, number):  # noqa: ANN001, ANN202
    view = accounts.get_account(workspace, number)
    events = timeline.account_timeline(workspace, number)
    check = contacts.can_contact(workspace, number, "letter", at=None)
    where = escalation.ladder(workspace, number).position
    return ((view.patient_due_cents, view.insurance_pending_cents, sorted(view.flags), len(view.encounters)),
            (events.total, [e.code for e in events.events]),
            (check.decision.allowed, sorted(r.code for r in check.decision.reasons)),
            review.accuracy_review(workspace, number),
            (len(plan_views.account_plans(workspace, number).plans),
             len(plan_views.account_plans(workspace, number).promises)),
            (where.next_step, where.next_on, [g.code for g in where.gates]))


def _lists(workspace):  # noqa: ANN001, ANN202
    escalation_status.refresh_escalation(workspace, TODAY)
    return {view: ids_for(workspace, view, rank=False) for view in
            ("today", "all", "holds", "insurance_pending", "promises_due", "plans_late", "with_billing",
             "ready_to_escalate", "escalation_blocked", "paid_since_import")}


def _reports(workspace):  # noqa: ANN001, ANN202
    done = outcomes.outcomes(workspace, YEAR)
    did = activity.activity(workspace, YEAR)
    months = portfolio.last_twelve_months(workspace, TODAY)
    issues = billing_issues.billing_issues(workspace, YEAR, YEAR)
    return (done.collected_cents, done.payments, done.by_method, done.conversion, done.days_to_pay,
            did.attempts if hasattr(did, "attempts") else repr(did)[:2000], repr(months)[:4000],
            repr(issues)[:4000])


def test_the_desk_reads_the_same_from_the_server(both):
    vault, team = both
    numbers = [row.account for row in accounts.worklist(vault, view="due", limit=25)]
    for number in numbers:
        assert _account(team, number) == _account(vault, number), number
    assert _lists(team) == _lists(vault)
    assert [r.account for r in accounts.worklist(team, view="all", search="an", limit=20)] == \
        [r.account for r in accounts.worklist(vault, view="all", search="an", limit=20)]
    assert _reports(team) == _reports(vault)
