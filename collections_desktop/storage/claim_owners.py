"""Who a claim id already belongs to, who is on an account, and the ids other systems gave a person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.identity import PatientKey
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    AdjudicationRow,
    Encounter,
    LedgerEntryRow,
    Person,
    PersonIdentifier,
    PostingSource,
)


@dataclass(frozen=True)
class ClaimOwner:
    """An encounter already in the vault under a claim id, with its account and patient."""

    encounter_id: int
    account_id: int
    account_number: str
    patient: PatientKey


def claims_with_id(session: Session, claim_id: str) -> list[ClaimOwner]:
    """Every visit stored under this claim id, whichever account and patient it is on (oldest first)."""
    rows = session.execute(
        select(Encounter.id, Encounter.account_id, Account.number, Encounter.service_date, Person.first_name,
               Person.last_name, Person.member_id)
        .join(Account, Account.id == Encounter.account_id).join(Person, Person.id == Encounter.patient_id)
        .where(Encounter.claim_id == claim_id).order_by(Encounter.id)).all()
    return [ClaimOwner(encounter_id, account_id, number, PatientKey(first, last, member, service_date))
            for encounter_id, account_id, number, service_date, first, last, member in rows]


def remitted_net(session: Session, encounter_id: int, payer_claim_id: str, sequence: int) -> int:
    """What the remittances of one payer claim number posted to a visit, after any reversal of them, when the
    payer at this place in the order (primary, secondary…) has already processed the visit; else 0."""
    processed = session.scalar(select(AdjudicationRow.id).where(AdjudicationRow.encounter_id == encounter_id,
                                                                AdjudicationRow.sequence == sequence))
    if processed is None:
        return 0
    return int(session.scalar(select(func.coalesce(func.sum(func.abs(LedgerEntryRow.amount_cents)
                                                             * case((LedgerEntryRow.method == "reversal", -1),
                                                                    else_=1)), 0))
                              .where(LedgerEntryRow.encounter_id == encounter_id,
                                     LedgerEntryRow.method.in_(("remit", "reversal")),
                                     LedgerEntryRow.reference == payer_claim_id[:60])) or 0)


def account_people(session: Session, account_id: int) -> list[tuple[int, PatientKey]]:
    """(person id, name and member id) of everyone on the account, the guarantor first."""
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.member_id, AccountMember.role)
        .join(AccountMember, AccountMember.person_id == Person.id)
        .where(AccountMember.account_id == account_id)).all()
    rows = sorted(rows, key=lambda row: (row[4] != "guarantor", row[0]))
    seen: dict[int, PatientKey] = {}
    for person_id, first, last, member, _role in rows:
        seen.setdefault(person_id, PatientKey(first, last, member))
    return list(seen.items())


def people_by_identifier(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(system, value) -> person id for the identifiers already in the vault."""
    wanted = {(system[:200], value[:120]) for system, value in keys}
    found: dict[tuple[str, str], int] = {}
    values = sorted({value for _system, value in wanted})
    for start in range(0, len(values), 500):
        for person_id, system, value in session.execute(
                select(PersonIdentifier.person_id, PersonIdentifier.system, PersonIdentifier.value)
                .where(PersonIdentifier.value.in_(values[start:start + 500]))):
            if (system, value) in wanted:
                found[(system, value)] = person_id
    return found


def account_of_person(session: Session, person_id: int) -> tuple[str, int] | None:
    """(account number, account id) of the account this person is on, their own (as guarantor) first."""
    row = session.execute(
        select(Account.number, Account.id).join(AccountMember, AccountMember.account_id == Account.id)
        .where(AccountMember.person_id == person_id)
        .order_by((AccountMember.role != "guarantor"), Account.id).limit(1)).first()
    return None if row is None else (row[0], row[1])


def add_identifiers(session: Session, person_id: int, keys: Iterable[tuple[str, str]]) -> None:
    """Keeps the ids another system gave this person; one already kept (for anyone) is left as it is."""
    keys = [(system[:200], value[:120]) for system, value in keys if value]
    known = people_by_identifier(session, keys)
    for system, value in dict.fromkeys(keys):
        if (system, value) not in known:
            session.add(PersonIdentifier(person_id=person_id, system=system, value=value))


def source_posted(session: Session, source_key: str) -> bool:
    """True when any posting keyed under `source_key` exists; a key range, so the unique index answers it
    (LIKE would scan every posting)."""
    return (session.scalar(select(func.count()).select_from(PostingSource).where(
        PostingSource.source_key >= source_key + ":", PostingSource.source_key < source_key + ";")) or 0) > 0


def remitted_by_kind(session: Session, encounter_id: int, payer_claim_id: str) -> list[tuple[str, int]]:
    """What earlier remittances of one payer claim posted to the visit, kind by kind (what a reversal takes back)."""
    rows = session.execute(
        select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
        .where(LedgerEntryRow.encounter_id == encounter_id, LedgerEntryRow.method == "remit",
               LedgerEntryRow.reference == payer_claim_id[:60])
        .group_by(LedgerEntryRow.kind)).all()
    return [(kind, int(total or 0)) for kind, total in rows]


def adjudication_of(session: Session, encounter_id: int, sequence: int) -> AdjudicationRow | None:
    return session.scalars(select(AdjudicationRow).where(
        AdjudicationRow.encounter_id == encounter_id, AdjudicationRow.sequence == sequence)).first()


def adjudications_before(session: Session, encounter_id: int, sequence: int) -> list[AdjudicationRow]:
    """The earlier payers' adjudications of a visit (primary before secondary, …)."""
    return list(session.scalars(select(AdjudicationRow).where(
        AdjudicationRow.encounter_id == encounter_id, AdjudicationRow.sequence < sequence)))
