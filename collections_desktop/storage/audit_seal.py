"""What an audit row vouches for: every row a transaction wrote to the money, contact, plan and hold tables, by
a hash of its content, found by temporary triggers so that no writer (ORM, bulk or hand-written) leaves one out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from sqlalchemy import LargeBinary

from collections_desktop.storage.models import Base

# Ledger entries are the payments and adjustments; account_flag the holds.
COVERED = ("ledger_entry", "contact_event", "payment_plan", "plan_installment", "plan_document", "promise",
           "promise_installment", "account_flag", "claim_handoff")
TOUCH = "cdesk_touch"  # a TEMP table: in memory, per connection, never in the vault file
DELETED = "-"
_CHUNK = 500


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
    driver.execute(f"CREATE TEMP TABLE IF NOT EXISTS {TOUCH} (seq INTEGER PRIMARY KEY, tbl TEXT, rid INTEGER, old TEXT)")
    for table in COVERED:
        old = content_sql(table, "OLD.")
        for name, event, row, content in (("i", "INSERT", "NEW", "NULL"), ("u", "UPDATE", "OLD", old),
                                          ("d", "DELETE", "OLD", old)):
            driver.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {TOUCH}_{table}_{name} AFTER {event} ON main.{table} BEGIN "
                f"INSERT INTO {TOUCH}(tbl, rid, old) VALUES ('{table}', {row}.rowid, {content}); END")


def begin(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """At the start of a writing transaction: triggers in place, no touch left over. They are made once per
    connection, and again after a rollback of the transaction that made them (temp schema is transactional)."""
    driver = connection.connection.driver_connection
    if driver.execute(f"SELECT 1 FROM temp.sqlite_master WHERE name = '{TOUCH}'").fetchone() is None:
        install(driver)
    else:
        driver.execute(f"DELETE FROM {TOUCH}")


def remove(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """Drops this connection's triggers, which would stand in the way of a schema change to a covered table."""
    driver = connection.connection.driver_connection
    for table in COVERED:
        for name in ("i", "u", "d"):
            driver.execute(f"DROP TRIGGER IF EXISTS temp.{TOUCH}_{table}_{name}")
    driver.execute(f"DROP TABLE IF EXISTS temp.{TOUCH}")


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


def collect(connection) -> dict:  # noqa: ANN001 - a SQLAlchemy Connection
    """The seal of everything written since the last collect, emptying the touch table: per table, the rows
    created (as id ranges with one digest over their contents) and the rows changed or deleted (old and new
    digest each). Empty when nothing covered was written."""
    driver = connection.connection.driver_connection
    touches = driver.execute(f"SELECT tbl, rid, old FROM {TOUCH} ORDER BY seq").fetchall()
    if not touches:
        return {}
    driver.execute(f"DELETE FROM {TOUCH}")
    first: dict[tuple[str, int], str | None] = {}
    for table, rid, old in touches:
        first.setdefault((table, rid), old)
    seal: dict = {}
    for table in COVERED:
        mine = {rid: old for (t, rid), old in first.items() if t == table}
        if not mine:
            continue
        now = current_digests(driver, table, list(mine))
        created = _ranges([rid for rid, old in mine.items() if old is None and rid in now])
        entry: dict = {}
        if created:
            entry["new"] = created
            entry["digest"] = range_digest(now[rid] for rid in expand(created))
        changed = {str(rid): [row_digest(old).hex(), now[rid].hex() if rid in now else DELETED]
                   for rid, old in mine.items() if old is not None}
        if changed:
            entry["changed"] = changed
        if entry:
            seal[table] = entry
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
