"""Dates, moments and amounts as a person reads them, one format per language from CLDR (Babel): English
"Dec 2, 2026", Spanish "2 dic 2026"; US dollars alike in both. ISO dates stay in JSON, CSV and file names."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from collections_desktop.words import current_language

# US English and US Spanish: the dollar is written "$1,070.24" in both.
LOCALES = {"en": "en_US", "es": "es_US"}


@cache
def _babel_dates():  # noqa: ANN202 - loaded when first needed: the module costs tens of milliseconds
    from babel import dates

    return dates


def _locale(lang: str | None) -> str:
    return LOCALES.get(lang or current_language(), "en_US")


def day(value: date | None, lang: str | None = None) -> str:
    """A day: "Dec 2, 2026" / "2 dic 2026"; "—" for none."""
    if value is None:
        return "—"
    return str(_babel_dates().format_date(value, "medium", locale=_locale(lang)))


def long_day(value: date, lang: str | None = None) -> str:
    """A day in full, for letters and agreements: "December 2, 2026" / "2 de diciembre de 2026"."""
    return str(_babel_dates().format_date(value, "long", locale=_locale(lang)))


def month_year(value: date, lang: str | None = None) -> str:
    """A month: "Dec 2026" / "dic 2026"."""
    return str(_babel_dates().format_skeleton("yMMM", value, locale=_locale(lang)))


def week(value: date, lang: str | None = None) -> str:
    """A week by its first day, for a chart's axis: "Nov 30" / "30 nov"; with its year for the first week of a
    January ("Jan 4, 2027"), where a chart crosses into a new year."""
    if value.month == 1 and value.day <= 7:
        return day(value, lang)
    return str(_babel_dates().format_skeleton("MMMd", value, locale=_locale(lang)))


def month(value: date, lang: str | None = None) -> str:
    """A month without its year, for a chart's axis: "Dec" / "dic"."""
    return str(_babel_dates().format_skeleton("MMM", value, locale=_locale(lang)))


def axis_date(kind: str, value: date, index: int, lang: str | None = None) -> str:
    """A chart's date category in words: a week by its first day; a month with its year on the first category
    and on each January."""
    if kind == "week":
        return week(value, lang)
    return month_year(value, lang) if index == 0 or value.month == 1 else month(value, lang)


def moment(value: datetime, lang: str | None = None) -> str:
    """A moment in this computer's local time: "Dec 2, 2026, 3:41 PM" / "2 dic 2026, 3:41 p.m."."""
    local = value.astimezone()
    return f"{day(local.date(), lang)}, {clock(local, lang)}"


def clock(value: datetime, lang: str | None = None) -> str:
    """A time of day as it is on `value`'s own clock: "3:41 PM" / "3:41 p.m."."""
    return str(_babel_dates().format_time(value, "short", locale=_locale(lang)))


def weekday_clock(value: datetime, lang: str | None = None) -> str:
    """A weekday and a time in this computer's local time, for "callable from": "Wed 3:41 PM" / "mié 3:41 p.m."."""
    local = value.astimezone()
    weekday = str(_babel_dates().format_date(local.date(), "EEE", locale=_locale(lang)))
    return f"{weekday} {clock(local, lang)}"


def iso_day(text: str, lang: str | None = None) -> str:
    """A day kept as ISO text (a detail, an event's parameter) in the reader's format; other text unchanged."""
    try:
        return day(date.fromisoformat(text), lang)
    except (TypeError, ValueError):
        return text
