"""Turns folded search terms into a SQL filter: the SQLite trigram index where it exists, LIKE elsewhere."""

from __future__ import annotations

from sqlalchemy import and_, bindparam, literal_column, or_, select, text
from sqlalchemy.sql.elements import ColumnElement

from collections_desktop.storage.models import Account, AccountSearch

FTS_TABLE = "account_search_fts"
# A trigram index cannot match anything shorter than three characters.
MIN_INDEXED_LENGTH = 3


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
        matching = select(literal_column("rowid")).select_from(text(FTS_TABLE)).where(
            text(f"{FTS_TABLE} MATCH :fts_query").bindparams(bindparam("fts_query", query)))
        conditions.append(Account.id.in_(matching))
    else:
        short = terms
    if short:
        conditions.append(Account.id.in_(select(AccountSearch.account_id).where(
            and_(*[_like(alts) for alts in short]))))
    return and_(*conditions)
