"""Normalised search keys: case and accents folded so "pena" finds "Peña" on any database."""

from __future__ import annotations

import re
import unicodedata

_NON_DIGITS = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-cases, strips accents (ñ -> n, é -> e) and collapses whitespace."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def digits(text: str) -> str:
    """Only the digits of a phone number or identifier."""
    return _NON_DIGITS.sub("", text)


def search_key(*parts: str | None) -> str:
    """One folded text holding every searchable part, separated by a bar so terms do not run together."""
    return "|".join(fold(p) for p in parts if p)
