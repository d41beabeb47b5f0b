"""The desk's hot reads as plain SQL on a DB-API connection: the first page, its columns and the phone snapshot.

They need no SQLAlchemy, so the window can show the first page while the rest of the application loads;
the repositories run the same statements on their session's connection, so there is one copy of each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from collections_desktop.domain.compliance.model import Channel, ContactEvent, Outcome

HOLDS = ("dispute", "cease_contact", "attorney", "bankruptcy", "deceased", "financial_assistance_pending",
         "agency_approved")
STOP_OUTCOMES = ("OPT_OUT", "INCONVENIENT_TIME")
OUTCOMES = {outcome.value: outcome for outcome in Outcome}
HISTORY_DAYS = 30  # how far back the compliance engine looks at a person's contacts (7 in 7, waits)


def _marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


# Constants of ours, written into the statements so the views can use them as subqueries too.
ON_HOLD = ("SELECT account_id FROM account_flag WHERE kind IN (" + ", ".join(f"'{kind}'" for kind in HOLDS)
           + ") AND cleared_at IS NULL")
FIRST_PROMISE_DUE = ("SELECT account_id, min(next_due) AS due FROM promise WHERE outcome = 'pending'"
                     " {where} GROUP BY account_id")
PLAN_BEHIND = ("SELECT account_id, max(past_due_cents) AS behind FROM payment_plan"
               " WHERE state IN ('late', 'notice_sent') {where} GROUP BY account_id")


def stored_datetime(value: str | None) -> datetime | None:
    """A UTC timestamp as SQLite keeps it, aware again."""
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc) if value else None


def stored_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def bound_datetime(value: datetime) -> str:
    """An aware datetime in the stored form, for comparing with stored timestamps."""
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def schema_revision(conn) -> str | None:  # noqa: ANN001 - a DB-API connection
    """The Alembic revision the vault's schema is at, or None for a vault not yet migrated."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def totals(conn) -> tuple[int, int, int]:  # noqa: ANN001
    """(accounts, accounts with a patient balance, total patient due in cents)."""
    row = conn.execute("SELECT count(id), count(id) FILTER (WHERE patient_due_cents > 0),"
                       " coalesce(sum(patient_due_cents) FILTER (WHERE patient_due_cents > 0), 0)"
                       " FROM account").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def today_by_balance(conn) -> list[int]:  # noqa: ANN001
    """Accounts with a patient balance and no hold, largest balance first: Today before it is ranked."""
    return [row[0] for row in conn.execute(
        f"SELECT id FROM account WHERE patient_due_cents > 0 AND id NOT IN ({ON_HOLD})"
        " ORDER BY patient_due_cents DESC, id")]


def follow_ups(conn, ids: Sequence[int] | None = None) -> dict[int, tuple[date | None, int]]:  # noqa: ANN001
    """(earliest pending promise date, amount a running plan is behind) per account that has either."""
    where, params = ("", ()) if ids is None else (f"AND account_id IN ({_marks(ids)})", tuple(ids))
    found: dict[int, tuple[date | None, int]] = {}
    for account_id, due in conn.execute(FIRST_PROMISE_DUE.format(where=where), params):
        found[account_id] = (stored_date(due), 0)
    for account_id, behind in conn.execute(PLAN_BEHIND.format(where=where), params):
        found[account_id] = (found.get(account_id, (None, 0))[0], int(behind or 0))
    return found


def page_columns(conn, ids: Sequence[int]) -> dict[int, dict]:  # noqa: ANN001
    """The worklist columns of a page of accounts: number, guarantor, balances, aging anchor, holds, last contact."""
    ids, marks = tuple(ids), _marks(ids)
    rows = {}
    for account_id, number, first, last, due, pending, anchor in conn.execute(
            "SELECT a.id, a.number, p.first_name, p.last_name, a.patient_due_cents, a.insurance_pending_cents,"
            f" a.oldest_anchor_date FROM account a JOIN person p ON p.id = a.guarantor_id WHERE a.id IN ({marks})",
            ids):
        rows[account_id] = {"number": number, "guarantor": f"{first} {last}", "patient_due_cents": due,
                            "insurance_pending_cents": pending, "oldest_anchor": stored_date(anchor),
                            "flags": set(), "last_contact": None, "promise_due": None, "plan_behind_cents": 0}
    for account_id, (promise, behind) in follow_ups(conn, ids).items():
        if account_id in rows:
            rows[account_id].update(promise_due=promise, plan_behind_cents=behind)
    for account_id, kind in conn.execute(
            f"SELECT account_id, kind FROM account_flag WHERE account_id IN ({marks}) AND cleared_at IS NULL", ids):
        rows[account_id]["flags"].add(kind)
    for account_id, last in conn.execute(
            f"SELECT account_id, max(at) FROM contact_event WHERE account_id IN ({marks}) GROUP BY account_id", ids):
        rows[account_id]["last_contact"] = stored_datetime(last)
    return rows


