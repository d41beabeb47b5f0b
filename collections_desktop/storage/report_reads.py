"""The reports' reads: counts and sums grouped in SQL over one period, never a row per patient to the caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.models import (
    Account,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
)
from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseInstallmentRow, PromiseRow


def moments(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC moments from the start of `start` to the start of the day after `end`."""
    return (datetime.combine(start, time(0), tzinfo=UTC),
            datetime.combine(end + timedelta(days=1), time(0), tzinfo=UTC))


def contact_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, str, int]]:
    """(day, channel, direction, outcome, contacts) for the contacts that happened in the period."""
    since, until = moments(start, end)
    day = func.date(ContactEventRow.at)
    query = (select(day, ContactEventRow.channel, ContactEventRow.direction, ContactEventRow.outcome, func.count())
             .where(ContactEventRow.at >= since, ContactEventRow.at < until)
             .group_by(day, ContactEventRow.channel, ContactEventRow.direction, ContactEventRow.outcome))
    for row in session.execute(query):
        yield str(row[0]), row[1], row[2], row[3], int(row[4])


def reason_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, int, str]]:
    """(reason, accounts, an example account number) for the reasons patients gave in the period."""
    since, until = moments(start, end)
    query = (select(ContactEventRow.reason, func.count(func.distinct(ContactEventRow.account_id)),
                    func.min(Account.number))
             .join(Account, Account.id == ContactEventRow.account_id)
             .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.reason != "")
             .group_by(ContactEventRow.reason))
    for reason, accounts, example in session.execute(query):
        yield reason, int(accounts), example


def reason_dollars(session: Session, start: date, end: date) -> dict[str, int]:
    """What the accounts behind each reason owed in the period's last moment, from their ledgers."""
    since, until = moments(start, end)
    accounts = (select(ContactEventRow.reason, ContactEventRow.account_id)
                .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.reason != "")
                .distinct().subquery())
    owed = (select(LedgerEntryRow.account_id, func.sum(LedgerEntryRow.amount_cents * _sign()).label("owed"))
            .where(LedgerEntryRow.posted_on <= end).group_by(LedgerEntryRow.account_id).subquery())
    query = (select(accounts.c.reason, func.coalesce(func.sum(owed.c.owed), 0))
             .join(owed, owed.c.account_id == accounts.c.account_id).group_by(accounts.c.reason))
    return {reason: max(int(cents), 0) for reason, cents in session.execute(query)}


def payments(session: Session, start: date, end: date) -> Iterator[tuple[int, date, int, str]]:
    """(account id, day, amount, method) of each patient payment or return posted in the period."""
    query = (select(LedgerEntryRow.account_id, LedgerEntryRow.posted_on, LedgerEntryRow.amount_cents,
                    LedgerEntryRow.method)
             .where(LedgerEntryRow.kind == EntryKind.PATIENT_PAYMENT.value,
                    LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end))
    for account_id, day, cents, method in session.execute(query):
        yield int(account_id), day, int(cents), method or ""


def plan_spans(session: Session, account_ids: set[int]) -> dict[int, list[tuple[date, date | None]]]:
    """Each signed plan's (signed on, ended on or None while running) per account among `account_ids`."""
    if not account_ids:
        return {}
    ended = ("completed", "cancelled", "superseded", "defaulted")
    spans: dict[int, list[tuple[date, date | None]]] = {}
    for chunk in _chunks(sorted(account_ids)):
        query = (select(PaymentPlanRow.account_id, PaymentPlanRow.signed_on, PaymentPlanRow.state,
                        PaymentPlanRow.state_changed_at)
                 .where(PaymentPlanRow.account_id.in_(chunk), PaymentPlanRow.signed_on.is_not(None)))
        for account_id, signed, state, changed in session.execute(query):
            if signed is not None:
                spans.setdefault(int(account_id), []).append((signed, changed.date() if state in ended else None))
    return spans


def promise_days(session: Session, account_ids: set[int]) -> dict[int, list[date]]:
    """The days promises were made, per account among `account_ids`."""
    days: dict[int, list[date]] = {}
    for chunk in _chunks(sorted(account_ids)):
        query = select(PromiseRow.account_id, PromiseRow.created_at).where(PromiseRow.account_id.in_(chunk))
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


def handoff_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, int, str]]:
    """(payer, reason, answer, hand-offs, an example claim) for the claims handed to a team in the period."""
    since, until = moments(start, end)
    query = (select(Encounter.payer_name, ClaimHandoff.reason, ClaimHandoff.answer, func.count(),
                    func.min(Encounter.claim_id))
             .join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
             .where(ClaimHandoff.at >= since, ClaimHandoff.at < until)
             .group_by(Encounter.payer_name, ClaimHandoff.reason, ClaimHandoff.answer))
    for payer, reason, answer, count, example in session.execute(query):
        yield payer or "", reason or "other", answer or "", int(count), example


def payer_codes(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, str]]:
    """(payer, reason codes, remark codes, claim) of each remittance processed in the period."""
    query = (select(AdjudicationRow.payer, AdjudicationRow.reason_codes, AdjudicationRow.remark_codes,
                    Encounter.claim_id)
             .join(Encounter, Encounter.id == AdjudicationRow.encounter_id)
             .where(AdjudicationRow.processed_on >= start, AdjudicationRow.processed_on <= end))
    for payer, reasons, remarks, claim in session.execute(query):
        yield payer or "", reasons or "", remarks or "", claim


def _sign():  # noqa: ANN202 - a SQL CASE
    from sqlalchemy import case

    signs = {kind.value: kind.balance_sign for kind in EntryKind}
    return case(*((LedgerEntryRow.kind == kind, sign) for kind, sign in signs.items()), else_=0)


def _chunks(values: list[int], size: int = 900) -> Iterator[list[int]]:
    for index in range(0, len(values), size):
        yield values[index:index + size]
