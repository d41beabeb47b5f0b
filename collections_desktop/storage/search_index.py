"""The account search text and its SQLite trigram index: writing both, rebuilding after bulk loads, and filtering."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, and_, bindparam, delete, insert, literal_column, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from collections_desktop.storage.models import Account, AccountSearch, VaultMeta

FTS_TABLE = "account_search_fts"
# A trigram index cannot match anything shorter than three characters.
MIN_INDEXED_LENGTH = 3
STATE_KEY = "search_index"


def _indexed(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def write_search_texts(session: Session, rows: Iterable[tuple[int, str]]) -> None:
    """Sets the search text of accounts, replacing what they had, in the table and in the index."""
    rows = list(rows)
    if not rows:
        return
    ids = [account_id for account_id, _ in rows]
    # Plain SQL: no need to match the deleted rows against every object the session holds.
    session.execute(delete(AccountSearch).where(AccountSearch.account_id.in_(ids)),
                    execution_options={"synchronize_session": False})
    session.execute(insert(AccountSearch), [{"account_id": a, "text": t} for a, t in rows])
    if _indexed(session):
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)), {"ids": ids})
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (:a, :t)"),
                        [{"a": a, "t": t} for a, t in rows])


def index_new_texts(session: Session, rows: list[tuple[int, str]]) -> None:
    """Adds accounts just written to account_search to the index, during a bulk load into an empty vault.

    Done batch by batch, the indexing overlaps with whatever prepares the next batch
    instead of waiting for one long rebuild at the end.
    """
    if rows and _indexed(session):
        session.connection().exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (?, ?)", rows)


def mark_fresh(session: Session) -> None:
    session.merge(VaultMeta(key=STATE_KEY, value="fresh"))


def mark_stale(session: Session) -> None:
    """Called in the first transaction of a bulk load, which writes account_search without the index."""
    session.merge(VaultMeta(key=STATE_KEY, value="stale"))


def rebuild(session: Session) -> None:
    """Re-creates the whole index from account_search (about a second for 100k accounts)."""
    if _indexed(session):
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, text) SELECT account_id, text FROM account_search"))
    session.merge(VaultMeta(key=STATE_KEY, value="fresh"))


def rebuild_if_stale(session: Session) -> bool:
    """After a bulk load that was interrupted, the index is rebuilt on the next open."""
    state = session.get(VaultMeta, STATE_KEY)
    if state is None or state.value != "stale":
        return False
    rebuild(session)
    return True


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(alternatives: tuple[str, ...]) -> ColumnElement:
    return or_(*[AccountSearch.text.contains(alt, autoescape=True) for alt in alternatives])


def account_filter(terms: list[tuple[str, ...]], dialect_name: str) -> ColumnElement:
    """Accounts whose search text contains every term (each term may have alternatives)."""
    indexed = [alts for alts in terms if all(len(a) >= MIN_INDEXED_LENGTH for a in alts)]
    short = [alts for alts in terms if alts not in indexed]
    conditions = []
    if dialect_name == "sqlite" and indexed:
        query = " AND ".join("(" + " OR ".join(_quote(a) for a in alts) + ")" for alts in indexed)
        matching: Select = select(literal_column("rowid")).select_from(text(FTS_TABLE)).where(
            text(f"{FTS_TABLE} MATCH :fts_query").bindparams(bindparam("fts_query", query)))
        conditions.append(Account.id.in_(matching))
    else:
        short = terms
    if short:
        conditions.append(Account.id.in_(select(AccountSearch.account_id).where(
            and_(*[_like(alts) for alts in short]))))
    return and_(*conditions)
