"""What the exports to the practice system read, streamed in the order the files list them; queries only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
    Person,
)


def desk_payments(session: Session, since: date | None) -> Iterator[tuple[LedgerEntryRow, str, str, Person]]:
    """(entry, account number, claim, patient) for each payment or return taken at the desk, by date posted."""
    query = (select(LedgerEntryRow, Account.number, Encounter.claim_id, Person)
             .join(Account, Account.id == LedgerEntryRow.account_id)
             .join(Encounter, Encounter.id == LedgerEntryRow.encounter_id)
             .join(Person, Person.id == Encounter.patient_id)
             .where(LedgerEntryRow.kind == EntryKind.PATIENT_PAYMENT.value, LedgerEntryRow.import_batch_id.is_(None))
             .order_by(LedgerEntryRow.posted_on, LedgerEntryRow.id))
    if since is not None:
        query = query.where(LedgerEntryRow.posted_on >= since)
    yield from session.execute(query)


def contacts_with_people(session: Session, since: datetime | None
                         ) -> Iterator[tuple[ContactEventRow, str, Person, str | None]]:
    """(event, account number, person, their relationship on the account) for each contact, oldest first; an
    event comes twice when the person is on the account twice."""
    query = (select(ContactEventRow, Account.number, Person, AccountMember.relationship)
             .join(Account, Account.id == ContactEventRow.account_id)
             .join(Person, Person.id == ContactEventRow.person_id)
             .outerjoin(AccountMember, (AccountMember.account_id == ContactEventRow.account_id)
                        & (AccountMember.person_id == ContactEventRow.person_id))
             .order_by(ContactEventRow.at, ContactEventRow.id))
    if since is not None:
        query = query.where(ContactEventRow.at >= since)
    yield from session.execute(query)


def open_handoffs(session: Session, since: datetime | None) -> Iterator[tuple[ClaimHandoff, Encounter, str]]:
    """(hand-off, claim, account number) for each claim still with the billing team, oldest first."""
    query = (select(ClaimHandoff, Encounter, Account.number)
             .join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
             .join(Account, Account.id == Encounter.account_id)
             .where(ClaimHandoff.closed_at.is_(None)).order_by(ClaimHandoff.at, ClaimHandoff.id))
    if since is not None:
        query = query.where(ClaimHandoff.at >= since)
    yield from session.execute(query)


def sums_by_kind(session: Session, encounter_id: int) -> dict[str, int]:
    return {kind: int(total or 0) for kind, total in session.execute(
        select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
        .where(LedgerEntryRow.encounter_id == encounter_id).group_by(LedgerEntryRow.kind)).all()}


def reason_codes(session: Session, encounter_id: int) -> list[str]:
    """The payers' CARC codes on a claim, in the order they were recorded."""
    return [code for codes in session.scalars(select(AdjudicationRow.reason_codes).where(
        AdjudicationRow.encounter_id == encounter_id)) for code in codes.split(",") if code]
