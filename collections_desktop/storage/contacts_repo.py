"""Queries behind the compliance engine: a person's contact points, recent contacts and the account's holds."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage import phone_reads
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AccountMember,
    Address,
    ContactEventRow,
    Email,
    LedgerEntryRow,
    Person,
    Phone,
)
from collections_desktop.storage.phone_reads import PhoneInputs


def lock_person(session: Session, person_id: int) -> None:
    """Holds the person's row until the transaction ends (a team server; a vault's writer lock already does)."""
    session.execute(select(Person.id).where(Person.id == person_id).with_for_update())


def account_by_number(session: Session, number: str, *, for_update: bool = False) -> Account | None:
    """The account; with `for_update` locked until the transaction ends, its balance read fresh (a team server:
    two desks posting to one account take turns, neither computing the balance from a stale figure)."""
    query = select(Account).where(Account.number == number)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).first()


def members(session: Session, account_ids: Iterable[int]) -> list[tuple[AccountMember, Person]]:
    return list(session.execute(
        select(AccountMember, Person).join(Person, Person.id == AccountMember.person_id)
        .where(AccountMember.account_id.in_(list(account_ids))).order_by(AccountMember.role, Person.id)))


def contact_points(session: Session, person_ids: Iterable[int]) -> tuple[list[Phone], list[Email], list[Address]]:
    ids = list(person_ids)
    return (list(session.scalars(select(Phone).where(Phone.person_id.in_(ids)).order_by(Phone.id))),
            list(session.scalars(select(Email).where(Email.person_id.in_(ids)).order_by(Email.id))),
            list(session.scalars(select(Address).where(Address.person_id.in_(ids)).order_by(Address.id))))


def history(session: Session, person_ids: Iterable[int], since: datetime) -> list[ContactEventRow]:
    """Every contact with these people since `since`, across all their accounts (7-in-7 is per person)."""
    return list(session.scalars(select(ContactEventRow).where(
        ContactEventRow.person_id.in_(list(person_ids)), ContactEventRow.at >= since).order_by(ContactEventRow.at)))


def stop_events(session: Session, person_ids: Iterable[int]) -> list[ContactEventRow]:
    """Opt-outs and stated inconvenient times never expire, so they are read whatever their age."""
    return list(session.scalars(select(ContactEventRow).where(
        ContactEventRow.person_id.in_(list(person_ids)),
        ContactEventRow.outcome.in_(("OPT_OUT", "INCONVENIENT_TIME"))).order_by(ContactEventRow.at)))


def active_flags(session: Session, account_ids: Iterable[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for account_id, kind in session.execute(select(AccountFlagRow.account_id, AccountFlagRow.kind).where(
            AccountFlagRow.account_id.in_(list(account_ids)), AccountFlagRow.cleared_at.is_(None))):
        found.setdefault(account_id, set()).add(kind)
    return found


def set_flag(session: Session, account_id: int, kind: str, now: datetime, details: str = "{}") -> bool:
    """Sets a hold once, with what is known about it (JSON); returns False when it was already active."""
    if kind in active_flags(session, [account_id]).get(account_id, set()):
        return False
    session.add(AccountFlagRow(account_id=account_id, kind=kind, set_at=now, details=details))
    return True


def clear_flag(session: Session, account_id: int, kind: str, now: datetime, outcome: str = "") -> bool:
    """Releases an active hold (the row stays, with when it was cleared and how it ended); False when none was
    active."""
    rows = session.scalars(select(AccountFlagRow).where(AccountFlagRow.account_id == account_id,
                                                        AccountFlagRow.kind == kind,
                                                        AccountFlagRow.cleared_at.is_(None))).all()
    for row in rows:
        row.cleared_at, row.outcome = now, outcome
    return bool(rows)


def phone_inputs(session: Session, since: datetime, numbers: list[str] | None = None, *,
                 today_only: bool = False) -> Iterator[PhoneInputs]:
    """The compliance engine's inputs for every (or the named) account, streamed in the session's transaction."""
    return phone_reads.phone_inputs(driver(session), since, numbers,
                                    today_only=today_only)


def dispute_verified(session: Session, account_id: int) -> bool:
    """True when verification was sent after the account's open dispute was raised (F-11)."""
    raised = session.scalar(select(AccountFlagRow.set_at).where(
        AccountFlagRow.account_id == account_id, AccountFlagRow.kind == "dispute",
        AccountFlagRow.cleared_at.is_(None)).order_by(AccountFlagRow.set_at.desc()))
    if raised is None:
        return False
    details = session.scalar(select(AccountFlagRow.details).where(
        AccountFlagRow.account_id == account_id, AccountFlagRow.kind == "dispute",
        AccountFlagRow.cleared_at.is_(None)).order_by(AccountFlagRow.set_at.desc()))
    if "verification_sent_on" in json.loads(details or "{}"):
        return True
    return session.scalar(select(ContactEventRow.id).where(
        ContactEventRow.account_id == account_id, ContactEventRow.outcome == "VERIFICATION_SENT",
        ContactEventRow.at >= raised).limit(1)) is not None


