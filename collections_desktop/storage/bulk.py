"""Bulk inserts of already-linked rows, for demo data and large imports, straight to the driver's executemany."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from functools import cache
from itertools import islice
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from collections_desktop.storage import kept_sums
from collections_desktop.storage.models import Account, Base

Prepared = dict[str, tuple[tuple[str, ...], list[Any]]]
# SQLite refuses a statement with more than 32,766 parameters: long lists of ids are asked for in slices.
IN_SLICE = 500


def slices(values: Iterable, size: int = IN_SLICE) -> Iterator[list]:
    """Consecutive lists of at most `size` values, read as they come (a stream stays a stream): for
    `IN (...)` filters over lists of any length and for working through records a slice at a time."""
    values = iter(values)
    while part := list(islice(values, size)):
        yield part


@cache
def _plan(table_name: str, columns: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[int, ...], tuple]:
    """The compiled INSERT, where each driver parameter comes from in a row, and the bind processors.

    SQLAlchemy's own executemany re-processes every parameter dict through the
    compiler; for millions of rows that costs more than the insert itself.
    Compiling once and applying the column types' processors keeps the same
    conversions (dates, UTC datetimes) at a fraction of the cost.
    """
    table = Base.metadata.tables[table_name]
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup or ()) if dialect.positional else columns
    if set(order) != set(columns):
        raise ValueError(f"{table_name}: rows must give every column of the insert")
    source = tuple(columns.index(name) for name in order)
    processors = tuple(_processor(table.c[name].type, dialect) for name in order)
    return str(compiled), source, processors


def _processor(column_type, dialect: Dialect) -> Callable | None:  # noqa: ANN001
    """The column's bind processor; on SQLite, dates end as the text the driver's own adapter would write.

    pysqlite-style drivers adapt dates themselves, so SQLAlchemy leaves them as
    objects; converting here lets a worker process do that work instead of the writer.
    """
    base = column_type.bind_processor(dialect)
    if dialect.name != "sqlite":
        return base
    python_type = getattr(column_type, "impl", column_type).python_type
    to_text = {datetime: _datetime_text, date: date.isoformat}.get(python_type)
    if to_text is None:
        return base
    if base is None:
        return lambda value: None if value is None else to_text(value)

    def chained(value):  # noqa: ANN001, ANN202
        value = base(value)
        return None if value is None else to_text(value)

    return chained


def _datetime_text(value: datetime) -> str:
    return value.isoformat(" ")


@cache
def dialect_named(name: str) -> Dialect:
    """A dialect instance from its "name.driver" string, for preparing rows in another process."""
    from sqlalchemy.dialects import registry

    return registry.load(name)()


def dialect_name(session: Session) -> str:
    dialect = session.connection().dialect
    return f"{dialect.name}.{dialect.driver}"


def prepare(rows_by_table: dict[str, list[tuple]], columns: dict[str, tuple[str, ...]],
            dialect: Dialect) -> Prepared:
    """Turns row tuples (in `columns` order) into driver parameters, converting only the columns that need it.

    Conversion runs column by column over the distinct values of each column (a batch shares a few
    hundred dates and one timestamp), so it costs a dictionary lookup per value, not a function call.
    """
    prepared: Prepared = {}
    for name, rows in rows_by_table.items():
        if not rows:
            continue
        _sql, source, processors = _plan(name, columns[name], dialect)
        identity = source == tuple(range(len(source)))
        converters = [(i, proc) for i, proc in enumerate(processors) if proc]
        if identity and not converters and dialect.positional:
            prepared[name] = (columns[name], rows)
            continue
        table: list[list[object]] = ([list(column) for column in zip(*rows, strict=False)] if identity
                                     else [[row[i] for row in rows] for i in source])
        for i, proc in converters:
            column = table[i]
            converted = {value: proc(value) for value in set(column)}
            table[i] = [converted[value] for value in column]
        out: list[tuple[object, ...]] = list(zip(*table, strict=False))
        if dialect.positional:
            prepared[name] = (columns[name], out)
        else:
            prepared[name] = (columns[name], [dict(zip(columns[name], values, strict=False)) for values in out])
    return prepared


def write_prepared(session: Session, prepared: Prepared) -> int:
    """Inserts prepared rows in foreign-key order inside the session's transaction; returns the count."""
    connection = session.connection()
    written = 0
    for table in Base.metadata.sorted_tables:
        if table.name not in prepared:
            continue
        columns, rows = prepared[table.name]
        sql, _source, _processors = _plan(table.name, columns, connection.dialect)
        connection.exec_driver_sql(sql, rows)
        written += len(rows)
    return written


def next_ids(session: Session, tables: list[str]) -> dict[str, int]:
    """The next free integer id of each table with an `id` column."""
    result = {}
    for name in tables:
        table = Base.metadata.tables[name]
        if "id" in table.c:
            result[name] = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        else:
            result[name] = 1
    return result


def reserve_ids(session: Session, table: str, count: int) -> list[int]:
    """`count` ids from a team server's sequence for `table`, taken for good (another desk never gets them;
    those left unused are a gap, as after any rolled-back insert)."""
    return list(session.scalars(text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM "
                                     "generate_series(1, :count)"), {"table": table, "count": count}))


def account_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Account)) or 0


INDEX_STATE_KEY = "secondary_indexes"


def drop_secondary_indexes(session: Session) -> None:
    """Before a bulk load into an empty vault: building indexes once afterwards is several times
    cheaper than keeping them up to date row by row. Marked in vault_meta so an interrupted load is
    repaired on the next open."""
    from collections_desktop.storage.models import VaultMeta

    connection = session.connection()
    kept_sums.suspend(session)  # their triggers read through the indexes dropped here
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            index.drop(connection, checkfirst=True)
    session.merge(VaultMeta(key=INDEX_STATE_KEY, value="dropped"))


def restore_secondary_indexes(session: Session) -> bool:
    """Re-creates the indexes a bulk load dropped and the kept sums' triggers it set aside; returns False when there
    was nothing to do."""
    from collections_desktop.storage.models import VaultMeta

    state = session.get(VaultMeta, INDEX_STATE_KEY)
    dropped = False
    if state is not None and state.value == "dropped":
        dropped = True
        connection = session.connection()
        for table in Base.metadata.sorted_tables:
            for index in table.indexes:
                index.create(connection, checkfirst=True)
        state.value = "present"
    return kept_sums.resume(session) or dropped  # the sums after the indexes their rebuild reads by
