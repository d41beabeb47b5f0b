"""Queries over accounts: one account with everything on it, the worklist page, and cached balances."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from collections_desktop.domain.search import digits, normalize_query
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AccountMember,
    Address,
    AdjudicationRow,
    ClaimHandoff,
    Email,
    Encounter,
    LedgerEntryRow,
    Person,
    Phone,
)
from collections_desktop.storage.search_index import account_filter

_PHONE_LIKE = re.compile(r"^\+?[\d().\- ]+$")


@dataclass
class AccountRecord:
    """Everything stored on one account, as rows, for services to turn into a view."""

    account: Account
    guarantor: Person
    members: list[tuple[AccountMember, Person]]
    addresses: dict[int, list[Address]]
    phones: dict[int, list[Phone]]
    emails: dict[int, list[Email]]
    flags: list[AccountFlagRow]
    encounters: list[Encounter]
    entries: dict[int, list[LedgerEntryRow]]
    adjudications: dict[int, list[AdjudicationRow]]
    # (claim, hand-off) for each claim still with the billing or denials team, oldest first
    handoffs: list[tuple[str, ClaimHandoff]]
    # the billing or denials team's latest answer per visit (encounter id), for the explanation
    answers: dict[int, str]


def _group(rows: Iterable, key: str) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in rows:
        grouped.setdefault(getattr(row, key), []).append(row)
    return grouped


def load_account(session: Session, number: str) -> AccountRecord | None:
    account = session.scalars(select(Account).where(Account.number == number)).first()
    if account is None:
        return None
    members = [(member, person) for member, person in session.execute(
        select(AccountMember, Person).join(Person, Person.id == AccountMember.person_id)
        .where(AccountMember.account_id == account.id).order_by(AccountMember.role, Person.id))]
    guarantor = session.get(Person, account.guarantor_id)
    if guarantor is None:
        raise LookupError(f"account {account.id} names a guarantor that is not stored")
    person_ids = {p.id for _, p in members} | {account.guarantor_id}
    encounters = list(session.scalars(
        select(Encounter).where(Encounter.account_id == account.id)
        .order_by(Encounter.service_date, Encounter.id)))
    encounter_ids = [e.id for e in encounters]
    return AccountRecord(
        account=account,
        guarantor=guarantor,
        members=members,
        addresses=_group(session.scalars(select(Address).where(Address.person_id.in_(person_ids))
                                         .order_by(Address.id)), "person_id"),
        phones=_group(session.scalars(select(Phone).where(Phone.person_id.in_(person_ids))
                                      .order_by(Phone.id)), "person_id"),
        emails=_group(session.scalars(select(Email).where(Email.person_id.in_(person_ids))
                                      .order_by(Email.id)), "person_id"),
        flags=list(session.scalars(select(AccountFlagRow).where(
            AccountFlagRow.account_id == account.id, AccountFlagRow.cleared_at.is_(None))
            .order_by(AccountFlagRow.kind))),
        encounters=encounters,
        entries=_group(session.scalars(select(LedgerEntryRow).where(
            LedgerEntryRow.encounter_id.in_(encounter_ids)).order_by(LedgerEntryRow.id)), "encounter_id"),
        adjudications=_group(session.scalars(select(AdjudicationRow).where(
            AdjudicationRow.encounter_id.in_(encounter_ids)).order_by(AdjudicationRow.sequence)),
            "encounter_id"),
        handoffs=[(claim, handoff) for handoff, claim in session.execute(
            select(ClaimHandoff, Encounter.claim_id).join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
            .where(Encounter.account_id == account.id, ClaimHandoff.closed_at.is_(None))
            .order_by(ClaimHandoff.at))],
        answers={encounter_id: answer for encounter_id, answer in session.execute(
            select(ClaimHandoff.encounter_id, ClaimHandoff.answer).where(
                ClaimHandoff.encounter_id.in_(encounter_ids), ClaimHandoff.closed_at.is_not(None),
                ClaimHandoff.answer != "").order_by(ClaimHandoff.closed_at))},
    )


@dataclass(frozen=True)
class WorklistRowRecord:
    account_id: int
    account_number: str
    first_name: str
    last_name: str
    patient_due_cents: int
    insurance_pending_cents: int
    oldest_anchor_date: date | None


def worklist_page(session: Session, *, only_due: bool, search: str = "", limit: int = 50,
                  offset: int = 0) -> list[WorklistRowRecord]:
    """A page of accounts; due accounts by balance, largest first, all accounts by guarantor name."""
    guarantor = aliased(Person)
    query = (
        select(Account.id, Account.number, guarantor.first_name, guarantor.last_name, Account.patient_due_cents,
               Account.insurance_pending_cents, Account.oldest_anchor_date)
        .join(guarantor, guarantor.id == Account.guarantor_id)
    )
    terms = search_terms(search)
    if terms:
        query = query.where(account_filter(terms, session.get_bind().dialect.name))
    if only_due:
        query = query.where(Account.patient_due_cents > 0).order_by(
            Account.patient_due_cents.desc(), Account.id)
    else:
        query = query.order_by(Account.sort_name, Account.id)
    rows = session.execute(query.limit(limit).offset(offset))
    return [WorklistRowRecord(*row) for row in rows]


def rows_for_ids(session: Session, ids: list[int]) -> list[WorklistRowRecord]:
    """The worklist columns of these accounts, in the order given."""
    guarantor = aliased(Person)
    found = {row[0]: WorklistRowRecord(*row) for row in session.execute(
        select(Account.id, Account.number, guarantor.first_name, guarantor.last_name, Account.patient_due_cents,
               Account.insurance_pending_cents, Account.oldest_anchor_date)
        .join(guarantor, guarantor.id == Account.guarantor_id).where(Account.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def search_terms(text: str) -> list[tuple[str, ...]]:
    """Folded words of a search, each with its alternatives: "(212) 555-0143" also matches as digits."""
    folded = normalize_query(text)
    if _PHONE_LIKE.match(folded) and len(digits(folded)) >= 7:
        return [(folded.replace(" ", ""), digits(folded))]
    terms: list[tuple[str, ...]] = []
    for word in folded.split():
        only_digits = digits(word)
        if len(only_digits) >= 7 and only_digits != word:
            terms.append((word, only_digits))
        else:
            terms.append((word,))
    return terms


def totals(session: Session) -> tuple[int, int, int]:
    """(accounts, accounts with a patient balance, total patient due in cents)."""
    due = Account.patient_due_cents > 0
    row = session.execute(select(
        func.count(Account.id),
        func.count(Account.id).filter(due),
        func.coalesce(func.sum(Account.patient_due_cents).filter(due), 0),
    )).one()
    return int(row[0]), int(row[1]), int(row[2])


def plan_candidates(session: Session, low_cents: int, high_cents: int, count: int,
                    skip_states: tuple[str, ...] = ("CA",)) -> list[str]:
    """Account numbers owing between the two figures, with no hold, whose guarantor lives outside `skip_states`."""
    held = select(AccountFlagRow.account_id).where(AccountFlagRow.cleared_at.is_(None))
    skipped = select(Address.person_id).where(Address.state.in_(skip_states))
    return list(session.scalars(select(Account.number).where(
        Account.patient_due_cents.between(low_cents, high_cents), Account.id.not_in(held),
        Account.guarantor_id.not_in(skipped)).order_by(Account.id).limit(count)))
