"""What the review before a call reads about one account, and the claim a hand-off names; queries only."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import (
    Account,
    ClaimHandoff,
    Encounter,
    ImportBatch,
    LedgerEntryRow,
    ServiceLine,
)


def claims_waiting_on_insurance(session: Session, account_id: int) -> list[str]:
    return list(session.scalars(select(Encounter.claim_id).where(
        Encounter.account_id == account_id, Encounter.insurance_pending.is_(True))))


def claims_with_billing(session: Session, account_id: int) -> list[str]:
    """Claims handed to the billing team and not yet answered."""
    return list(session.scalars(select(Encounter.claim_id).join(ClaimHandoff).where(
        Encounter.account_id == account_id, ClaimHandoff.closed_at.is_(None))))


def last_import_and_changes_since(session: Session, account_id: int) -> tuple[datetime | None, int]:
    """When an import last posted to the account, and how many postings made at the desk came after it."""
    claims = select(Encounter.id).where(Encounter.account_id == account_id)
    last_import = session.scalar(select(func.max(ImportBatch.at)).join(
        LedgerEntryRow, LedgerEntryRow.import_batch_id == ImportBatch.id).where(
        LedgerEntryRow.encounter_id.in_(claims)))
    if last_import is None:
        return None, 0
    later = session.scalar(select(func.count()).select_from(LedgerEntryRow).where(
        LedgerEntryRow.encounter_id.in_(claims), LedgerEntryRow.created_at > last_import,
        LedgerEntryRow.import_batch_id.is_(None)))
    return last_import, later or 0


def repeated_charges(session: Session, account_id: int) -> list[tuple[date, str, int, int]]:
    """(service date, procedure code, amount, times) for each charge billed more than once on the same day."""
    rows = session.execute(select(Encounter.service_date, ServiceLine.procedure_code, ServiceLine.billed_cents,
                                  func.count()).join(ServiceLine).where(Encounter.account_id == account_id)
                           .group_by(Encounter.service_date, ServiceLine.procedure_code, ServiceLine.billed_cents)
                           .having(func.count() > 1)).all()
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def other_accounts_in_credit(session: Session, account: Account) -> list[str]:
    """The guarantor's other accounts that hold a credit."""
    return list(session.scalars(select(Account.number).where(
        Account.guarantor_id == account.guarantor_id, Account.id != account.id, Account.patient_due_cents < 0)))


def claim_of(session: Session, account_id: int, claim_id: str) -> Encounter | None:
    return session.scalars(select(Encounter).where(
        Encounter.account_id == account_id, Encounter.claim_id == claim_id)).first()


def open_handoff(session: Session, encounter_id: int) -> ClaimHandoff | None:
    return session.scalars(select(ClaimHandoff).where(
        ClaimHandoff.encounter_id == encounter_id, ClaimHandoff.closed_at.is_(None))).first()
