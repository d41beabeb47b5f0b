"""Plans in a period: installments paid on time among those known, and plans cured after a written notice."""

from __future__ import annotations

from datetime import timedelta

from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.demo import demo_plans
from collections_desktop.services.reports.plan_follow_up import plan_follow_up
from tests.conftest import AS_OF


def test_installments_on_time_late_and_missed(demo_workspace):
    demo_plans.name_demo_clinic(demo_workspace)
    number = demo_plans._candidates(demo_workspace, 1)[0]
    made = AS_OF - timedelta(days=130)
    due = demo_plans._plan(demo_workspace, number, made, 4)
    (first, first_due), (second, second_due), _third, _fourth = due
    demo_plans._pay(demo_workspace, number, first, first_due - timedelta(days=2))    # on time
    demo_plans._pay(demo_workspace, number, second, second_due + timedelta(days=20))  # after the 15 days' grace
    # The third is past its grace unpaid (missed); the fourth is still inside its grace: not known yet.
    year = Period(made, AS_OF)
    found = plan_follow_up(demo_workspace, year, AS_OF)
    assert (found.installments_known, found.on_time) == (3, 1) and found.on_time_rate == 1 / 3
    first_month = Period(first_due, first_due)
    assert plan_follow_up(demo_workspace, first_month, AS_OF).on_time_rate == 1


def test_cures_after_a_written_notice(demo_workspace):
    demo_plans.seed_plans(demo_workspace, AS_OF)
    found = plan_follow_up(demo_workspace, Period(AS_OF - timedelta(days=364), AS_OF), AS_OF)
    # The demo sends two notices: one plan defaulted after it, one is still inside its cure period.
    assert (found.notices, found.cured, found.defaulted) == (2, 0, 1) and found.cure_rate == 0
