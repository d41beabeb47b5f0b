"""What an audit row vouches for: every row a transaction wrote to the money, contact, plan and hold tables, by
a hash of its content. New rows are those past the table's last row id when the transaction began (and any given
a lower id); changed and deleted ones are caught by temporary triggers, so no writer (ORM, bulk or hand-written)
leaves one out."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator

from sqlalchemy import LargeBinary

from collections_desktop.storage.models import Base

# Ledger entries are the payments and adjustments; account_flag the holds.
COVERED = ("ledger_entry", "contact_event", "payment_plan", "plan_installment", "plan_document", "promise",
           "promise_installment", "account_flag", "claim_handoff", "account_note")
TOUCH = "cdesk_touch"  # TEMP tables: in memory, per connection, never in the vault file
START = "cdesk_start"  # each covered table's last row id when the transaction began
DELETED = "-"


def content_sql(table: str, prefix: str = "") -> str:
    """A row's content as one JSON array, columns in the model's order and blobs as hex."""
    parts = []
    for column in Base.metadata.tables[table].columns:
        name = f'{prefix}"{column.name}"'
        parts.append(f"hex({name})" if isinstance(column.type, LargeBinary) else name)
    return f"json_array({', '.join(parts)})"


def row_digest(content: str) -> bytes:
    return hashlib.blake2b(content.encode("utf-8"), digest_size=16).digest()


def range_digest(digests: Iterable[bytes]) -> str:
    return hashlib.sha256(b"".join(digests)).hexdigest()


def install(driver) -> None:  # noqa: ANN001 - a DB-API connection
    """Creates this connection's touch table and triggers (once; they vanish with the connection)."""
    driver.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {TOUCH} (seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, old TEXT)")
    driver.execute(f"CREATE TEMP TABLE IF NOT EXISTS {START} (tbl TEXT PRIMARY KEY, last INTEGER)")
    for table in COVERED:
        driver.execute(  # only a row given an id below the line needs noting: those above are found by range
            f"CREATE TEMP TRIGGER IF NOT EXISTS {TOUCH}_{table}_i AFTER INSERT ON main.{table} "
            f"WHEN NEW.rowid <= (SELECT last FROM {START} WHERE tbl = '{table}') BEGIN "
            f"INSERT INTO {TOUCH}(tbl, rid, old) VALUES ('{table}', NEW.rowid, NULL); END")
        old = content_sql(table, "OLD.")
        for name, event in (("u", "UPDATE"), ("d", "DELETE")):
            driver.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {TOUCH}_{table}_{name} AFTER {event} ON main.{table} BEGIN "
                f"INSERT INTO {TOUCH}(tbl, rid, old) VALUES ('{table}', OLD.rowid, {old}); END")


