"""Reading and writing plan versions, their schedules, documents and promises, and the payments they track."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.plans.lifecycle import OPEN, RUNNING
from collections_desktop.domain.plans.schedule import Installment
from collections_desktop.domain.plans.tracker import PlanPayment
from collections_desktop.storage.bulk import slices
from collections_desktop.storage.models import Account, LedgerEntryRow
from collections_desktop.storage.plan_models import (
    PaymentPlanRow,
    PlanDocumentRow,
    PlanInstallmentRow,
    PromiseInstallmentRow,
    PromiseRow,
)

RUNNING_STATES = tuple(s.value for s in RUNNING)
OPEN_STATES = tuple(s.value for s in OPEN)


def ledger_mark(session: Session) -> int:
    """The newest ledger id: payments posted after it count toward a plan or promise made now."""
    session.flush()
    return session.scalar(select(func.max(LedgerEntryRow.id))) or 0


def plans_of(session: Session, account_id: int) -> list[PaymentPlanRow]:
    """Every plan version on the account, oldest first."""
    return list(session.scalars(select(PaymentPlanRow).where(PaymentPlanRow.account_id == account_id)
                                .order_by(PaymentPlanRow.id)))


def open_plan(session: Session, account_id: int) -> PaymentPlanRow | None:
    """The account's plan that is not yet ended (draft, awaiting signature or running), if any."""
    return session.scalars(select(PaymentPlanRow).where(PaymentPlanRow.account_id == account_id,
                                                        PaymentPlanRow.state.in_(OPEN_STATES))
                           .order_by(PaymentPlanRow.id.desc()).limit(1)).first()


def save_schedule(session: Session, plan_id: int, schedule: Iterable[Installment], *, promise: bool = False) -> None:
    row = PromiseInstallmentRow if promise else PlanInstallmentRow
    key = "promise_id" if promise else "plan_id"
    session.add_all(row(**{key: plan_id}, number=i.number, due=i.due, amount_cents=i.amount_cents) for i in schedule)


def schedules(session: Session, ids: Iterable[int], *, promise: bool = False) -> dict[int, list[Installment]]:
    """Installments per plan (or promise) id, in number order."""
    row: type[PromiseInstallmentRow | PlanInstallmentRow] = PromiseInstallmentRow if promise else PlanInstallmentRow
    key = PromiseInstallmentRow.promise_id if promise else PlanInstallmentRow.plan_id
    ids = list(ids)
    result: dict[int, list[Installment]] = {i: [] for i in ids}
    for part in slices(ids):
        for owner, number, due, cents in session.execute(select(key, row.number, row.due, row.amount_cents)
                                                         .where(key.in_(part)).order_by(key, row.number)):
            result[owner].append(Installment(number, due, cents))
    return result


def payments_since(session: Session, account_id: int, mark: int) -> list[PlanPayment]:
    """Patient payments (returns negative) posted to the account after a ledger mark, one per day."""
    by_day: dict[date, int] = {}
    for kind, cents, posted_on in session.execute(
            select(LedgerEntryRow.kind, LedgerEntryRow.amount_cents, LedgerEntryRow.posted_on).where(
                LedgerEntryRow.account_id == account_id, LedgerEntryRow.id > mark,
                LedgerEntryRow.kind.in_((EntryKind.PATIENT_PAYMENT.value, EntryKind.PATIENT_REFUND.value)))):
        signed = cents if kind == EntryKind.PATIENT_PAYMENT.value else -cents
        by_day[posted_on] = by_day.get(posted_on, 0) + signed
    return [PlanPayment(day, cents) for day, cents in sorted(by_day.items())]


def _of_accounts(session: Session, query, column, account_ids: Iterable[int] | None) -> list:  # noqa: ANN001
    """The query's rows, for every account or only for these (asked in slices however many there are)."""
    if account_ids is None:
        return list(session.scalars(query))
    return [row for part in slices(account_ids) for row in session.scalars(query.where(column.in_(part)))]


def running_plans(session: Session, account_ids: Iterable[int] | None = None) -> list[PaymentPlanRow]:
    return _of_accounts(session, select(PaymentPlanRow).where(PaymentPlanRow.state.in_(RUNNING_STATES)),
                        PaymentPlanRow.account_id, account_ids)


def pending_promises(session: Session, account_ids: Iterable[int] | None = None) -> list[PromiseRow]:
    return _of_accounts(session, select(PromiseRow).where(PromiseRow.outcome == "pending"),
                        PromiseRow.account_id, account_ids)


def promises_of(session: Session, account_id: int) -> list[PromiseRow]:
    return list(session.scalars(select(PromiseRow).where(PromiseRow.account_id == account_id)
                                .order_by(PromiseRow.id)))


def documents_of(session: Session, plan_ids: Iterable[int]) -> list[PlanDocumentRow]:
    """Document rows without their content (loaded only when shown again)."""
    rows = [row for part in slices(plan_ids) for row in session.scalars(
        select(PlanDocumentRow).options(defer(PlanDocumentRow.content)).where(PlanDocumentRow.plan_id.in_(part)))]
    return sorted(rows, key=lambda row: row.id)


def latest_document(session: Session, plan_id: int, kind: str, language: str | None = None) -> PlanDocumentRow | None:
    """The newest stored document of `kind` (agreement, notice, signed) for the plan, in `language` if given."""
    query = select(PlanDocumentRow).where(PlanDocumentRow.plan_id == plan_id, PlanDocumentRow.kind == kind)
    if language is not None:
        query = query.where(PlanDocumentRow.language == language)
    return session.scalars(query.order_by(PlanDocumentRow.id.desc()).limit(1)).first()


def plans_with_accounts(session: Session, since: datetime | None = None) -> Iterator[tuple[PaymentPlanRow, str]]:
    """Every plan (made at or after `since`) with its account number, oldest first, streamed."""
    query = select(PaymentPlanRow, Account.number).join(Account, Account.id == PaymentPlanRow.account_id)
    if since is not None:
        query = query.where(PaymentPlanRow.created_at >= since)
    yield from session.execute(query.order_by(PaymentPlanRow.id))


def promises_with_accounts(session: Session, since: datetime | None = None) -> Iterator[tuple[PromiseRow, str]]:
    query = select(PromiseRow, Account.number).join(Account, Account.id == PromiseRow.account_id)
    if since is not None:
        query = query.where(PromiseRow.created_at >= since)
    yield from session.execute(query.order_by(PromiseRow.id))
