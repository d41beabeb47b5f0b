"""Reads and writes for letters: what each visit's services were called, and the letters kept for an account."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import ENTRY_KINDS, EntryKind
from collections_desktop.storage.letter_models import AccountDocumentRow
from collections_desktop.storage.models import Encounter, LedgerEntryRow, ServiceLine
from collections_desktop.storage.types import utc_now


def service_descriptions(session: Session, account_id: int) -> dict[str, str]:
    """Claim -> its services as the practice named them ("Office visit, est. patient; Lipid panel"), or their
    procedure codes where the PM file gave no description."""
    found: dict[str, list[str]] = {}
    query = (select(Encounter.claim_id, ServiceLine.procedure_code, ServiceLine.description)
             .join(ServiceLine, ServiceLine.encounter_id == Encounter.id)
             .where(Encounter.account_id == account_id).order_by(Encounter.id, ServiceLine.line_no))
    for claim, code, description in session.execute(query):
        found.setdefault(claim, []).append(description or code)
    return {claim: "; ".join(names) for claim, names in found.items()}


def service_lines(session: Session, account_id: int) -> dict[str, list[tuple[str, str, int, int]]]:
    """Claim -> its lines as billed: (procedure code, description, units, billed cents), in line order."""
    found: dict[str, list[tuple[str, str, int, int]]] = {}
    query = (select(Encounter.claim_id, ServiceLine.procedure_code, ServiceLine.description, ServiceLine.units,
                    ServiceLine.billed_cents)
             .join(ServiceLine, ServiceLine.encounter_id == Encounter.id)
             .where(Encounter.account_id == account_id).order_by(Encounter.id, ServiceLine.line_no))
    for claim, code, description, units, billed in session.execute(query):
        found.setdefault(claim, []).append((code, description or "", int(units or 1), int(billed)))
    return found


def keep_document(session: Session, account_id: int, kind: str, language: str, content: bytes,
                  contact_event_id: int | None) -> AccountDocumentRow:
    row = AccountDocumentRow(account_id=account_id, kind=kind, language=language, content=content,
                             sha256=hashlib.sha256(content).hexdigest(), created_at=utc_now(),
                             contact_event_id=contact_event_id)
    session.add(row)
    session.flush()
    return row


def documents_of(session: Session, account_id: int) -> list[AccountDocumentRow]:
    return list(session.scalars(select(AccountDocumentRow).where(AccountDocumentRow.account_id == account_id)
                                .order_by(AccountDocumentRow.id)))


def first_statement_on(session: Session, account_id: int) -> date | None:
    """The day the account's first statement went out for any of its visits, if known (501(r) counts from it)."""
    return session.scalar(select(func.min(Encounter.first_statement_date)).where(Encounter.account_id == account_id))


def last_statement_on(session: Session, account_id: int) -> date | None:
    """The day of the account's latest statement: one the desk produced, else the first the PM system sent."""
    produced = session.scalar(select(func.max(AccountDocumentRow.created_at)).where(
        AccountDocumentRow.account_id == account_id, AccountDocumentRow.kind == "statement"))
    sent = session.scalar(select(func.max(Encounter.first_statement_date)).where(Encounter.account_id == account_id))
    days = [d for d in (produced.date() if produced is not None else None, sent) if d is not None]
    return max(days, default=None)


def patient_postings(session: Session, account_id: int) -> list[tuple[EntryKind, int, date]]:
    """(kind, cents as posted, day) of every posting on the account's visits insurance no longer holds."""
    query = (select(LedgerEntryRow.kind, LedgerEntryRow.amount_cents, LedgerEntryRow.posted_on)
             .join(Encounter, Encounter.id == LedgerEntryRow.encounter_id)
             .where(Encounter.account_id == account_id, Encounter.insurance_pending == false()))
    return [(ENTRY_KINDS[kind], int(cents), posted) for kind, cents, posted in session.execute(query)]

