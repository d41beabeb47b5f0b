"""Queries behind the compliance engine: a person's contact points, recent contacts and the account's holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from collections_desktop.storage.fast_read import driver_rows
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AccountMember,
    Address,
    ContactEventRow,
    Email,
    Person,
    Phone,
)


def account_by_number(session: Session, number: str) -> Account | None:
    return session.scalars(select(Account).where(Account.number == number)).first()


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


def set_flag(session: Session, account_id: int, kind: str, now: datetime) -> bool:
    """Sets a hold once; returns False when it was already active."""
    if kind in active_flags(session, [account_id]).get(account_id, set()):
        return False
    session.add(AccountFlagRow(account_id=account_id, kind=kind, set_at=now))
    return True


@dataclass
class PhoneSnapshot:
    """What the engine needs to decide on phoning every (or some) account's guarantor, keyed for lookup."""

    accounts: list[tuple[int, str, int]]  # (account id, number, guarantor person id)
    addresses: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # person -> (kind, zip)
    phones: dict[int, list[tuple[str, str, bool]]] = field(default_factory=dict)  # person -> (number, kind, consent)
    flags: dict[int, set[str]] = field(default_factory=dict)  # account -> holds
    # person -> recent contacts, and opt-outs and inconvenient times (rows of at, person_id, channel,
    # outcome, direction, detail)
    history: dict[int, list] = field(default_factory=dict)
    stops: dict[int, list] = field(default_factory=dict)


def phone_snapshot(session: Session, since: datetime, numbers: list[str] | None = None) -> PhoneSnapshot:
    """Every (or the named) account's guarantor with addresses, phones, holds and recent contacts, in a few
    whole-table reads rather than a query per account."""
    query = select(Account.id, Account.number, Account.guarantor_id).order_by(Account.id)
    if numbers is not None:
        query = query.where(Account.number.in_(numbers))
    snapshot = PhoneSnapshot(driver_rows(session, query))
    address_query = select(Address.person_id, Address.kind, Address.zip)
    phone_query = select(Phone.person_id, Phone.number, Phone.kind, Phone.consent_to_text).order_by(Phone.id)
    flag_query = select(AccountFlagRow.account_id, AccountFlagRow.kind).where(AccountFlagRow.cleared_at.is_(None))
    # Only the columns the engine reads, as rows: tens of thousands of mapped objects cost more than the query.
    event_query = select(ContactEventRow.at, ContactEventRow.person_id, ContactEventRow.channel,
                         ContactEventRow.outcome, ContactEventRow.direction, ContactEventRow.detail).where(
        or_(ContactEventRow.at >= since, ContactEventRow.outcome.in_(("OPT_OUT", "INCONVENIENT_TIME"))))
    if numbers is not None:
        people = [person for _id, _number, person in snapshot.accounts]
        address_query = address_query.where(Address.person_id.in_(people))
        phone_query = phone_query.where(Phone.person_id.in_(people))
        flag_query = flag_query.where(AccountFlagRow.account_id.in_([a for a, _n, _p in snapshot.accounts]))
        event_query = event_query.where(ContactEventRow.person_id.in_(people))
    addresses, phones, flags = snapshot.addresses, snapshot.phones, snapshot.flags
    for person_id, kind, zip_code in driver_rows(session, address_query):
        addresses.setdefault(person_id, []).append((kind, zip_code))
    for person_id, number, kind, consent in driver_rows(session, phone_query):
        phones.setdefault(person_id, []).append((number, kind, bool(consent)))
    for account_id, kind in driver_rows(session, flag_query):
        flags.setdefault(account_id, set()).add(kind)
    for event in session.execute(event_query.order_by(ContactEventRow.at)):
        if event.outcome in ("OPT_OUT", "INCONVENIENT_TIME"):
            snapshot.stops.setdefault(event.person_id, []).append(event)
        if event.at >= since:
            snapshot.history.setdefault(event.person_id, []).append(event)
    return snapshot


def dispute_verified(session: Session, account_id: int) -> bool:
    """True when verification was sent after the account's open dispute was raised (F-11)."""
    raised = session.scalar(select(AccountFlagRow.set_at).where(
        AccountFlagRow.account_id == account_id, AccountFlagRow.kind == "dispute",
        AccountFlagRow.cleared_at.is_(None)).order_by(AccountFlagRow.set_at.desc()))
    if raised is None:
        return False
    return session.scalar(select(ContactEventRow.id).where(
        ContactEventRow.account_id == account_id, ContactEventRow.outcome == "VERIFICATION_SENT",
        ContactEventRow.at >= raised).limit(1)) is not None
