"""The desk's hot reads as plain SQL on a DB-API connection: Today by balance, totals and a page's columns.

They need no SQLAlchemy, so the window can show the first page while the rest of the application loads;
the repositories run the same statements on their session's connection, so there is one copy of each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

HOLDS = ("dispute", "cease_contact", "attorney", "bankruptcy", "deceased", "financial_assistance_pending",
         "agency_approved")


def marks(values: Sequence) -> str:
    """One `?` per value, for an IN list."""
    return ", ".join("?" * len(values))


def id_list(conn, select: str, params: Sequence[object] | Mapping[str, object] = ()) -> list[int]:  # noqa: ANN001
    """The ids a SELECT of one `id` column (with no LIMIT of its own) gives, in its order, read as one row.

    Fetched row by row, a long list hands the interpreter lock back and forth at every row, and a thread
    that wants it meanwhile (the GUI painting) makes each hand-back wait: 100k ids then take seconds instead of
    tens of milliseconds. As one row, SQLite does all the work with the lock released. The LIMIT keeps the
    subquery's ORDER BY from being optimised away, so the aggregate sees the rows in that order."""
    if getattr(conn, "server", False):  # PostgreSQL: an ordered array in one row, the same idea
        (ids,) = conn.execute(f"SELECT array_agg(id) FROM ({select}) AS listed", params).fetchone()
        return [int(i) for i in ids] if ids else []
    (joined,) = conn.execute(f"SELECT group_concat(id) FROM ({select} LIMIT -1)", params).fetchone()
    return [int(i) for i in joined.split(",")] if joined else []


# Constants of ours, written into the statements so the views can use them as subqueries too.
ON_HOLD = ("SELECT account_id FROM account_flag WHERE kind IN (" + ", ".join(f"'{kind}'" for kind in HOLDS)
           + ") AND cleared_at IS NULL")
TODAY = f"patient_due_cents > 0 AND id NOT IN ({ON_HOLD})"  # the accounts on Today's list
TODAY_ORDER = "patient_due_cents DESC, id DESC"  # its order before ranking
# The contact outcomes that stop calls for good (an opt-out, a stated inconvenient time), as an index names them.
STOPS_WHERE = "outcome IN ('OPT_OUT', 'INCONVENIENT_TIME')"
BY_NAME = "sort_name, id"  # the all-accounts order, read in the name index
FIRST_PROMISE_DUE = ("SELECT account_id, min(next_due) AS due FROM promise WHERE outcome = 'pending'"
                     " {where} GROUP BY account_id")
# Per account with a claim still with the billing or denials team: the oldest such hand-off and its team.
WITH_TEAM = ("SELECT e.account_id, min(h.at) AS since, min(h.team) AS team FROM claim_handoff h"
             " JOIN encounter e ON e.id = h.encounter_id WHERE h.closed_at IS NULL {where} GROUP BY e.account_id")
PLAN_BEHIND = ("SELECT account_id, max(past_due_cents) AS behind FROM payment_plan"
               " WHERE state IN ('late', 'notice_sent') {where} GROUP BY account_id")


def stored_datetime(value: str | None) -> datetime | None:
    """A UTC timestamp as SQLite keeps it, aware again."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def stored_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def bound_datetime(value: datetime) -> str:
    """An aware datetime in the stored form, for comparing with stored timestamps."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def schema_revision(conn) -> str | None:  # noqa: ANN001 - a DB-API connection
    """The Alembic revision the vault's schema is at, or None for a vault not yet migrated."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def totals(conn) -> tuple[int, int, int]:  # noqa: ANN001
    """(accounts, accounts with a patient balance, total patient due in cents), from the indexes alone."""
    (accounts,) = conn.execute("SELECT count(*) FROM account").fetchone()
    due, cents = conn.execute("SELECT count(*), coalesce(sum(patient_due_cents), 0) FROM account"
                              " WHERE patient_due_cents > 0").fetchone()
    return int(accounts), int(due), int(cents)


def today_by_balance(conn, limit: int | None = None) -> list[int]:  # noqa: ANN001
    """Accounts with a patient balance and no hold, largest balance first: Today before it is ranked.

    Ties go to the newer account, so the balance index is read backwards with nothing to sort, and reading
    only the first `limit` reads only those rows."""
    select = f"SELECT id FROM account WHERE {TODAY} ORDER BY {TODAY_ORDER}"
    if limit is not None:
        return [row[0] for row in conn.execute(f"{select} LIMIT ?", (int(limit),))]
    return id_list(conn, select)


def today_facts(conn, ids: Sequence[int]) -> dict[int, tuple[str, int, date | None]]:  # noqa: ANN001
    """(account number, patient due, oldest aging anchor) of these accounts from Today's list, for ranking it;
    read with the list's own filter, one pass however many there are."""
    wanted, found = set(ids), {}
    anchors: dict[str | None, date | None] = {None: None}  # a few hundred distinct days among many accounts
    for account_id, number, due, anchor in conn.execute(
            f"SELECT id, number, patient_due_cents, oldest_anchor_date FROM account WHERE {TODAY}"):
        if account_id in wanted:
            if anchor not in anchors:
                anchors[anchor] = stored_date(anchor)
            found[account_id] = (number, due, anchors[anchor])
    return found


