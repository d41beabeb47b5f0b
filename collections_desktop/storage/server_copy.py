"""Copying a vault's records onto a team server, table by table in the order their references need, with
PostgreSQL's COPY (streamed: a 100,000-account vault never sits in memory), then the id sequences set past the
copied rows. The vault's audit chain stays with the vault (its key does not travel); the server's chain
records the copy."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Boolean, Table, func, select, text
from sqlalchemy.engine import Connection

from collections_desktop.storage.models import Base

# Left behind: the vault's own chain, settings and schema stamp, and what only the server writes.
LEFT = frozenset({"audit_head", "audit_log", "vault_meta", "alembic_version", "team_user"})
BATCH = 5_000


def copied_tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables if table.name not in LEFT]


def server_is_empty(server: Connection) -> bool:
    """No account, person or policy yet: a copy would not meet rows of its own."""
    return all(server.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar() == 0
               for name in ("account", "person", "plan_policy", "import_batch"))


def copy_vault(vault: Connection, server: Connection, progress: Callable[[str, int], None] | None = None) -> dict:
    """Copies every table's rows from the vault into the empty server inside the server's transaction;
    returns rows per table."""
    from collections_desktop.storage.fast_read import driver_connection

    counts: dict[str, int] = {}
    raw = driver_connection(server)
    for table in copied_tables():
        names = [column.name for column in table.columns]
        flags = [isinstance(column.type, Boolean) for column in table.columns]
        columns = ", ".join(f'"{name}"' for name in names)
        count = 0
        with raw.cursor().copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as pipe:
            for row in _rows(vault, table.name, columns):
                pipe.write_row([bool(value) if flag and value is not None else value
                                for value, flag in zip(row, flags, strict=True)])
                count += 1
        counts[table.name] = count
        if progress is not None:
            progress(table.name, count)
    for table in copied_tables():
        key = [column.name for column in table.primary_key.columns]
        if len(key) == 1 and table.c[key[0]].autoincrement in (True, "auto") and counts.get(table.name):
            server.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{key[0]}'), "
                                f"(SELECT max(\"{key[0]}\") FROM \"{table.name}\"))"))
    return counts


def _rows(vault: Connection, table: str, columns: str) -> Iterator[tuple]:
    from collections_desktop.storage.fast_read import driver_connection

    cursor = driver_connection(vault).execute(f'SELECT {columns} FROM "{table}"')
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        yield from batch
