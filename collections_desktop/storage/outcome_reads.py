"""The outcome reports' reads: a period's payments, promises, plans and holds, and each account's first contacts
and arrangements (for conversion and days to pay)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import String, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.bulk import slices
from collections_desktop.storage.fast_read import driver_rows
from collections_desktop.storage.models import Account, AccountFlagRow, ContactEventRow, Encounter, LedgerEntryRow
from collections_desktop.storage.plan_models import (
    PaymentPlanRow,
    PlanInstallmentRow,
    PromiseInstallmentRow,
    PromiseRow,
)
from collections_desktop.storage.report_reads import moments


def payments(session: Session, start: date, end: date) -> Iterator[tuple[int, date, int, str]]:
    """(account id, day, amount, method) of each patient payment or return posted in the period.

    The day is read as stored and turned into a date once per distinct day, not once per payment (a year
    holds hundreds of thousands of payments on a few hundred days)."""
    query = (select(LedgerEntryRow.account_id, type_coerce(LedgerEntryRow.posted_on, String),
                    LedgerEntryRow.amount_cents, LedgerEntryRow.method)
             .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                    LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end))
    # The kind written out, as the partial index ix_ledger_patient_payment says it, so SQLite uses it.
    days: dict[object, date] = {}
    # Plain driver tuples: for a year's payments SQLAlchemy's rows cost more than the query.
    for account_id, stored, cents, method in driver_rows(session, query):
        day = days.get(stored)
        if day is None:
            day = days[stored] = stored if isinstance(stored, date) else date.fromisoformat(str(stored)[:10])
        yield account_id, day, cents, method or ""


def payment_days(session: Session, start: date, end: date) -> Iterator[tuple[date, str, int, int]]:
    """(day, method, cents, payments above zero) for the patient payments and returns posted in the period,
    summed in the order of the index by day and method (no row per payment leaves the store)."""
    stored = type_coerce(LedgerEntryRow.posted_on, String)
    query = (select(stored, LedgerEntryRow.method, func.sum(LedgerEntryRow.amount_cents),
                    func.sum(case((LedgerEntryRow.amount_cents > 0, 1), else_=0)))
             .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                    LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end)
             .group_by(LedgerEntryRow.posted_on, LedgerEntryRow.method))
    for day, method, cents, count in session.execute(query):
        yield (day if isinstance(day, date) else date.fromisoformat(str(day)[:10]), method or "", int(cents or 0),
               int(count or 0))


def payments_of(session: Session, start: date, end: date, accounts: Iterable[int]) -> Iterator[tuple[int, date, int]]:
    """(account id, day, amount) of each patient payment or return posted in the period on `accounts` (a few:
    those with a plan or a promise), found visit by visit."""
    for part in slices(sorted(accounts)):
        query = (select(Encounter.account_id, LedgerEntryRow.posted_on, LedgerEntryRow.amount_cents)
                 .join(LedgerEntryRow, LedgerEntryRow.encounter_id == Encounter.id)
                 .where(Encounter.account_id.in_(part),
                        LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                        LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end))
        for account_id, day, cents in session.execute(query):
            yield int(account_id), day, int(cents)


def plan_spans(session: Session, until: date) -> dict[int, list[tuple[date, date | None]]]:
    """Each plan signed by `until`: (signed on, ended on or None while running), per account (plans are few
    beside payments: one read of them all beats a lookup per paying account)."""
    ended = ("completed", "cancelled", "superseded", "defaulted")
    spans: dict[int, list[tuple[date, date | None]]] = {}
    query = (select(PaymentPlanRow.account_id, PaymentPlanRow.signed_on, PaymentPlanRow.state,
                    PaymentPlanRow.state_changed_at).where(PaymentPlanRow.signed_on <= until))
    for account_id, signed, state, changed in session.execute(query):
        if signed is not None:
            spans.setdefault(int(account_id), []).append((signed, changed.date() if state in ended else None))
    return spans


def promise_days(session: Session, since: date, until: date) -> dict[int, list[date]]:
    """The days promises were made between `since` and `until`, per account."""
    first, last = moments(since, until)
    days: dict[int, list[date]] = {}
    query = select(PromiseRow.account_id, PromiseRow.created_at).where(PromiseRow.created_at >= first,
                                                                       PromiseRow.created_at < last)
    for account_id, created in session.execute(query):
        days.setdefault(int(account_id), []).append(created.date())
    return days


def promises_made(session: Session, start: date, end: date) -> Iterator[tuple[str, int, int]]:
    """(outcome, promises, dollars promised) for the promises made in the period."""
    since, until = moments(start, end)
    promised = (select(PromiseInstallmentRow.promise_id, func.sum(PromiseInstallmentRow.amount_cents).label("c"))
                .group_by(PromiseInstallmentRow.promise_id).subquery())
    query = (select(PromiseRow.outcome, func.count(), func.coalesce(func.sum(promised.c.c), 0))
             .join(promised, promised.c.promise_id == PromiseRow.id)
             .where(PromiseRow.created_at >= since, PromiseRow.created_at < until).group_by(PromiseRow.outcome))
    for outcome, count, cents in session.execute(query):
        yield outcome, int(count), int(cents)


def promise_outcomes_by_month(session: Session, start: date, end: date) -> Iterator[tuple[str, str, int]]:
    """("YYYY-MM", outcome, promises) for the promises made in the period, by the month they were made."""
    since, until = moments(start, end)
    month = func.substr(type_coerce(PromiseRow.created_at, String), 1, 7)
    query = (select(month, PromiseRow.outcome, func.count())
             .where(PromiseRow.created_at >= since, PromiseRow.created_at < until)
             .group_by(month, PromiseRow.outcome))
    for made, outcome, count in session.execute(query):
        yield made, outcome, int(count)


def plans_due_in(session: Session, start: date, end: date) -> list[PaymentPlanRow]:
    """Signed plans with an installment falling due in the period."""
    due = (select(PlanInstallmentRow.plan_id).where(PlanInstallmentRow.due >= start, PlanInstallmentRow.due <= end)
           .distinct().subquery())
    return list(session.scalars(select(PaymentPlanRow).join(due, due.c.plan_id == PaymentPlanRow.id)
                                .where(PaymentPlanRow.signed_on.is_not(None))))


def notices_sent(session: Session, start: date, end: date) -> Iterator[tuple[int, str]]:
    """(plan, its state now) for the plans whose written notice of a missed payment went out in the period."""
    query = select(PaymentPlanRow.id, PaymentPlanRow.state).where(PaymentPlanRow.notice_sent_on >= start,
                                                                   PaymentPlanRow.notice_sent_on <= end)
    for plan_id, state in session.execute(query):
        yield int(plan_id), state


def plan_counts(session: Session, start: date, end: date) -> dict[str, int]:
    """Plans signed in the period ("signed"), and plans whose state changed to each state in it."""
    since, until = moments(start, end)
    counts = {"signed": int(session.scalar(select(func.count()).select_from(PaymentPlanRow).where(
        PaymentPlanRow.signed_on >= start, PaymentPlanRow.signed_on <= end)) or 0)}
    query = (select(PaymentPlanRow.state, func.count())
             .where(PaymentPlanRow.state_changed_at >= since, PaymentPlanRow.state_changed_at < until)
             .group_by(PaymentPlanRow.state))
    counts |= {state: int(count) for state, count in session.execute(query)}
    return counts


def paid_in_full(session: Session, start: date, end: date) -> int:
    """Accounts that paid in the period and owe nothing now."""
    paying = (select(LedgerEntryRow.account_id)
              .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                     LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end).distinct().subquery())
    return int(session.scalar(select(func.count()).select_from(paying).join(
        Account, Account.id == paying.c.account_id).where(Account.patient_due_cents <= 0)) or 0)


def holds_ended(session: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    """(hold kind, the decision that ended it) -> accounts, for holds ended in the period; and
    ("agency_approved", "set") for accounts approved for an agency in it."""
    since, until = moments(start, end)
    ended = (select(AccountFlagRow.kind, AccountFlagRow.outcome, func.count(func.distinct(AccountFlagRow.account_id)))
             .where(AccountFlagRow.cleared_at >= since, AccountFlagRow.cleared_at < until)
             .group_by(AccountFlagRow.kind, AccountFlagRow.outcome))
    found = {(kind, outcome or ""): int(n) for kind, outcome, n in session.execute(ended)}
    placed = session.scalar(select(func.count(func.distinct(AccountFlagRow.account_id))).where(
        AccountFlagRow.kind == "agency_approved", AccountFlagRow.set_at >= since, AccountFlagRow.set_at < until))
    found[("agency_approved", "set")] = int(placed or 0)
    return found


def first_contacts(session: Session, since: date, start: date, end: date,
                   conversations: tuple[str, ...]) -> dict[int, tuple[date | None, date | None]]:
    """Per account contacted from `since` to `end`: (the day of its first outbound contact, the day of its first
    right-party contact from `start` on), each None when there was none (days in UTC)."""
    first, until = moments(since, end)
    begins = moments(start, start)[0]
    # The moments read as stored text and turned into days once per distinct day (a year holds a hundred
    # thousand accounts' firsts on a few hundred days).
    stored = type_coerce(ContactEventRow.at, String)
    outbound = func.min(case((ContactEventRow.direction == "outbound", stored)))
    talked = func.min(case(((ContactEventRow.at >= begins) & ContactEventRow.outcome.in_(conversations), stored)))
    # Read from the account index (account_id, at, direction, outcome) alone, in its order: the firsts come
    # out account by account with nothing to sort (the kind index would hand a year's contacts to a sorter).
    query = (select(ContactEventRow.account_id, outbound, talked)
             .with_hint(ContactEventRow, "INDEXED BY ix_contact_event_account", "sqlite")
             .where(ContactEventRow.at >= first, ContactEventRow.at < until)
             .group_by(ContactEventRow.account_id))
    days: dict[str, date] = {}

    def day(text: str | None) -> date | None:
        if text is None:
            return None
        key = text[:10]
        found = days.get(key)
        if found is None:
            found = days[key] = date.fromisoformat(key)
        return found

    return {int(account_id): (day(reached), day(spoke))
            for account_id, reached, spoke in driver_rows(session, query)}


def arrangement_days(session: Session, start: date, end: date) -> dict[int, list[date]]:
    """The days each account made a promise or signed a plan between `start` and `end`."""
    days: dict[int, list[date]] = {}
    for account_id, made in promise_days(session, start, end).items():
        days.setdefault(account_id, []).extend(made)
    query = select(PaymentPlanRow.account_id, PaymentPlanRow.signed_on).where(
        PaymentPlanRow.signed_on >= start, PaymentPlanRow.signed_on <= end)
    for account_id, signed in session.execute(query):
        if signed is not None:
            days.setdefault(int(account_id), []).append(signed)
    return days
