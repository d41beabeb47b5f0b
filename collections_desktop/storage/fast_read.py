"""Whole-column reads as plain driver tuples: for 100k-row lists, SQLAlchemy's Row objects cost more than the query."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from collections_desktop.storage import desk_reads


def driver(session: Session):  # noqa: ANN201 - the DB-API connection inside the session's transaction
    """The driver's own connection, for plain SQL read in the session's transaction."""
    return session.connection().connection.driver_connection


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
