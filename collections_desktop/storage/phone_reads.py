"""What the compliance engine reads to decide on phoning guarantors, as plain SQL streamed in batches.

Accounts are read in guarantor order and their people's rows a batch at a time, so deciding for 100,000
accounts holds a few thousand people's rows rather than a copy of four tables.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from collections_desktop.domain.compliance.model import Channel, ContactEvent, Outcome
from collections_desktop.storage.connection import CACHE_KIB
from collections_desktop.storage.desk_reads import STOPS_WHERE, TODAY, bound_datetime, marks

OUTCOMES = {outcome.value: outcome for outcome in Outcome}
HISTORY_DAYS = 30  # how far back the compliance engine looks at a person's calls (7 in 7, waits)
BATCH = 5000  # accounts whose people are read together
SCAN_CACHE_KIB = 8192  # the page cache of a pass over every account
_NONE: list = []
_NO_EVENTS: tuple[list, list] = ([], [])


class EventRow(NamedTuple):
    """A stop (opt-out or inconvenient time) as stored: the engine reads its outcome, channel and detail."""

    at: datetime
    person_id: int
    channel: str
    outcome: str
    direction: str
    detail: str


class PhoneInputs(NamedTuple):
    """One account's guarantor as the compliance engine sees them."""

    account_id: int
    number: str
    person_id: int
    addresses: list[tuple[str, str]]  # (kind, zip)
    phones: list[tuple[str, str, bool]]  # (number, kind, consent to text); the first is the one called
    flags: set[str]  # the account's active holds
    history: list[ContactEvent]  # phone calls since the history window began, in time order
    stops: list[EventRow]  # opt-outs and inconvenient times on any channel, whatever their age


def _people(conn, where: str, params: tuple, since: datetime) -> tuple[dict, dict, dict]:  # noqa: ANN001
    """Addresses, phones and (calls, stops) of the people `where` selects, by person."""
    addresses: dict[int, list[tuple[str, str]]] = {}
    phones: dict[int, list[tuple[str, str, bool]]] = {}
    events: dict[int, tuple[list[ContactEvent], list[EventRow]]] = {}
    for person_id, kind, zip_code in conn.execute(f"SELECT person_id, kind, zip FROM address WHERE {where}", params):
        addresses.setdefault(person_id, []).append((kind, zip_code))
    for person_id, number, kind, consent in conn.execute(
            f"SELECT person_id, number, kind, consent_to_text FROM phone WHERE {where} ORDER BY person_id, id",
            params):
        phones.setdefault(person_id, []).append((number, kind, bool(consent)))
    # Phone calls since `since` (the only contacts phone decisions count), read from the person index alone
    # (SQLite is told which: its planner would take the channel's index and sort); then every stop on any
    # channel, with its detail, from the stops' own index.
    bound_since = bound_datetime(since)
    # Stored moments are UTC: read with the offset written on, a fifth of the cost of parsing and then replacing.
    parse = datetime.fromisoformat
    server = getattr(conn, "server", False)
    calls_index = "" if server else " INDEXED BY ix_contact_event_person_at"
    for person_id, at, outcome, direction in conn.execute(
            f"SELECT person_id, at, outcome, direction FROM contact_event{calls_index}"
            f" WHERE {where} AND at >= ? AND channel = 'phone' ORDER BY person_id, at", (*params, bound_since)):
        calls = (events.get(person_id) or events.setdefault(person_id, ([], [])))[0]
        calls.append(ContactEvent(parse(at + "+00:00"), person_id, Channel.PHONE, OUTCOMES[outcome],
                                  direction == "inbound"))
    for person_id, at, channel, outcome, direction, detail in conn.execute(
            "SELECT person_id, at, channel, outcome, direction, detail FROM contact_event"
            f" WHERE {STOPS_WHERE} AND {where} ORDER BY person_id, at", params):
        stops = (events.get(person_id) or events.setdefault(person_id, ([], [])))[1]
        stops.append(EventRow(parse(at + "+00:00"), person_id, channel, outcome, direction, detail))
    return addresses, phones, events


def phone_inputs(conn, since: datetime, numbers: Sequence[str] | None = None, *,  # noqa: ANN001
                 today_only: bool = False) -> Iterator[PhoneInputs]:
    """Every (or the named) account's guarantor with addresses, phones, holds, calls since `since` and stops;
    `today_only` keeps to the accounts on Today's list (a balance and no hold).

    Accounts come in guarantor order, a few thousand at a time, each batch with its people's rows read by
    a range of person ids; the connection must stay open until the iterator is done.
    """
    if numbers is None:
        # A pass over every account reads each page about once: a small page cache does it as fast, and the
        # connection's usual cache (kept hot for searches and pages) is not filled with the whole vault. A team
        # server keeps its own cache.
        if getattr(conn, "server", False):
            yield from _every_account(conn, since, today_only)
            return
        conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
        try:
            yield from _every_account(conn, since, today_only)
        finally:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return
    if numbers:
        found = conn.execute(f"SELECT guarantor_id, id, number FROM account WHERE number IN ({marks(numbers)})"
                             " ORDER BY guarantor_id, id", tuple(numbers)).fetchall()
        if found:
            ids = tuple(account_id for _person, account_id, _number in found)
            flags = _flags(conn, f" AND account_id IN ({marks(ids)})", ids)
            params = tuple(sorted({person for person, _id, _number in found}))
            yield from _batch(conn, found, f"person_id IN ({marks(params)})", params, since, flags)


def _every_account(conn, since: datetime, today_only: bool) -> Iterator[PhoneInputs]:  # noqa: ANN001
    where = f" WHERE {TODAY}" if today_only else ""
    cursor = conn.execute(f"SELECT guarantor_id, id, number FROM account{where} ORDER BY guarantor_id, id")
    flags = _flags(conn, "", ())
    for batch in iter(lambda: cursor.fetchmany(BATCH), []):
        yield from _batch(conn, batch, "person_id BETWEEN ? AND ?", (batch[0][0], batch[-1][0]), since, flags)


def _batch(conn, batch: list, where: str, params: tuple, since: datetime,  # noqa: ANN001
           flags: dict[int, set[str]]) -> Iterator[PhoneInputs]:
    addresses, phones, events = _people(conn, where, params, since)
    for person_id, account_id, number in batch:
        calls, stops = events.get(person_id, _NO_EVENTS)
        yield PhoneInputs(account_id, number, person_id, addresses.get(person_id, _NONE),
                          phones.get(person_id, _NONE), flags.get(account_id, set()), calls, stops)


def page_inputs(conn, numbers: Sequence[str], at: datetime) -> list[PhoneInputs]:  # noqa: ANN001
    """The compliance engine's inputs for a page's accounts (by number), with the history it looks back on."""
    return list(phone_inputs(conn, at - timedelta(days=HISTORY_DAYS), numbers)) if numbers else []


def _flags(conn, where: str, params: tuple) -> dict[int, set[str]]:  # noqa: ANN001
    found: dict[int, set[str]] = {}
    for account_id, kind in conn.execute(f"SELECT account_id, kind FROM account_flag WHERE cleared_at IS NULL{where}",
                                         params):
        found.setdefault(account_id, set()).add(kind)
    return found
