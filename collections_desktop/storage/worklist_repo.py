"""Ordered account ids for each worklist view, filtered and sorted in SQL, and the columns of a page of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Date, column, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from collections_desktop.storage import desk_reads
from collections_desktop.storage.assistance_models import EscalationStatusRow
from collections_desktop.storage.fast_read import driver, driver_ids
from collections_desktop.storage.models import Account
from collections_desktop.storage.search_index import account_filter

VIEWS = ("today", "promises_due", "plans_late", "insurance_pending", "with_billing", "holds", "paid_since_import",
         "ready_to_escalate", "escalation_blocked", "all")
# The views read from the places kept on the escalation ladder (brought up to date first by the service).
ESCALATION_VIEWS = ("ready_to_escalate", "escalation_blocked")


def _on_hold():  # noqa: ANN202
    return text(desk_reads.ON_HOLD).columns(column("account_id"))


def _first_promise_due():  # noqa: ANN202
    """Per account with a pending promise: its earliest promised date."""
    return text(desk_reads.FIRST_PROMISE_DUE.format(where="")).columns(column("account_id"), column("due", Date))


def _plan_behind():  # noqa: ANN202
    """Per account with a late plan (or one whose notice went out): the amount it is behind."""
    return text(desk_reads.PLAN_BEHIND.format(where="")).columns(column("account_id"), column("behind"))


def view_ids(session: Session, view: str, terms: list[tuple[str, ...]]) -> list[int]:
    """The ids of a view in display order: pending promises by their next date, late plans by amount behind."""
    if not terms and view in ("today", "all"):  # the two long lists, without SQLAlchemy's per-call compiling
        return (desk_reads.today_by_balance if view == "today" else desk_reads.all_by_name)(driver(session))
    return driver_ids(session, view_query(session, view, terms))


def _escalation_ids(view: str) -> Select:
    status = EscalationStatusRow
    ids = select(status.account_id.label("id"))
    if view == "ready_to_escalate":
        return ids.where(status.waits_only.is_(True), status.next_on <= date.today()).order_by(
            status.next_on, status.account_id)
    return ids.where(status.gate != "").order_by(status.gate, status.account_id)


def view_query(session: Session, view: str, terms: list[tuple[str, ...]]) -> Select:
    """The SELECT of a view's ids in display order."""
    if view in ESCALATION_VIEWS and not terms:  # read from the kept places' own index, in its order
        return _escalation_ids(view)
    query = select(Account.id)
    if terms:
        query = query.where(account_filter(terms, session.get_bind().dialect.name))
    by_name = text(desk_reads.BY_NAME)
    if view == "today":
        query = query.where(text(desk_reads.TODAY)).order_by(text(desk_reads.TODAY_ORDER))
    elif view == "promises_due":
        first_due = _first_promise_due().subquery()
        query = query.join(first_due, first_due.c.account_id == Account.id).order_by(first_due.c.due, Account.id)
    elif view == "plans_late":
        late = _plan_behind().subquery()
        query = query.join(late, late.c.account_id == Account.id).order_by(late.c.behind.desc(), Account.id)
    elif view == "insurance_pending":
        query = query.where(Account.insurance_pending_cents > 0).order_by(
            Account.insurance_pending_cents.desc(), Account.id)
    elif view == "with_billing":  # the oldest hand-off first
        with_team = text(desk_reads.WITH_TEAM.format(where="")).columns(
            column("account_id"), column("since"), column("team")).subquery()
        query = query.join(with_team, with_team.c.account_id == Account.id).order_by(with_team.c.since, Account.id)
    elif view == "holds":
        query = query.where(Account.id.in_(_on_hold())).order_by(by_name)
    elif view == "ready_to_escalate":  # the longest-waiting first
        query = query.join(EscalationStatusRow, EscalationStatusRow.account_id == Account.id).where(
            EscalationStatusRow.waits_only.is_(True), EscalationStatusRow.next_on <= date.today()).order_by(
            EscalationStatusRow.next_on, Account.id)
    elif view == "escalation_blocked":  # grouped by what stands in the way
        query = query.join(EscalationStatusRow, EscalationStatusRow.account_id == Account.id).where(
            EscalationStatusRow.gate != "").order_by(EscalationStatusRow.gate, Account.id)
    elif view == "paid_since_import":
        query = query.where(Account.paid_off_batch_id.is_not(None)).order_by(
            Account.paid_off_batch_id.desc(), Account.id)
    else:
        query = query.order_by(by_name)
    return query


def today_facts(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, int, date | None]]:
    """(account number, patient due, oldest aging anchor) of these accounts from Today's list, for ranking it."""
    return desk_reads.today_facts(driver(session), ids)


def follow_ups(session: Session, ids: Sequence[int] | None = None) -> dict[int, tuple[date | None, int]]:
    """(earliest pending promise date, amount a running plan is behind) per account that has either."""
    return desk_reads.follow_ups(driver(session), ids)


def page_columns(session: Session, ids: Sequence[int]) -> dict[int, dict]:
    """The worklist columns of a page of accounts: number, guarantor, balances, aging anchor, holds, last contact."""
    return desk_reads.page_columns(driver(session), ids)


def all_window(session: Session, around: int | None, reach: int) -> tuple[int, int, list[int]]:
    """(accounts, position of the first id, ids) of the all-accounts list near `around`; see desk_reads."""
    return desk_reads.all_window(driver(session), around, reach)


def all_slice(session: Session, offset: int, count: int) -> list[int]:
    """`count` ids of the all-accounts list from position `offset`, read in the name index."""
    return desk_reads.all_slice(driver(session), offset, count)
