"""Re-derives an account's cached balances from its ledger through the domain rules, after any posting."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.aging import aging_anchor
from collections_desktop.domain.ledger import (
    ENTRY_KINDS,
    AccountBalance,
    EncounterBalance,
    EncounterForAging,
    LedgerEntry,
    account_balance,
    balance_from_totals,
    encounter_balance,
)
from collections_desktop.storage.bulk import slices
from collections_desktop.storage.models import Account, Encounter, LedgerEntryRow


@dataclass(frozen=True)
class BalanceChange:
    account_id: int
    patient_due_before: int
    patient_due_after: int
    insurance_pending_before: int
    insurance_pending_after: int

    @property
    def paid_off(self) -> bool:
        """The patient owed something before and owes nothing now."""
        return self.patient_due_before > 0 >= self.patient_due_after


def encounter_balances(session: Session, account_id: int) -> list[tuple[Encounter, EncounterBalance]]:
    encounters = list(session.scalars(select(Encounter).where(Encounter.account_id == account_id)))
    entries: dict[int, list[LedgerEntry]] = {e.id: [] for e in encounters}
    for row in session.execute(select(LedgerEntryRow.encounter_id, LedgerEntryRow.kind, LedgerEntryRow.amount_cents,
                                      LedgerEntryRow.posted_on).where(
                                          LedgerEntryRow.encounter_id.in_([e.id for e in encounters]))):
        entries[row.encounter_id].append(LedgerEntry(ENTRY_KINDS[row.kind], row.amount_cents, row.posted_on))
    return [(e, encounter_balance(entries[e.id], e.insurance_pending)) for e in encounters]


def visit_from_totals(service_date: date, first_statement_date: date | None, insurance_pending: bool,
                      totals: dict[str, int]) -> EncounterForAging:
    """One visit's aging inputs from its ledger totals per kind (the stored kind text -> cents)."""
    by_kind = {ENTRY_KINDS[kind]: cents for kind, cents in totals.items()}
    return EncounterForAging(service_date, first_statement_date, balance_from_totals(by_kind, insurance_pending))


def account_figures(visits: list[EncounterForAging], as_of: date) -> tuple[AccountBalance, date | None]:
    """An account's totals and the aging anchor of its oldest visit the patient still owes on."""
    anchors = [aging_anchor(v.service_date, v.first_statement_date) for v in visits
               if v.balance.patient_balance_cents > 0]
    return account_balance(visits, as_of), min(anchors) if anchors else None


def refresh_accounts(session: Session, account_ids: Iterable[int], as_of: date) -> list[BalanceChange]:
    """Recomputes patient due, insurance pending and the oldest aging anchor; returns what changed."""
    changes = []
    session.flush()
    for account_id in sorted(set(account_ids)):
        account = session.get(Account, account_id)
        if account is None:
            continue
        totals, anchor = account_figures([EncounterForAging(e.service_date, e.first_statement_date, b)
                                   for e, b in encounter_balances(session, account_id)], as_of)
        before = (account.patient_due_cents, account.insurance_pending_cents)
        account.patient_due_cents = totals.patient_due_cents
        account.insurance_pending_cents = totals.insurance_pending_cents
        account.oldest_anchor_date = anchor
        if before != (totals.patient_due_cents, totals.insurance_pending_cents):
            changes.append(BalanceChange(account_id, before[0], totals.patient_due_cents, before[1],
                                         totals.insurance_pending_cents))
    return changes


def refresh_accounts_bulk(session: Session, account_ids: Iterable[int], as_of: date,
                          chunk: int = 500) -> Iterator[BalanceChange]:
    """The same figures for many accounts at once (imports): a few set queries per chunk and one UPDATE.

    Writes through SQL, not the objects: the session is flushed and forgets its objects first.
    Yields each account whose balance moved, chunk by chunk, so however many accounts an import
    touched the changes are never all held at once."""
    session.flush()
    session.expunge_all()
    table = Account.__table__
    assert isinstance(table, Table)  # noqa: S101 - a declarative model's table
    update_row = table.update().where(table.c.id == bindparam("b_id")).values(
        patient_due_cents=bindparam("b_due"), insurance_pending_cents=bindparam("b_pending"),
        oldest_anchor_date=bindparam("b_anchor"), version_id=table.c.version_id + 1)
    for part in slices(sorted(set(account_ids)), chunk):
        before = {i: (due, pending) for i, due, pending in session.execute(
            select(Account.id, Account.patient_due_cents, Account.insurance_pending_cents)
            .where(Account.id.in_(part)))}
        encounters = {e_id: (a_id, served, stated, pending) for e_id, a_id, served, stated, pending in session.execute(
            select(Encounter.id, Encounter.account_id, Encounter.service_date, Encounter.first_statement_date,
                   Encounter.insurance_pending).where(Encounter.account_id.in_(part)))}
        by_kind: dict[int, dict[str, int]] = {e: {} for e in encounters}
        for e_id, kind, total in session.execute(
                select(LedgerEntryRow.encounter_id, LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
                .where(LedgerEntryRow.encounter_id.in_(list(encounters)))
                .group_by(LedgerEntryRow.encounter_id, LedgerEntryRow.kind)):
            by_kind[e_id][kind] = int(total)
        per_account: dict[int, list[EncounterForAging]] = {i: [] for i in part}
        for e_id, (a_id, served, stated, pending) in encounters.items():
            per_account[a_id].append(visit_from_totals(served, stated, pending, by_kind[e_id]))
        rows, changes = [], []
        for a_id in part:
            totals, anchor = account_figures(per_account[a_id], as_of)
            rows.append({"b_id": a_id, "b_due": totals.patient_due_cents, "b_pending": totals.insurance_pending_cents,
                         "b_anchor": anchor})
            old = before.get(a_id, (0, 0))
            if old != (totals.patient_due_cents, totals.insurance_pending_cents):
                changes.append(BalanceChange(a_id, old[0], totals.patient_due_cents, old[1],
                                             totals.insurance_pending_cents))
        session.execute(update_row, rows)
        yield from changes
