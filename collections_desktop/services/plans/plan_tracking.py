"""Following plans and promises: tracker refresh, signature, written notice and default, audited."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from collections_desktop.domain.moments import day_counts_from, day_problem
from collections_desktop.domain.plans.lifecycle import (
    DefaultEvidence,
    PlanState,
    default_blocks,
    follow_tracker,
)
from collections_desktop.domain.plans.tracker import PlanStanding, PromiseOutcome, promise_outcome, track
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import backdate_limit, policy_at
from collections_desktop.services.plans.plans import account_facts, move_plan
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.contacts_repo import last_outbound_at
from collections_desktop.storage.plan_models import PaymentPlanRow, PlanDocumentRow, PromiseRow
from collections_desktop.storage.plans_repo import (
    open_plan,
    payments_since,
    pending_promises,
    running_plans,
    schedules,
)
from collections_desktop.storage.types import utc_now

# A promise is a specific day the patient chose: no grace beyond it.
PROMISE_GRACE_DAYS = 0


@dataclass(frozen=True)
class StateChange:
    plan_id: int
    before: str
    after: str


def standing(session: Session, plan: PaymentPlanRow, today: date) -> PlanStanding:
    """The plan's tracker today, under the grace days of the policy it was made under."""
    policy = policy_at(session, plan.policy_version)
    schedule = schedules(session, [plan.id])[plan.id]
    return track(schedule, payments_since(session, plan.account_id, plan.ledger_mark), today, policy.grace_days,
                 policy.overpayment)


def promise_standing(session: Session, promise: PromiseRow, today: date) -> PlanStanding:
    schedule = schedules(session, [promise.id], promise=True)[promise.id]
    return track(schedule, payments_since(session, promise.account_id, promise.ledger_mark), today,
                 PROMISE_GRACE_DAYS)


def refresh_plans(workspace: Workspace, session: Session, today: date, account_ids: list[int] | None = None,
                  standings: dict[int, PlanStanding] | None = None) -> list[StateChange]:
    """Reads every running plan and pending promise against its payments; state moves are audited.

    `standings`, when given, receives each running plan's tracker, so a caller showing them reads them once."""
    changes = []
    for plan in running_plans(session, account_ids):
        tracker = standing(session, plan, today)
        if standings is not None:
            standings[plan.id] = tracker
        after = follow_tracker(PlanState(plan.state), tracker)
        plan.past_due_cents = tracker.past_due_cents
        plan.next_due = tracker.next_due.installment.due if tracker.next_due else None
        if after.value != plan.state:
            changes.append(StateChange(plan.id, plan.state, after.value))
            workspace.audit(session, "plan.state", "payment_plan", str(plan.id),
                            {"from": plan.state, "to": after.value})
            plan.state, plan.state_changed_at = after.value, utc_now()
    for promise in pending_promises(session, account_ids):
        tracker = promise_standing(session, promise, today)
        outcome = promise_outcome(tracker)
        promise.next_due = tracker.next_due.installment.due if tracker.next_due else None
        if outcome is not PromiseOutcome.PENDING:
            promise.outcome = outcome.value
            workspace.audit(session, "promise.outcome", "promise", str(promise.id), {"outcome": outcome.value})
    return changes


def refresh_all(workspace: Workspace, today: date | None = None) -> list[StateChange]:
    """One transaction that brings every plan and promise up to today (after imports, or a new day)."""
    with workspace.transaction() as session:
        return refresh_plans(workspace, session, today or date.today())


def refresh_account(workspace: Workspace, number: str, today: date) -> list[StateChange]:
    """Brings one account's plans and promises up to `today`."""
    with workspace.transaction() as session:
        return refresh_plans(workspace, session, today, [account_facts(session, number).account.id])


def record_signature(workspace: Workspace, number: str, signed_on: date, scan: bytes | None = None,
                     today: date | None = None) -> int:
    """The patient signed: the plan becomes active; a scanned copy, when given, is kept with its hash."""
    if signed_on > (today or date.today()):
        raise UserError("plan_signed_in_future", signed_on=signed_on.isoformat())
    with workspace.transaction() as session:
        plan = _open(session, number)
        if plan.state != PlanState.AWAITING_SIGNATURE:
            raise UserError("plan_not_awaiting_signature", status=(f"status_{plan.state}",))
        move_plan(plan, PlanState.ACTIVE)
        plan.signed_on = signed_on
        if scan is not None:
            session.add(PlanDocumentRow(plan_id=plan.id, kind="signed", language=plan.language, content=scan,
                                        sha256=hashlib.sha256(scan).hexdigest(), created_at=utc_now(),
                                        signed_on=signed_on))
        workspace.audit(session, "plan.signed", "payment_plan", str(plan.id),
                        {"signed_on": signed_on.isoformat(), "scan": scan is not None})
        refresh_plans(workspace, session, today or date.today(), [plan.account_id])
        return plan.id


