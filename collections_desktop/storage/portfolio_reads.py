"""The portfolio's reads: the ledger summed by aging anchor and month, and today's balances on hold or waiting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import false, func, literal_column, select, text
from sqlalchemy.orm import Session

from collections_desktop.domain.flags import AccountFlag
from collections_desktop.storage.kept_sums import FLOW_TABLE, kept
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AdjudicationRow,
    ClaimHandoff,
    Encounter,
    LedgerEntryRow,
)


def ledger_by_anchor(session: Session, last: date) -> Iterator[tuple[date, date, str, int]]:
    """(aging anchor, first day of the month the money became the patient's, kind, cents as stored) for every
    posting that had by `last`, on visits insurance no longer holds. A visit becomes the patient's to pay on its
    first statement; without one, on the day its primary payer processed it, else on the day of service (and
    never before its aging anchor): money posted earlier moves on that day. A few thousand groups whatever the
    ledger's size.

    A vault keeps these sums by the day as it changes (receivable_flow, 0032), so only they are read; a team
    server groups the ledger itself."""
    if not kept(session):
        rows = _ledger_grouped(session, last)
    else:
        month = func.substr(literal_column("moved"), 1, 7)
        rows = session.execute(select(literal_column("anchor"), month, literal_column("kind"),
                                      func.sum(literal_column("cents")))
                               .select_from(text(FLOW_TABLE))
                               .where(literal_column("moved") <= last.isoformat())
                               .group_by(literal_column("anchor"), month, literal_column("kind"))
                               .having(func.sum(literal_column("cents")) != 0))
    days: dict[str, date] = {}
    for stored_anchor, month, kind, cents in rows:
        day = days.get(stored_anchor)
        if day is None:
            day = days[stored_anchor] = date.fromisoformat(str(stored_anchor)[:10])
        first = days.get(month)
        if first is None:
            first = days[month] = date.fromisoformat(f"{month}-01")
        yield day, first, kind, int(cents or 0)


def _ledger_grouped(session: Session, last: date):  # noqa: ANN202 - result rows
    """The same sums grouped from the ledger on a team server (dates are dates there)."""
    anchor = func.coalesce(Encounter.first_statement_date, Encounter.service_date)
    processed = (select(AdjudicationRow.processed_on)
                 .where(AdjudicationRow.encounter_id == Encounter.id, AdjudicationRow.sequence == literal_column("1"))
                 .scalar_subquery())
    becomes = func.coalesce(Encounter.first_statement_date, processed, Encounter.service_date)
    moved = func.greatest(LedgerEntryRow.posted_on, anchor, becomes)
    month = func.to_char(moved, "YYYY-MM")
    return session.execute(
        select(func.to_char(anchor, "YYYY-MM-DD"), month, LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
        .join(Encounter, Encounter.id == LedgerEntryRow.encounter_id)
        .where(Encounter.insurance_pending == false(), moved <= last)
        .group_by(anchor, month, LedgerEntryRow.kind))


def balances_on_hold(session: Session) -> Iterator[tuple[str, int, int]]:
    """(hold kind, accounts, what their patients owe) for the holds standing now."""
    held = (select(AccountFlagRow.kind, AccountFlagRow.account_id)
            .where(AccountFlagRow.cleared_at.is_(None), AccountFlagRow.kind != AccountFlag.INSURANCE_PENDING.value)
            .distinct().subquery())
    query = (select(held.c.kind, func.count(), func.coalesce(func.sum(Account.patient_due_cents), 0))
             .join(Account, Account.id == held.c.account_id).group_by(held.c.kind))
    for kind, accounts, cents in session.execute(query):
        yield kind, int(accounts), int(cents)


def insurance_pending(session: Session) -> tuple[int, int]:
    """(accounts, cents) insurance still holds now."""
    accounts, cents = session.execute(
        select(func.count(), func.coalesce(func.sum(Account.insurance_pending_cents), 0))
        .where(Account.insurance_pending_cents > literal_column("0"))).one()
    return int(accounts), int(cents)


def with_billing(session: Session) -> tuple[int, int]:
    """(accounts, what their patients owe) for accounts with a claim handed to the billing or denials team
    and not yet answered."""
    waiting = (select(Encounter.account_id).join(ClaimHandoff, ClaimHandoff.encounter_id == Encounter.id)
               .where(ClaimHandoff.closed_at.is_(None)).distinct().subquery())
    accounts, cents = session.execute(
        select(func.count(), func.coalesce(func.sum(Account.patient_due_cents), 0))
        .join(waiting, waiting.c.account_id == Account.id)).one()
    return int(accounts), int(cents)
