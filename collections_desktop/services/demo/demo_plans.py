"""Demo plans and promises in every state, made through the real services with payments that exercise the tracker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from collections_desktop.domain.money import format_cents
from collections_desktop.resources import resource
from collections_desktop.services.desk.payments import record_payment, record_returned_payment
from collections_desktop.services.plans import plan_tracking, plans
from collections_desktop.services.plans.agreements import produce_agreement
from collections_desktop.services.plans.plan_policy import DEFAULT_POLICY, current_policy, store_policy_text
from collections_desktop.services.plans.plan_views import account_plans
from collections_desktop.services.plans.promises import make_promise
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.accounts_repo import plan_candidates

DEMO_CLINIC = {"legal_name": "Valle Family Medicine, P.C.", "doing_business_as": "Clínica Familiar del Valle",
               "address": "1200 N Oracle Rd, Tucson, AZ 85705", "phone": "(520) 555-0142",
               "hours": "Mon–Fri 8 am–5 pm (MST)", "hours_es": "lun–vie 8 a.m.–5 p.m. (MST)"}


def seed_plans(workspace: Workspace, today: date | None = None) -> int:
    """Names the demo clinic in a policy version 2 and adds plans and promises; returns how many were made."""
    today = today or date.today()
    name_demo_clinic(workspace)
    numbers = _candidates(workspace, len(SCENARIOS) + len(PROMISES) + len(YEAR_PROMISES))
    for number, scenario in zip(numbers, SCENARIOS, strict=False):
        scenario(workspace, number, today)
    for number, (offset, paid_share) in zip(numbers[len(SCENARIOS):], PROMISES + YEAR_PROMISES, strict=False):
        _promise(workspace, number, today, offset, paid_share)
    plan_tracking.refresh_all(workspace, today)
    return min(len(numbers), len(SCENARIOS) + len(PROMISES) + len(YEAR_PROMISES))


def name_demo_clinic(workspace: Workspace) -> None:
    """Names the demo clinic in a policy version 2 (agreements need the clinic's details), once."""
    if not any(current_policy(workspace).clinic.values()):
        text = resource(*DEFAULT_POLICY).read_text(encoding="utf-8").replace("version = 1", "version = 2", 1)
        for key, value in DEMO_CLINIC.items():
            text = text.replace(f'{key} = ""', f'{key} = "{value}"', 1)
        store_policy_text(workspace, text, "demo policy")


def _candidates(workspace: Workspace, count: int) -> list[str]:
    """Accounts of $300-$6,000 (room for a 6-month plan), no hold, outside California (tested apart)."""
    with workspace.reading() as session:
        return plan_candidates(session, 30_000, 600_000, count, ("CA",))


def _plan(workspace: Workspace, number: str, made: date, count: int) -> list:
    """A signed monthly plan made on `made`, first due a month later; returns its installments (amount, due)."""
    request = plans.PlanRequest(installments=count, first_due=made + relativedelta(months=1))
    plans.create_plan(workspace, number, request, made)
    produce_agreement(workspace, number)
    plan_tracking.record_signature(workspace, number, made, today=made)
    current = account_plans(workspace, number, made).current
    if current is None:
        raise LookupError(f"the demo plan of {number} was not saved")
    return [(s.installment.amount_cents, s.installment.due) for s in current.tracker.installments]


def _pay(workspace: Workspace, number: str, cents: int, on: date) -> None:
    # The demo keeps its own calendar: the payment is recorded as of its own day.
    record_payment(workspace, number, format_cents(cents), "card", paid_on=on, allow_overpayment=True, today=on)


def _on_time(workspace: Workspace, number: str, today: date) -> None:
    for cents, due in _plan(workspace, number, today - timedelta(days=95), 4):
        if due <= today:
            _pay(workspace, number, cents, due - timedelta(days=2))


def _in_grace(workspace: Workspace, number: str, today: date) -> None:
    for cents, due in _plan(workspace, number, today - timedelta(days=70), 4):
        if due + timedelta(days=6) <= today:
            _pay(workspace, number, cents, due + timedelta(days=6))


def _partial(workspace: Workspace, number: str, today: date) -> None:
    schedule = _plan(workspace, number, today - timedelta(days=80), 4)
    _pay(workspace, number, schedule[0][0], schedule[0][1])
    _pay(workspace, number, schedule[1][0] // 2, schedule[1][1])


def _notice(workspace: Workspace, number: str, today: date) -> None:
    _plan(workspace, number, today - timedelta(days=95), 4)
    plan_tracking.refresh_account(workspace, number, today - timedelta(days=5))
    plan_tracking.record_notice(workspace, number, today - timedelta(days=5), today=today - timedelta(days=5))


def _defaulted(workspace: Workspace, number: str, today: date) -> None:
    schedule = _plan(workspace, number, today - timedelta(days=200), 6)
    _pay(workspace, number, schedule[0][0], schedule[0][1])
    plan_tracking.refresh_account(workspace, number, today - timedelta(days=60))
    plan_tracking.record_notice(workspace, number, today - timedelta(days=60),
                                today=today - timedelta(days=60))
    plan_tracking.declare_default(workspace, number, today)


def _completed(workspace: Workspace, number: str, today: date) -> None:
    for cents, due in _plan(workspace, number, today - timedelta(days=120), 3):
        _pay(workspace, number, cents, min(due, today))


def _amended(workspace: Workspace, number: str, today: date) -> None:
    first = _plan(workspace, number, today - timedelta(days=100), 3)
    _pay(workspace, number, first[0][0], first[0][1])
    changed = today - timedelta(days=40)
    plans.amend_plan(workspace, number, plans.PlanRequest(installments=3, first_due=changed + timedelta(days=20)),
                     changed)
    produce_agreement(workspace, number)
    plan_tracking.record_signature(workspace, number, changed, today=changed)
    amended = account_plans(workspace, number, changed).current
    if amended is None:
        raise LookupError(f"the demo plan of {number} was not amended")
    first_new = amended.tracker.installments[0].installment
    _pay(workspace, number, first_new.amount_cents, first_new.due)


def _returned(workspace: Workspace, number: str, today: date) -> None:
    schedule = _plan(workspace, number, today - timedelta(days=65), 4)
    _pay(workspace, number, schedule[0][0] * 2, schedule[0][1] - timedelta(days=3))
    record_returned_payment(workspace, number, format_cents(schedule[0][0] * 2),
                            returned_on=schedule[0][1] + timedelta(days=4), reference="NSF")


def _awaiting(workspace: Workspace, number: str, today: date) -> None:
    plans.create_plan(workspace, number, plans.PlanRequest(option="lowest_installment"), today)
    produce_agreement(workspace, number)


def _draft(workspace: Workspace, number: str, today: date) -> None:
    plans.create_plan(workspace, number, plans.PlanRequest(), today)


def _promise(workspace: Workspace, number: str, today: date, offset: int, paid_share: int) -> None:
    made = today - timedelta(days=max(offset, 0) + 2)
    due = today - timedelta(days=offset)
    make_promise(workspace, number, [(due, "50.00")], today=made)
    if paid_share:
        _pay(workspace, number, 5000 * paid_share // 100, due)


SCENARIOS: tuple[Callable[[Workspace, str, date], None], ...] = (
    _on_time, _in_grace, _partial, _notice, _defaulted, _completed, _amended, _returned, _awaiting, _draft)
# (days before today the promise fell due, percent of it paid); a negative offset is still to come.
PROMISES = ((-3, 0), (-10, 0), (10, 100), (5, 0), (7, 50))
# Three promises a month over the year before, kept more often as the year goes on (the reports' kept rate):
# one in three kept in full until six months ago, two in three since.
YEAR_PROMISES = tuple((months * 30 + days, share) for months in range(11, 0, -1)
                      for days, share in zip((3, 10, 17), (100, 0, 50) if months > 6 else (100, 100, 0), strict=True))
