"""Normalised search keys: case and accents folded so "pena" finds "Peña" on any database."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_NON_DIGITS = re.compile(r"\D+")
# The Unicode blocks of combining marks (accents) left over after NFKD decomposition.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_US_DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")


def fold(text: str) -> str:
    """Lower-cases, strips accents (ñ -> n, é -> e) and collapses whitespace."""
    if text.isascii():
        return " ".join(text.lower().split())
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(stripped.split())


def digits(text: str) -> str:
    """Only the digits of a phone number or identifier."""
    return _NON_DIGITS.sub("", text)


def search_key(*parts: str | None) -> str:
    """One folded text holding every searchable part, separated by a bar so terms do not run together."""
    return "|".join(fold(p) for p in parts if p)


def account_search_text(account_number: str, people: list[tuple[str, str, date | None]], claim_ids: list[str],
                        phones: list[str]) -> str:
    """The folded text a search box scans for one account.

    `people` are (first name, last name, birth date or None); birth dates are
    indexed as 1980-03-14 (`normalize_query` turns 03/14/1980 into that form),
    phones by their last ten digits.
    """
    parts = [account_number, *claim_ids, *(digits(p)[-10:] for p in phones)]
    for first, last, born in people:
        parts.append(f"{first} {last}")
        if born is not None:
            parts.append(born.isoformat())
    return fold("|".join(p for p in parts if p))


def normalize_query(text: str) -> str:
    """Folds a typed search and rewrites US dates (3/14/1980, 03-14-1980) as ISO dates, as they are indexed."""
    def iso(match: re.Match[str]) -> str:
        month, day, year = (int(g) for g in match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else match.group(0)

    return _US_DATE.sub(iso, fold(text))


def sort_name(first_name: str, last_name: str) -> str:
    """The key names are listed by: folded "last first", so Ñúñez sorts with Nunez."""
    return fold(f"{last_name} {first_name}")[:170]
