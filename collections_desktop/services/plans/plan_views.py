"""What the desk and the command line show of an account's plans and promises, tracker included."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from collections_desktop.domain.plans.lifecycle import consecutive_missed
from collections_desktop.domain.plans.tracker import InstallmentState, PlanStanding
from collections_desktop.services.plans.plan_policy import policy_at
from collections_desktop.services.plans.plan_tracking import promise_standing, refresh_plans, standing
from collections_desktop.services.plans.plans import account_facts
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.plans_repo import documents_of, plans_of, promises_of


@dataclass(frozen=True)
class DocumentView:
    kind: str
    language: str
    sha256: str
    created_at: str
    signed_on: date | None


@dataclass(frozen=True)
class FollowUp:
    """A missed or partial installment: remind the day after grace, send the written notice on the notice day."""

    installment: int
    due: date
    remaining_cents: int
    remind_on: date
    notice_on: date


@dataclass(frozen=True)
class PlanView:
    id: int
    version: int
    previous_id: int | None
    status: str
    policy_version: int
    frequency: str
    balance_cents: int
    down_payment_cents: int
    language: str
    covered: tuple[tuple[str, str, int], ...]
    created_on: date
    signed_on: date | None
    notice_sent_on: date | None
    cure_date: date | None
    payment_method: str
    autopay: bool
    tracker: PlanStanding
    follow_ups: tuple[FollowUp, ...]
    consecutive_missed: int
    documents: tuple[DocumentView, ...]


@dataclass(frozen=True)
class PromiseView:
    id: int
    outcome: str
    created_on: date
    tracker: PlanStanding


@dataclass(frozen=True)
class AccountPlans:
    account: str
    patient_due_cents: int
    plans: tuple[PlanView, ...]
    promises: tuple[PromiseView, ...]

    @property
    def current(self) -> PlanView | None:
        return self.plans[-1] if self.plans else None


def account_plans(workspace: Workspace, number: str, today: date | None = None, *,
                  preview: bool = False) -> AccountPlans:
    """Every plan version and promise on the account, brought up to today first (`today` is the clock).

    With `preview` (the command line's `--as-of`) it shows how they would stand on `today` and writes nothing:
    the states it moves are rolled back."""
    today = today or date.today()
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        known: dict[int, PlanStanding] = {}
        refresh_plans(workspace, session, today, [facts.account.id], known)
        rows = plans_of(session, facts.account.id)
        docs: dict[int, list[DocumentView]] = {}
        for d in documents_of(session, [p.id for p in rows]):
            docs.setdefault(d.plan_id, []).append(DocumentView(d.kind, d.language, d.sha256,
                                                               d.created_at.isoformat(), d.signed_on))
        plans = []
        for row in rows:
            tracker = known.get(row.id) or standing(session, row, today)
            policy = policy_at(session, row.policy_version)
            plans.append(PlanView(
                row.id, row.version_no, row.previous_id, row.state, row.policy_version, row.frequency,
                row.balance_cents, row.down_payment_cents, row.language,
                tuple(tuple(c) for c in json.loads(row.covered)), row.created_at.date(), row.signed_on,
                row.notice_sent_on, row.cure_date, row.payment_method, row.autopay, tracker,
                tuple(_follow_up(s, policy.grace_days, policy.reminder_day, policy.notice_day)
                      for s in tracker.behind) if row.state in ("late", "notice_sent", "active") else (),
                consecutive_missed(tracker), tuple(docs.get(row.id, ()))))
        promises = tuple(PromiseView(p.id, p.outcome, p.created_at.date(), promise_standing(session, p, today))
                         for p in promises_of(session, facts.account.id))
        found = AccountPlans(facts.account.number, facts.account.patient_due_cents, tuple(plans), promises)
        if preview:
            session.rollback()  # nothing of the look ahead (or back) is kept, nor audited
        return found


def _follow_up(state: InstallmentState, grace_days: int, reminder_day: int, notice_day: int) -> FollowUp:
    due = state.installment.due
    return FollowUp(state.installment.number, due, state.remaining_cents,
                    due + timedelta(days=grace_days + reminder_day), due + timedelta(days=grace_days + notice_day))
