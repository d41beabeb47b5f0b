"""Whole-column reads as plain driver tuples: for 100k-row lists, SQLAlchemy's Row objects cost more than the query."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.sql import Select


def driver(session: Session):  # noqa: ANN201 - the DB-API connection inside the session's transaction
    """The driver's own connection, for plain SQL read in the session's transaction."""
    return session.connection().connection.driver_connection


def driver_rows(session: Session, query: Select) -> list[tuple]:
    """Runs a SELECT compiled by SQLAlchemy for the vault's dialect, straight on the driver cursor."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if connection.dialect.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = driver(session).cursor()
    try:
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def driver_column(session: Session, query: Select) -> list:
    """The first column of every row, e.g. an ordered list of ids."""
    return [row[0] for row in driver_rows(session, query)]
