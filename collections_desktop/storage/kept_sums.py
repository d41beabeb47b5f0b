"""The sums a vault keeps for the reports, written by its triggers (0032: the receivable by aging anchor, day it
became the patient's and ledger kind; 0035: outbound calls by day, number prefix, UTC hour and outcome), checked
against the rows they sum, set aside during a bulk load and rebuilt from the rows after it."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

FLOW_TABLE = "receivable_flow"
CALLS_TABLE = "call_hour_count"
_ANCHOR = "coalesce(c.first_statement_date, c.service_date)"
_BECOMES = ("coalesce(c.first_statement_date, (SELECT a.processed_on FROM adjudication a "
            "WHERE a.encounter_id = c.id AND a.sequence = 1), c.service_date)")
# Each kept table: its key, the column summed, and the sums as the rows give them now (the triggers' expressions).
KEPT = {
    FLOW_TABLE: (("anchor", "moved", "kind"), "cents",
                 f"SELECT {_ANCHOR} AS anchor, max(e.posted_on, {_ANCHOR}, {_BECOMES}) AS moved, e.kind AS kind, "
                 "sum(e.amount_cents) AS cents FROM encounter c JOIN ledger_entry e ON e.encounter_id = c.id "
                 "WHERE c.insurance_pending = 0 GROUP BY 1, 2, 3"),
    CALLS_TABLE: (("day", "prefix", "hour", "outcome"), "calls",
                  "SELECT substr(at, 1, 10) AS day, substr(address_used, 1, 8) AS prefix, "
                  "CAST(substr(at, 12, 2) AS INTEGER) AS hour, outcome, count(*) AS calls FROM contact_event "
                  "WHERE channel = 'phone' AND direction = 'outbound' GROUP BY 1, 2, 3, 4"),
}


def kept(session: Session) -> bool:
    """Whether this store keeps the sums (a vault does; a team server groups its rows when asked)."""
    return session.get_bind().dialect.name == "sqlite"


def sums_off(session: Session) -> int:
    """How many kept sums differ from what their rows add up to now, or are missing; 0 when all agree (or where
    none are kept). Reads every posting and call: for `vault check`, not for the reports."""
    if not kept(session):
        return 0
    off = 0
    for table, (key, value, source) in KEPT.items():
        columns, keys = ", ".join((*key, value)), ", ".join(key)
        # The rows summed once (materialized), then compared both ways: sums that differ, and sums not kept.
        off += int(session.scalar(text(
            f"WITH derived AS MATERIALIZED (SELECT {columns} FROM ({source}) WHERE {value} != 0), "
            f"stored AS (SELECT {columns} FROM {table} WHERE {value} != 0) "
            f"SELECT (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM derived)) + "
            f"(SELECT count(*) FROM (SELECT {keys} FROM derived EXCEPT SELECT {keys} FROM stored))")) or 0)
    return off


def rebuild(session: Session) -> None:
    """Sums every row afresh (after a repair), in the caller's transaction."""
    if not kept(session):
        return
    for table, (key, value, source) in KEPT.items():
        session.execute(text(f"DELETE FROM {table}"))
        session.execute(text(f"INSERT INTO {table} ({', '.join((*key, value))}) {source}"))


def call_hours(session: Session, start: date, end: date) -> list[tuple[str, int, str, int]]:
    """(the called number's first eight characters, UTC hour, outcome, calls) for the outbound calls of the UTC
    days `start` to `end`, from the counts kept by day: a year is a few hundred thousand counts at most, whatever
    the number of calls."""
    rows = session.execute(text(f"SELECT prefix, hour, outcome, sum(calls) FROM {CALLS_TABLE} WHERE day >= :first "
                                "AND day <= :last GROUP BY prefix, hour, outcome HAVING sum(calls) != 0"),
                           {"first": start.isoformat(), "last": end.isoformat()})
    return [(prefix or "", int(hour), outcome, int(calls)) for prefix, hour, outcome, calls in rows]


SUSPENDED_KEY = "kept_sum_triggers"  # vault_meta: the triggers a bulk load set aside, as the vault held them


def suspend(session: Session) -> None:
    """Before a bulk load into an empty vault (whose indexes are dropped too): the triggers are set aside, kept in
    vault_meta as the vault held them, so the load does not sum row by row without the indexes they read by."""
    from collections_desktop.storage.models import VaultMeta

    if not kept(session) or session.get(VaultMeta, SUSPENDED_KEY) is not None:
        return
    triggers = [(name, sql) for name, sql in session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (substr(name, 1, length(:flow)) = :flow "
        "OR substr(name, 1, length(:calls)) = :calls) ORDER BY name"),
        {"flow": f"{FLOW_TABLE}_", "calls": f"{CALLS_TABLE}_"})]
    session.merge(VaultMeta(key=SUSPENDED_KEY, value=json.dumps(triggers)))
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))


def resume(session: Session) -> bool:
    """After the bulk load (or on the next open, if it was interrupted): the triggers back, and every sum made
    afresh from the rows. False when none were set aside."""
    from collections_desktop.storage.models import VaultMeta

    state = session.get(VaultMeta, SUSPENDED_KEY) if kept(session) else None
    if state is None:
        return False
    for _name, sql in json.loads(state.value):
        session.execute(text(sql))
    session.delete(state)
    rebuild(session)
    return True