def last_outbound_at(session: Session, account_id: int, channel: str, since: datetime | None = None,
                     excluding_notes: tuple[str, ...] = ()) -> datetime | None:
    """When the account was last reached out to by `channel` (at or after `since`; a contact whose note is one of
    `excluding_notes` left out), if ever."""
    query = select(ContactEventRow.at).where(ContactEventRow.account_id == account_id,
                                             ContactEventRow.channel == channel,
                                             ContactEventRow.direction == "outbound")
    if excluding_notes:
        query = query.where(ContactEventRow.note.not_in(excluding_notes))
    if since is not None:
        query = query.where(ContactEventRow.at >= since)
    return session.scalars(query.order_by(ContactEventRow.at.desc()).limit(1)).first()


def first_phone(session: Session, person_id: int) -> str | None:
    return session.scalars(select(Phone.number).where(Phone.person_id == person_id).limit(1)).first()


def accounts_flagged(session: Session, kind: str) -> list[Account]:
    """Accounts carrying an uncleared flag of `kind`, by account number."""
    return list(session.scalars(select(Account).join(AccountFlagRow, AccountFlagRow.account_id == Account.id)
                                .where(AccountFlagRow.kind == kind, AccountFlagRow.cleared_at.is_(None))
                                .order_by(Account.number)))


def patient_paid_by_visit(session: Session, encounter_ids: Iterable[int]) -> dict[int, int]:
    """The patient payments posted to each visit, in cents (returns are their own entries)."""
    ids = list(encounter_ids)
    if not ids:
        return {}
    rows = session.execute(select(LedgerEntryRow.encounter_id, func.sum(LedgerEntryRow.amount_cents))
                           .where(LedgerEntryRow.encounter_id.in_(ids),
                                  LedgerEntryRow.kind == EntryKind.PATIENT_PAYMENT.value)
                           .group_by(LedgerEntryRow.encounter_id)).all()
    return {encounter_id: int(total or 0) for encounter_id, total in rows}


def first_email(session: Session, person_id: int) -> str:
    """An address the person has not opted out of, or ""."""
    return session.scalars(select(Email.address).where(Email.person_id == person_id,
                                                       Email.opted_out.is_(False)).limit(1)).first() or ""


def first_address(session: Session, person_id: int) -> Address | None:
    return session.scalars(select(Address).where(Address.person_id == person_id).order_by(Address.id).limit(1)).first()


def open_flags(session: Session, account_id: int, kind: str | None = None) -> list[AccountFlagRow]:
    """The account's flags not cleared yet (of `kind` only, if given)."""
    query = select(AccountFlagRow).where(AccountFlagRow.account_id == account_id, AccountFlagRow.cleared_at.is_(None))
    if kind is not None:
        query = query.where(AccountFlagRow.kind == kind)
    return list(session.scalars(query))


def account_id(session: Session, number: str) -> int | None:
    return session.scalars(select(Account.id).where(Account.number == number)).first()


def account_patient(session: Session, account_id: int) -> int | None:
    """The person on the account in the patient role, if one is named."""
    return session.scalars(select(AccountMember.person_id).where(
        AccountMember.account_id == account_id, AccountMember.role == "patient")).first()


def opt_out_email(session: Session, person_id: int, address: str) -> None:
    """The person asked for no more e-mail at this address."""
    for email in session.scalars(select(Email).where(Email.person_id == person_id, Email.address == address)):
        email.opted_out = True


def person(session: Session, person_id: int) -> Person:
    """A person the caller's rows point at (an account's guarantor, a member): a missing one is a broken vault."""
    found = session.get(Person, person_id)
    if found is None:
        raise LookupError(f"person {person_id} is referred to and not stored")
    return found


def account_by_id(session: Session, account_id: int) -> Account:
    """An account another row points at (a plan, a claim): a missing one is a broken vault."""
    found = session.get(Account, account_id)
    if found is None:
        raise LookupError(f"account {account_id} is referred to and not stored")
    return found