def record_notice(workspace: Workspace, number: str, sent_on: date, cure_date: date | None = None, *,
                  backdate_reason: str = "", supervisor_confirmation: str = "", today: date | None = None) -> int:
    """The written missed-payment notice went out: a late plan moves to notice sent, with its cure date.

    Honest dates: never a later day than today; mailed further back than the clinic's limit only with a reason,
    and then its waits (the cure period, the 30 days before agency placement) count from today unless a
    supervisor confirmed the mailing day. The letter keeps the day it states."""
    clock = today or date.today()
    limit = backdate_limit(workspace)
    problem = day_problem(sent_on, clock, backdate_reason, limit_days=limit)
    if problem is not None:
        raise UserError(problem, at=sent_on.isoformat(), days=limit)
    workspace.refuse_real_data(backdate_reason, supervisor_confirmation)
    confirmed = bool(supervisor_confirmation.strip())
    counts = day_counts_from(sent_on, clock, limit_days=limit, confirmed=confirmed)
    with workspace.transaction() as session:
        plan = _open(session, number)
        if plan.state != PlanState.LATE:
            raise UserError("plan_not_late", status=(f"status_{plan.state}",))
        policy = policy_at(session, plan.policy_version)
        earliest = counts + timedelta(days=max(policy.cure_days, 14))
        cure = cure_date or earliest
        if cure < earliest:
            raise UserError("plan_cure_too_soon", cure=cure.isoformat(), earliest=earliest.isoformat())
        move_plan(plan, PlanState.NOTICE_SENT)
        plan.notice_sent_on, plan.cure_date = counts, cure
        letter = _notice_letter(session, plan, sent_on, cure)
        session.add(PlanDocumentRow(plan_id=plan.id, kind="notice", language=plan.language, content=letter,
                                    sha256=hashlib.sha256(letter).hexdigest(), created_at=utc_now()))
        if counts != sent_on or confirmed:  # a late entry: why, and who confirmed it, kept with the account
            text = "; ".join(t.strip() for t in (backdate_reason, supervisor_confirmation) if t.strip())
            notes_repo.add_note(session, plan.account_id, text, utc_now(), kind="backdated",
                                about=f"notice {sent_on.isoformat()}")
        workspace.audit(session, "plan.notice_sent", "payment_plan", str(plan.id),
                        {"sent_on": sent_on.isoformat(), "counts_from": counts.isoformat(),
                         "cure_date": cure.isoformat(), "supervisor_confirmed": confirmed})
        return plan.id


def _notice_letter(session: Session, plan: PaymentPlanRow, sent_on: date, cure: date) -> bytes:
    """The letter that goes out, kept in the vault exactly as sent."""
    from collections_desktop.documents.notice import NoticeData, build_notice
    from collections_desktop.services.plans.agreements import guarantor_details

    tracker = standing(session, plan, sent_on)
    _person, name, address = guarantor_details(session, plan.account_id)
    behind = tuple((s.installment.due, s.installment.amount_cents, s.remaining_cents) for s in tracker.behind)
    remaining = sum(s.remaining_cents for s in tracker.installments)
    data = NoticeData(dict(policy_at(session).clinic), name, address, _account_number(session, plan), sent_on, cure,
                      behind, remaining)
    return build_notice(data, plan.language)


def _account_number(session: Session, plan: PaymentPlanRow) -> str:
    return contacts_repo.account_by_id(session, plan.account_id).number


def declare_default(workspace: Workspace, number: str, today: date | None = None) -> int:
    """Default only with the notice records policy (and, in California, the law) requires; else refused."""
    today = today or date.today()
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        plan = _open(session, number)
        refresh_plans(workspace, session, today, [plan.account_id])
        evidence = DefaultEvidence(plan.notice_sent_on, plan.cure_date, _phone_attempt(session, plan))
        blocks = default_blocks(PlanState(plan.state), standing(session, plan, today),
                                policy_at(session, plan.policy_version), evidence, today, facts.state)
        if blocks:
            raise UserError("plan_default_refused", reasons=tuple(blocks))
        move_plan(plan, PlanState.DEFAULTED)
        workspace.audit(session, "plan.defaulted", "payment_plan", str(plan.id))
        return plan.id


def _open(session: Session, number: str) -> PaymentPlanRow:
    facts = account_facts(session, number)
    plan = open_plan(session, facts.account.id)
    if plan is None:
        raise UserError("plan_none_open", account=number)
    return plan


def _phone_attempt(session: Session, plan: PaymentPlanRow) -> date | None:
    """The latest phone call to the account since the plan fell behind (the CA default rule needs one)."""
    since = datetime.combine(plan.next_due or plan.first_due, time.min, tzinfo=UTC)
    at = last_outbound_at(session, plan.account_id, "phone", since)
    return at.date() if at else None
