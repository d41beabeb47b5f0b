"""Promises to pay: one dated amount or a short series, checked against the balance and tracked like a plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from collections_desktop.domain.money import format_cents
from collections_desktop.domain.plans.schedule import Installment
from collections_desktop.services.errors import UserError, cents_typed
from collections_desktop.services.plans.plans import account_facts, business_moment
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.models import Account
from collections_desktop.storage.plan_models import PromiseRow
from collections_desktop.storage.plans_repo import ledger_mark, save_schedule

# Longer than this is a payment plan, which needs a written agreement.
MAX_PROMISE_PARTS = 4
MAX_PROMISE_DAYS = 90


def make_promise(workspace: Workspace, number: str, parts: list[tuple[date, str]], *,
                 contact_event_id: int | None = None, today: date | None = None) -> int:
    """Records a promise of `parts` (date, amount); dates from today on, the total at most the patient due."""
    today = today or date.today()
    schedule = promise_schedule(parts, today)
    with workspace.transaction() as session:
        return save_promise(workspace, session, account_facts(session, number).account, schedule, today,
                            contact_event_id)


def promise_schedule(parts: list[tuple[date, str]], today: date) -> list[Installment]:
    """Checks the promised dates and amounts before anything is saved."""
    if not 1 <= len(parts) <= MAX_PROMISE_PARTS:
        raise UserError("promise_parts", most=MAX_PROMISE_PARTS)
    schedule = []
    for number, (due, amount) in enumerate(sorted(parts), start=1):
        cents = cents_typed(amount, positive=True)
        if due < today or (due - today).days > MAX_PROMISE_DAYS:
            raise UserError("promise_date_range", due=due.isoformat(), days=MAX_PROMISE_DAYS)
        schedule.append(Installment(number, due, cents))
    return schedule


def save_promise(workspace: Workspace, session: Session, account: Account, schedule: list[Installment],
                 today: date, contact_event_id: int | None = None) -> int:
    """Adds the promise inside the caller's transaction (the contact that made it, when there is one)."""
    total = sum(i.amount_cents for i in schedule)
    if total > account.patient_due_cents:
        raise UserError("overpayment", amount=format_cents(total), due=format_cents(max(account.patient_due_cents, 0)))
    promise = PromiseRow(account_id=account.id, created_at=business_moment(today), ledger_mark=ledger_mark(session),
                         outcome="pending", next_due=schedule[0].due, contact_event_id=contact_event_id)
    session.add(promise)
    session.flush()
    save_schedule(session, promise.id, schedule, promise=True)
    workspace.audit(session, "promise.made", "promise", str(promise.id), {"parts": len(schedule), "cents": total})
    return promise.id
