"""Whole-column reads as plain driver tuples: for 100k-row lists, SQLAlchemy's Row objects cost more than the query."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from collections_desktop.storage import desk_reads


def driver(session: Session):  # noqa: ANN201 - the DB-API connection inside the session's transaction
    """The driver's own connection, for plain SQL read in the session's transaction. On a team server it is
    wrapped so the same SQL runs there: `?` marks become psycopg's, and values come back as SQLite keeps them
    (moments and days as ISO text, true/false as 1/0), which the readers of stored rows expect."""
    raw = session.connection().connection.driver_connection
    return ServerDriver(raw) if type(raw).__module__.startswith("psycopg") else raw


def _compiled(session: Session, query: Select) -> tuple[str, tuple[object, ...] | dict[str, object]]:
    """The SELECT's text for the vault's dialect and its parameters as the driver takes them: each passed
    through its column type (a moment becomes the stored UTC text, as SQLAlchemy itself would send it)."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    processors = compiled._bind_processors  # noqa: SLF001 - the types' own conversions, as execute applies them
    params = {name: _through(processors.get(name), value) for name, value in compiled.params.items()}
    if connection.dialect.positional:
        return str(compiled), tuple(params[name] for name in compiled.positiontup or ())
    return str(compiled), params


def _through(processor: object, value: object) -> object:
    return processor(value) if callable(processor) and value is not None else value


def driver_rows(session: Session, query: Select) -> list[tuple]:
    """Runs a SELECT compiled by SQLAlchemy for the vault's dialect, straight on the driver cursor."""
    sql, params = _compiled(session, query)
    cursor = driver(session).cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def driver_ids(session: Session, query: Select) -> list[int]:
    """The ids a SELECT of one `id` column gives, in order, read as one row (see `desk_reads.id_list`)."""
    sql, params = _compiled(session, query)
    return desk_reads.id_list(driver(session), sql, params)


def driver_connection(connection):  # noqa: ANN001, ANN201 - a SQLAlchemy Connection; the DB-API connection
    """The driver's own connection inside a SQLAlchemy Connection's transaction."""
    return connection.connection.driver_connection


class ServerDriver:
    """A psycopg connection that takes the vault's plain SQL (qmark parameters) and answers in its types."""

    server = True

    def __init__(self, connection) -> None:  # noqa: ANN001 - a psycopg connection
        self.connection = connection

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: tuple | list | dict = ()) -> _Rows:
        return _Rows(self.connection.cursor(), translate=self._sql).execute(sql, params)

    def executemany(self, sql: str, rows) -> None:  # noqa: ANN001 - an iterable of parameter tuples
        with self.connection.cursor() as cursor:
            cursor.executemany(self._sql(sql), [tuple(r) for r in rows])

    def cursor(self) -> _Rows:
        return _Rows(self.connection.cursor(), translate=self._sql)


class _Rows:
    """A cursor whose rows hold what SQLite would hand back."""

    def __init__(self, cursor, translate=None) -> None:  # noqa: ANN001
        self._cursor, self._translate = cursor, translate

    def execute(self, sql: str, params: tuple | list | dict = ()) -> _Rows:
        if isinstance(params, dict):  # a statement compiled by SQLAlchemy for this dialect: already psycopg's
            self._cursor.execute(sql, params)
        else:
            self._cursor.execute(self._translate(sql) if self._translate else sql, tuple(params))
        return self

    def __iter__(self):  # noqa: ANN204
        return (_as_stored(row) for row in self._cursor)

    def fetchone(self) -> tuple | None:
        row = self._cursor.fetchone()
        return None if row is None else _as_stored(row)

    def fetchall(self) -> list[tuple]:
        return [_as_stored(row) for row in self._cursor.fetchall()]

    def fetchmany(self, size: int) -> list[tuple]:
        return [_as_stored(row) for row in self._cursor.fetchmany(size)]

    def close(self) -> None:
        self._cursor.close()


def _as_stored(row: tuple) -> tuple:
    return tuple(_stored(value) for value in row)


def _stored(value: object) -> object:
    import datetime as dt

    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
