"""Queries behind the compliance engine: a person's contact points, recent contacts and the account's holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

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
class PhoneSnapshotRow:
    """What the engine needs to decide on phoning one account's guarantor."""

    number: str
    person_id: int
    addresses: list[tuple[str, str]] = field(default_factory=list)  # (kind, zip)
    phones: list[tuple[str, str, bool]] = field(default_factory=list)  # (number, kind, consent_to_text)
    flags: set[str] = field(default_factory=set)
    history: list[ContactEventRow] = field(default_factory=list)
    stop_events: list[ContactEventRow] = field(default_factory=list)


def _rows(session: Session, query) -> list[tuple]:  # noqa: ANN001
    """Plain tuples straight from the driver: for whole-table reads, SQLAlchemy's Row objects cost more
    than the query. The statement is still built and compiled by SQLAlchemy for the vault's dialect."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if connection.dialect.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def phone_snapshot(session: Session, since: datetime, numbers: list[str] | None = None) -> list[PhoneSnapshotRow]:
    """Every (or the named) account's guarantor with addresses, phones, holds and recent contacts, in a few
    whole-table reads rather than a query per account."""
    query = select(Account.id, Account.number, Account.guarantor_id).order_by(Account.id)
    if numbers is not None:
        query = query.where(Account.number.in_(numbers))
    rows: dict[int, PhoneSnapshotRow] = {}
    by_person: dict[int, list[PhoneSnapshotRow]] = {}
    for account_id, number, person_id in _rows(session, query):
        row = PhoneSnapshotRow(number, person_id)
        rows[account_id] = row
        by_person.setdefault(person_id, []).append(row)
    narrow = numbers is not None
    address_query = select(Address.person_id, Address.kind, Address.zip)
    phone_query = select(Phone.person_id, Phone.number, Phone.kind, Phone.consent_to_text).order_by(Phone.id)
    if narrow:
        address_query = address_query.where(Address.person_id.in_(list(by_person)))
        phone_query = phone_query.where(Phone.person_id.in_(list(by_person)))
    empty = ()
    for person_id, kind, zip_code in _rows(session, address_query):
        for row in by_person.get(person_id, empty):
            row.addresses.append((kind, zip_code))
    for person_id, number, kind, consent in _rows(session, phone_query):
        for row in by_person.get(person_id, empty):
            row.phones.append((number, kind, bool(consent)))
    flag_query = select(AccountFlagRow.account_id, AccountFlagRow.kind).where(AccountFlagRow.cleared_at.is_(None))
    if narrow:
        flag_query = flag_query.where(AccountFlagRow.account_id.in_(list(rows)))
    for account_id, kind in session.execute(flag_query):
        if account_id in rows:
            rows[account_id].flags.add(kind)
    event_query = select(ContactEventRow).where(
        or_(ContactEventRow.at >= since, ContactEventRow.outcome.in_(("OPT_OUT", "INCONVENIENT_TIME"))))
    if narrow:
        event_query = event_query.where(ContactEventRow.person_id.in_(list(by_person)))
    for event in session.scalars(event_query.order_by(ContactEventRow.at)):
        for row in by_person.get(event.person_id, empty):
            if event.outcome in ("OPT_OUT", "INCONVENIENT_TIME"):
                row.stop_events.append(event)
            if event.at >= since:
                row.history.append(event)
    return list(rows.values())