def all_by_name(conn) -> list[int]:  # noqa: ANN001
    """Every account by the guarantor's folded name, from one covering index."""
    return id_list(conn, f"SELECT id FROM account ORDER BY {BY_NAME}")


def all_window(conn, around: int | None, reach: int) -> tuple[int, int, list[int]]:  # noqa: ANN001
    """(how many accounts, position of the first id, ids) of the all-accounts list near `around` (else the top):
    up to `reach` before it and `reach` from it on, counted and read in the name index without listing it all."""
    (total,) = conn.execute("SELECT count(*) FROM account").fetchone()
    position = 0
    key = conn.execute("SELECT sort_name FROM account WHERE id = ?", (around,)).fetchone() if around else None
    if key is not None:
        (position,) = conn.execute(f"SELECT count(*) FROM account WHERE ({BY_NAME}) < (?, ?)",
                                   (key[0], around)).fetchone()
    offset = max(0, position - reach)
    return int(total), offset, all_slice(conn, offset, position + reach - offset)


def all_slice(conn, offset: int, count: int) -> list[int]:  # noqa: ANN001
    """`count` ids of the all-accounts list from position `offset` (walking the name index to it, ~1 ms at 100k)."""
    return [row[0] for row in conn.execute(f"SELECT id FROM account ORDER BY {BY_NAME} LIMIT ? OFFSET ?",
                                           (count, offset))]


def follow_ups(conn, ids: Sequence[int] | None = None) -> dict[int, tuple[date | None, int]]:  # noqa: ANN001
    """(earliest pending promise date, amount a running plan is behind) per account that has either."""
    where, params = ("", ()) if ids is None else (f"AND account_id IN ({marks(ids)})", tuple(ids))
    found: dict[int, tuple[date | None, int]] = {}
    for account_id, due in conn.execute(FIRST_PROMISE_DUE.format(where=where), params):
        found[account_id] = (stored_date(due), 0)
    for account_id, behind in conn.execute(PLAN_BEHIND.format(where=where), params):
        found[account_id] = (found.get(account_id, (None, 0))[0], int(behind or 0))
    return found


def page_columns(conn, ids: Sequence[int]) -> dict[int, dict]:  # noqa: ANN001
    """The worklist columns of a page of accounts: number, guarantor, balances, aging anchor, holds, last contact."""
    ids, in_list = tuple(ids), marks(ids)
    rows = {}
    for account_id, number, first, last, due, pending, anchor in conn.execute(
            "SELECT a.id, a.number, p.first_name, p.last_name, a.patient_due_cents, a.insurance_pending_cents,"
            f" a.oldest_anchor_date FROM account a JOIN person p ON p.id = a.guarantor_id WHERE a.id IN ({in_list})",
            ids):
        rows[account_id] = {"number": number, "guarantor": f"{first} {last}", "patient_due_cents": due,
                            "insurance_pending_cents": pending, "oldest_anchor": stored_date(anchor),
                            "flags": set(), "last_contact": None, "promise_due": None, "plan_behind_cents": 0,
                            "with_team": None}
    for account_id, (promise, behind) in follow_ups(conn, ids).items():
        if account_id in rows:
            rows[account_id].update(promise_due=promise, plan_behind_cents=behind)
    for account_id, kind in conn.execute(
            f"SELECT account_id, kind FROM account_flag WHERE account_id IN ({in_list}) AND cleared_at IS NULL", ids):
        rows[account_id]["flags"].add(kind)
    for account_id, since, team in conn.execute(WITH_TEAM.format(where=f"AND e.account_id IN ({in_list})"), ids):
        rows[account_id]["with_team"] = (team, stored_datetime(since))
    for account_id, last in conn.execute(
            f"SELECT account_id, max(at) FROM contact_event WHERE account_id IN ({in_list}) GROUP BY account_id", ids):
        rows[account_id]["last_contact"] = stored_datetime(last)
    return rows
