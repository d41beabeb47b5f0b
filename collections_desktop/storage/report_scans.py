"""The vault's quick paths for the reports' contact counts: the few distinct keys at the head of an index found
by seeking from one to the next (a loose index scan), then each key's period counted on its own index range, so
a month costs a month's rows and a quiet period almost nothing, where a GROUP BY walks the whole index."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from collections_desktop.storage.desk_reads import bound_datetime

# The kind index (channel, direction, outcome, at, account_id) and the reasons' partial index by moment.
KIND_INDEX = "contact_event INDEXED BY ix_contact_event_kind"
REASON_INDEX = "contact_event INDEXED BY ix_contact_event_reason_at"
HAS_REASON = "reason != ''"  # as the partial indexes say it, so SQLite may use them
# Reasons given in a period are read on the index by moment unless the period holds more than this many (on
# 500k reasons: a month's 40k took 27 ms that way against 190 ms walking every reason's accounts in order; a
# whole year's 500k 1.1 s against 0.37 s). Counting up to it costs a few milliseconds.
MOMENT_INDEX_MOST = 100_000


def distinct_heads(conn, table: str, columns: tuple[str, ...], where: str = "") -> Iterator[tuple]:  # noqa: ANN001
    """Each distinct value of `columns` (the first columns of the index `table` names) in index order, one seek
    apiece: after a key, the next is the first entry greater in its last column, else in the one before, …"""
    listed = ", ".join(columns)
    extra = f" AND {where}" if where else ""
    row = conn.execute(f"SELECT {listed} FROM {table} WHERE 1{extra} ORDER BY {listed} LIMIT 1").fetchone()
    while row is not None:
        yield tuple(row)
        found = None
        for level in range(len(columns) - 1, -1, -1):
            same = "".join(f"{column} = ? AND " for column in columns[:level])
            found = conn.execute(f"SELECT {listed} FROM {table} WHERE {same}{columns[level]} > ?{extra} "
                                 f"ORDER BY {listed} LIMIT 1", tuple(row[:level + 1])).fetchone()
            if found is not None:
                break
        row = found


def kind_counts(conn, since: datetime, until: datetime) -> list[tuple[str, str, str, int]]:  # noqa: ANN001
    """(channel, direction, outcome, contacts from `since` up to `until`) for every kind ever recorded."""
    first, last = bound_datetime(since), bound_datetime(until)
    counted = []
    for channel, direction, outcome in distinct_heads(conn, KIND_INDEX, ("channel", "direction", "outcome")):
        (count,) = conn.execute(f"SELECT count(*) FROM {KIND_INDEX} WHERE channel = ? AND direction = ? AND "
                                "outcome = ? AND at >= ? AND at < ?",
                                (channel, direction, outcome, first, last)).fetchone()
        if count:
            counted.append((channel, direction, outcome, int(count)))
    return counted


def reasons_by_moment(conn, since: datetime, until: datetime) -> list[tuple[str, int, int, int]] | None:  # noqa: ANN001
    """(reason, accounts, what those accounts owe now, the lowest account id) for the reasons given from `since`
    up to `until`, read on the index by moment; None when the period holds too many for that to pay (the caller
    then walks each reason's accounts in order)."""
    first, last = bound_datetime(since), bound_datetime(until)
    reasons = [reason for (reason,) in distinct_heads(conn, REASON_INDEX, ("reason",), HAS_REASON)]
    within = 0
    for reason in reasons:
        within += _at_most(conn, REASON_INDEX, f"reason = ? AND {HAS_REASON} AND at >= ? AND at < ?",
                           (reason, first, last), MOMENT_INDEX_MOST - within)
        if within > MOMENT_INDEX_MOST:
            return None
    found = []
    for reason in reasons:
        accounts, owed, lowest = conn.execute(
            "SELECT count(*), coalesce(sum(a.patient_due_cents), 0), min(a.id) FROM (SELECT DISTINCT account_id "
            f"FROM {REASON_INDEX} WHERE reason = ? AND {HAS_REASON} AND at >= ? AND at < ?) AS said "
            "JOIN account a ON a.id = said.account_id", (reason, first, last)).fetchone()
        if accounts:
            found.append((reason, int(accounts), int(owed), int(lowest)))
    return found


def _at_most(conn, table: str, where: str, params: tuple, most: int) -> int:  # noqa: ANN001
    """How many entries of `table` match `where`, counted no further than one past `most` (so a large period
    costs no more than the choice it decides)."""
    (count,) = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where} LIMIT ?)",
                            (*params, max(most, 0) + 1)).fetchone()
    return int(count)
