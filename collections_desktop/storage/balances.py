"""Re-derives an account's cached balances from its ledger through the domain rules, after any posting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from collections_desktop.domain.aging import aging_anchor
from collections_desktop.domain.ledger import (
    EncounterBalance,
    EncounterForAging,
    EntryKind,
    LedgerEntry,
    account_balance,
    encounter_balance,
)
from collections_desktop.storage.models import Account, Encounter, LedgerEntryRow


@dataclass(frozen=True)
class BalanceChange:
    account_id: int
    patient_due_before: int
    patient_due_after: int
    insurance_pending_before: int
    insurance_pending_after: int


def encounter_balances(session: Session, account_id: int) -> list[tuple[Encounter, EncounterBalance]]:
    encounters = list(session.scalars(select(Encounter).where(Encounter.account_id == account_id)))
    entries: dict[int, list[LedgerEntry]] = {e.id: [] for e in encounters}
    for row in session.execute(select(LedgerEntryRow.encounter_id, LedgerEntryRow.kind, LedgerEntryRow.amount_cents,
                                      LedgerEntryRow.posted_on).where(
                                          LedgerEntryRow.encounter_id.in_([e.id for e in encounters]))):
        entries[row.encounter_id].append(LedgerEntry(EntryKind(row.kind), row.amount_cents, row.posted_on))
    return [(e, encounter_balance(entries[e.id], e.insurance_pending)) for e in encounters]


def refresh_accounts(session: Session, account_ids: Iterable[int], as_of: date) -> list[BalanceChange]:
    """Recomputes patient due, insurance pending and the oldest aging anchor; returns what changed."""
    changes = []
    session.flush()
    for account_id in sorted(set(account_ids)):
        account = session.get(Account, account_id)
        pairs = encounter_balances(session, account_id)
        totals = account_balance(
            [EncounterForAging(e.service_date, e.first_statement_date, b) for e, b in pairs], as_of)
        anchors = [aging_anchor(e.service_date, e.first_statement_date) for e, b in pairs
                   if b.patient_balance_cents > 0]
        before = (account.patient_due_cents, account.insurance_pending_cents)
        account.patient_due_cents = totals.patient_due_cents
        account.insurance_pending_cents = totals.insurance_pending_cents
        account.oldest_anchor_date = min(anchors) if anchors else None
        if before != (totals.patient_due_cents, totals.insurance_pending_cents):
            changes.append(BalanceChange(account_id, before[0], totals.patient_due_cents, before[1],
                                         totals.insurance_pending_cents))
    return changes
