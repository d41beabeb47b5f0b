"""Ordered account ids for each worklist view, filtered and sorted in SQL, and the columns of a page of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from collections_desktop.storage.fast_read import driver_column
from collections_desktop.storage.models import Account, AccountFlagRow, ContactEventRow, Person
from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseRow
from collections_desktop.storage.search_index import account_filter

HOLDS = ("dispute", "cease_contact", "attorney", "bankruptcy", "deceased", "financial_assistance_pending",
         "agency_approved")
VIEWS = ("today", "promises_due", "plans_late", "insurance_pending", "holds", "paid_since_import", "all")


def _on_hold():  # noqa: ANN202
    return select(AccountFlagRow.account_id).where(AccountFlagRow.kind.in_(HOLDS),
                                                   AccountFlagRow.cleared_at.is_(None))


def _first_promise_due():  # noqa: ANN202
    """Per account with a pending promise: its earliest promised date."""
    return select(PromiseRow.account_id, func.min(PromiseRow.next_due).label("due")).where(
        PromiseRow.outcome == "pending").group_by(PromiseRow.account_id)


def _plan_behind():  # noqa: ANN202
    """Per account with a late plan (or one whose notice went out): the amount it is behind."""
    return select(PaymentPlanRow.account_id, func.max(PaymentPlanRow.past_due_cents).label("behind")).where(
        PaymentPlanRow.state.in_(("late", "notice_sent"))).group_by(PaymentPlanRow.account_id)


def view_ids(session: Session, view: str, terms: list[tuple[str, ...]]) -> list[int]:
    """The ids of a view in display order: pending promises by their next date, late plans by amount behind."""
    query = select(Account.id)
    if terms:
        query = query.where(account_filter(terms, session.get_bind().dialect.name))
    by_name = (Account.sort_name, Account.id)
    if view == "today":
        query = query.where(Account.patient_due_cents > 0, Account.id.not_in(_on_hold())).order_by(
            Account.patient_due_cents.desc(), Account.id)
    elif view == "promises_due":
        first_due = _first_promise_due().subquery()
        query = query.join(first_due, first_due.c.account_id == Account.id).order_by(first_due.c.due, Account.id)
    elif view == "plans_late":
        late = _plan_behind().subquery()
        query = query.join(late, late.c.account_id == Account.id).order_by(late.c.behind.desc(), Account.id)
    elif view == "insurance_pending":
        query = query.where(Account.insurance_pending_cents > 0).order_by(
            Account.insurance_pending_cents.desc(), Account.id)
    elif view == "holds":
        query = query.where(Account.id.in_(_on_hold())).order_by(*by_name)
    elif view == "paid_since_import":
        query = query.where(Account.paid_off_batch_id.is_not(None)).order_by(
            Account.paid_off_batch_id.desc(), Account.id)
    else:
        query = query.order_by(*by_name)
    return driver_column(session, query)


def due_facts(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, int, date | None]]:
    """(account number, patient due, oldest aging anchor) per account, for ranking the day's list."""
    result = {}
    for start in range(0, len(ids), 30000):
        chunk = ids[start:start + 30000]
        for account_id, number, due, anchor in session.execute(select(
                Account.id, Account.number, Account.patient_due_cents, Account.oldest_anchor_date)
                .where(Account.id.in_(chunk))):
            result[account_id] = (number, due, anchor)
    return result


def follow_ups(session: Session, ids: Sequence[int] | None = None) -> dict[int, tuple[date | None, int]]:
    """(earliest pending promise date, amount a running plan is behind) per account that has either."""
    found: dict[int, tuple[date | None, int]] = {}
    promises, late = _first_promise_due(), _plan_behind()
    if ids is not None:
        promises = promises.where(PromiseRow.account_id.in_(list(ids)))
        late = late.where(PaymentPlanRow.account_id.in_(list(ids)))
    for account_id, due in session.execute(promises):
        found[account_id] = (due, 0)
    for account_id, behind in session.execute(late):
        found[account_id] = (found.get(account_id, (None, 0))[0], int(behind or 0))
    return found


def page_columns(session: Session, ids: Sequence[int]) -> dict[int, dict]:
    """The worklist columns of a page of accounts: number, guarantor, balances, aging anchor, holds, last contact."""
    guarantor = aliased(Person)
    rows = {}
    for account_id, number, first, last, due, pending, anchor in session.execute(
            select(Account.id, Account.number, guarantor.first_name, guarantor.last_name, Account.patient_due_cents,
                   Account.insurance_pending_cents, Account.oldest_anchor_date)
            .join(guarantor, guarantor.id == Account.guarantor_id).where(Account.id.in_(list(ids)))):
        rows[account_id] = {"number": number, "guarantor": f"{first} {last}", "patient_due_cents": due,
                            "insurance_pending_cents": pending, "oldest_anchor": anchor, "flags": set(),
                            "last_contact": None, "promise_due": None, "plan_behind_cents": 0}
    for account_id, (promise, behind) in follow_ups(session, list(ids)).items():
        if account_id in rows:
            rows[account_id].update(promise_due=promise, plan_behind_cents=behind)
    for account_id, kind in session.execute(select(AccountFlagRow.account_id, AccountFlagRow.kind).where(
            AccountFlagRow.account_id.in_(list(ids)), AccountFlagRow.cleared_at.is_(None))):
        rows[account_id]["flags"].add(kind)
    for account_id, last in session.execute(select(ContactEventRow.account_id, func.max(ContactEventRow.at)).where(
            ContactEventRow.account_id.in_(list(ids))).group_by(ContactEventRow.account_id)):
        rows[account_id]["last_contact"] = last if isinstance(last, datetime) or last is None else None
    return rows