class EventRow(NamedTuple):
    """The columns of a contact the compliance engine reads."""

    at: datetime
    person_id: int
    channel: str
    outcome: str
    direction: str
    detail: str


@dataclass
class PhoneSnapshot:
    """What the engine needs to decide on phoning every (or some) account's guarantor, keyed for lookup."""

    accounts: list[tuple[int, str, int]]  # (account id, number, guarantor person id)
    addresses: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # person -> (kind, zip)
    phones: dict[int, list[tuple[str, str, bool]]] = field(default_factory=dict)  # person -> (number, kind, consent)
    flags: dict[int, set[str]] = field(default_factory=dict)  # account -> holds
    # person -> recent phone calls, and opt-outs and inconvenient times on any channel, in time order
    history: dict[int, list[ContactEvent]] = field(default_factory=dict)
    stops: dict[int, list[EventRow]] = field(default_factory=dict)


def phone_snapshot(conn, since: datetime, numbers: Sequence[str] | None = None) -> PhoneSnapshot:  # noqa: ANN001
    """Every (or the named) account's guarantor with addresses, phones, holds and recent contacts, in a few
    whole-table reads rather than a query per account."""
    if numbers is None:
        snapshot = PhoneSnapshot(conn.execute("SELECT id, number, guarantor_id FROM account ORDER BY id").fetchall())
        people = accounts = ""
        people_ids: tuple = ()
        account_ids: tuple = ()
    else:
        snapshot = PhoneSnapshot(conn.execute(
            f"SELECT id, number, guarantor_id FROM account WHERE number IN ({_marks(numbers)}) ORDER BY id",
            tuple(numbers)).fetchall())
        people_ids = tuple(person for _id, _number, person in snapshot.accounts)
        account_ids = tuple(account for account, _number, _person in snapshot.accounts)
        people = f" AND person_id IN ({_marks(people_ids)})"
        accounts = f" AND account_id IN ({_marks(account_ids)})"
    for person_id, kind, zip_code in conn.execute(
            f"SELECT person_id, kind, zip FROM address WHERE 1 = 1{people}", people_ids):
        snapshot.addresses.setdefault(person_id, []).append((kind, zip_code))
    for person_id, number, kind, consent in conn.execute(
            f"SELECT person_id, number, kind, consent_to_text FROM phone WHERE 1 = 1{people} ORDER BY id",
            people_ids):
        snapshot.phones.setdefault(person_id, []).append((number, kind, bool(consent)))
    for account_id, kind in conn.execute(
            f"SELECT account_id, kind FROM account_flag WHERE cleared_at IS NULL{accounts}", account_ids):
        snapshot.flags.setdefault(account_id, set()).add(kind)
    # Phone calls since `since` (the only contacts phone decisions count), and every stop on any channel;
    # by person through the (person, time) index, so each person's list comes out in time order.
    bound_since = bound_datetime(since)
    history, stops = snapshot.history, snapshot.stops
    parse, utc = datetime.fromisoformat, timezone.utc  # stored_datetime, inlined: tens of thousands of calls
    for person_id, rows in groupby(conn.execute(
            "SELECT person_id, at, channel, outcome, direction, detail FROM contact_event"
            f" WHERE ((at >= ? AND channel = 'phone') OR outcome IN ({_marks(STOP_OUTCOMES)})){people}"
            " ORDER BY person_id, at", (bound_since, *STOP_OUTCOMES, *people_ids)), key=itemgetter(0)):
        calls = []
        for _person, at, channel, outcome, direction, detail in rows:
            moment = parse(at).replace(tzinfo=utc)
            if outcome in STOP_OUTCOMES:
                stops.setdefault(person_id, []).append(EventRow(moment, person_id, channel, outcome, direction, detail))
            if at >= bound_since and channel == "phone":
                calls.append(ContactEvent(moment, person_id, Channel.PHONE, OUTCOMES[outcome], direction == "inbound"))
        if calls:
            history[person_id] = calls
    return snapshot
