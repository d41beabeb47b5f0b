"""The team report's reads: a period's contacts, payments, promises, plans and notes counted per person who
recorded them, and the accounts assigned to each, grouped in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.models import Account, AccountNoteRow, ContactEventRow, LedgerEntryRow
from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseRow


def contacts_by_person(session: Session, since: datetime, until: datetime,
                       conversations: tuple[str, ...]) -> Iterator[tuple[str, int, int, int]]:
    """(person, contacts, outbound attempts, right-party conversations) for the contacts from `since` to before
    `until`."""
    outbound = func.sum(case((ContactEventRow.direction == "outbound", 1), else_=0))
    talked = func.sum(case((ContactEventRow.outcome.in_(conversations), 1), else_=0))
    query = (select(ContactEventRow.recorded_by, func.count(), outbound, talked)
             .where(ContactEventRow.at >= since, ContactEventRow.at < until)
             .group_by(ContactEventRow.recorded_by))
    for person, contacts, attempts, spoke in session.execute(query):
        yield person or "", int(contacts), int(attempts or 0), int(spoke or 0)


def payments_by_person(session: Session, start: date, end: date) -> Iterator[tuple[str, int, int]]:
    """(person, payments, cents collected less returns) for the patient payments posted from `start` to `end`."""
    query = (select(LedgerEntryRow.recorded_by,
                    func.sum(case((LedgerEntryRow.amount_cents > 0, 1), else_=0)),
                    func.coalesce(func.sum(LedgerEntryRow.amount_cents), 0))
             .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                    LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end)
             .group_by(LedgerEntryRow.recorded_by))
    for person, payments, cents in session.execute(query):
        yield person or "", int(payments or 0), int(cents)


def made_by_person(session: Session, since: datetime, until: datetime) -> Iterator[tuple[str, str, int]]:
    """(person, "promises" | "plans" | "notes" | "promises_kept", how many) made from `since` to before `until`
    (a plan's amendment is a plan made; the promises kept in full are among the period's promises)."""
    for kind, table, extra in (("promises", PromiseRow, None), ("plans", PaymentPlanRow, None),
                               ("notes", AccountNoteRow, AccountNoteRow.kind == "note")):
        query = (select(table.recorded_by, func.count())
                 .where(table.created_at >= since, table.created_at < until).group_by(table.recorded_by))
        if extra is not None:
            query = query.where(extra)
        for person, count in session.execute(query):
            yield person or "", kind, int(count)
    kept = (select(PromiseRow.recorded_by, func.count())
            .where(PromiseRow.created_at >= since, PromiseRow.created_at < until, PromiseRow.outcome == "kept")
            .group_by(PromiseRow.recorded_by))
    for person, count in session.execute(kept):
        yield person or "", "promises_kept", int(count)


def assigned_by_person(session: Session) -> Iterator[tuple[str, int, int]]:
    """(person, accounts assigned to them now, what those accounts' patients owe)."""
    query = (select(Account.assigned_to, func.count(), func.coalesce(func.sum(Account.patient_due_cents), 0))
             .where(Account.assigned_to.is_not(None)).group_by(Account.assigned_to))
    for person, accounts, cents in session.execute(query):
        yield str(person), int(accounts), int(cents)