def begin(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """At the start of a writing transaction: triggers in place, no touch left over. They are made once per
    connection, and again after a rollback of the transaction that made them (temp schema is transactional)."""
    record = connection.connection
    driver = record.driver_connection
    if driver.execute(f"SELECT 1 FROM temp.sqlite_master WHERE name = '{TOUCH}'").fetchone() is None:
        install(driver)
    else:
        driver.execute(f"DELETE FROM {TOUCH}")
    _mark_start(driver)


def _mark_start(driver) -> dict[str, int]:  # noqa: ANN001
    last = {table: driver.execute(f"SELECT coalesce(max(rowid), 0) FROM main.{table}").fetchone()[0]
            for table in COVERED}
    driver.executemany(f"INSERT OR REPLACE INTO {START} (tbl, last) VALUES (?, ?)", list(last.items()))
    return last


def _start(driver) -> dict[str, int]:  # noqa: ANN001
    return dict(driver.execute(f"SELECT tbl, last FROM {START}").fetchall())


def remove(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """Drops this connection's triggers, which would stand in the way of a schema change to a covered table."""
    driver = connection.connection.driver_connection
    for table in COVERED:
        for name in ("i", "u", "d"):
            driver.execute(f"DROP TRIGGER IF EXISTS temp.{TOUCH}_{table}_{name}")
    driver.execute(f"DROP TABLE IF EXISTS temp.{TOUCH}")
    driver.execute(f"DROP TABLE IF EXISTS temp.{START}")


def _ranges(ids: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for rid in sorted(ids):
        if out and rid == out[-1][1] + 1:
            out[-1][1] = rid
        else:
            out.append([rid, rid])
    return out


def expand(ranges: list[list[int]]) -> Iterator[int]:
    for low, high in ranges:
        yield from range(low, high + 1)


def current_digests(driver, table: str, ids: list[int] | None = None) -> dict[int, bytes]:  # noqa: ANN001
    """Row id to content digest, for the given rows (those still there) or the whole table."""
    sql = f"SELECT rowid, {content_sql(table)} FROM main.{table}"
    if ids is None:
        return {rid: row_digest(text) for rid, text in driver.execute(sql)}
    found: dict[int, bytes] = {}
    for low, high in _ranges(ids):
        for rid, text in driver.execute(f"{sql} WHERE rowid BETWEEN ? AND ?", (low, high)):
            found[rid] = row_digest(text)
    return found


def _created(driver, table: str, after: int, below: list[int]) -> dict:  # noqa: ANN001
    """The rows made now, in id order (those given ids at or below `after`, then those past it, read in one
    pass): their id ranges and one digest over their contents."""
    ranges: list[list[int]] = []
    digest = hashlib.sha256()
    early = current_digests(driver, table, below) if below else {}
    cursor = driver.execute(f"SELECT rowid, {content_sql(table)} FROM main.{table} WHERE rowid > ? ORDER BY rowid",
                            (after,))
    rows = [(rid, early[rid]) for rid in sorted(early)]
    for rid, text in itertools.chain(rows, ((rid, row_digest(text)) for rid, text in cursor)):
        if ranges and rid == ranges[-1][1] + 1:
            ranges[-1][1] = rid
        else:
            ranges.append([rid, rid])
        digest.update(text)
    return {"new": ranges, "digest": digest.hexdigest()} if ranges else {}


def collect(connection) -> dict:  # noqa: ANN001 - a SQLAlchemy Connection
    """The seal of everything written since `begin`, emptying the touch table: per table, the rows created (as
    id ranges with one digest over their contents) and the rows changed or deleted (old and new digest each).
    Empty when nothing covered was written."""
    driver = connection.connection.driver_connection
    start = _start(driver)
    first: dict[tuple[str, int], str | None] = {}
    for table, rid, old in driver.execute(f"SELECT tbl, rid, old FROM {TOUCH} ORDER BY seq"):
        if rid <= start[table]:  # rows past the line are created, however often changed since
            first.setdefault((table, rid), old)
    driver.execute(f"DELETE FROM {TOUCH}")
    seal: dict = {}
    for table in COVERED:
        below = [rid for (t, rid), old in first.items() if t == table and old is None]
        entry = _created(driver, table, start[table], below)
        mine = {rid: old for (t, rid), old in first.items() if t == table and old is not None}
        if mine:
            now = current_digests(driver, table, list(mine))
            entry["changed"] = {str(rid): [row_digest(old).hex(), now[rid].hex() if rid in now else DELETED]
                                for rid, old in mine.items()}
        if entry:
            seal[table] = entry
    _mark_start(driver)
    return seal


def baseline(connection) -> dict:  # noqa: ANN001
    """A seal of every covered row as it stands (when the chain starts covering rows, or after a schema change)."""
    driver = connection.connection.driver_connection
    seal: dict = {}
    for table in COVERED:
        now = current_digests(driver, table)
        if now:
            created = _ranges(list(now))
            seal[table] = {"new": created, "digest": range_digest(now[rid] for rid in expand(created))}
    driver.execute(f"DELETE FROM {TOUCH}")
    return seal
