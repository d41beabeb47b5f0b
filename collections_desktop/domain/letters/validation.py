"""The validation notice's dates and figures (Regulation F, 12 CFR 1006.34): when the patient is taken to have
received it, when the validation period ends, and the debt itemised from a reference date to today."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from collections_desktop.domain.ledger import EntryKind

RECEIPT_BUSINESS_DAYS = 5   # receipt may be assumed this many days after sending, counting no weekend or holiday
VALIDATION_DAYS = 30        # the period ends this many days after receipt


@cache
def _holidays(year: int) -> frozenset[date]:
    """The US legal public holidays of `year` (5 U.S.C. 6103), with the days they are observed on."""
    import holidays  # loaded with the first notice: the package is large

    return frozenset(holidays.country_holidays("US", years=year))


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def assumed_receipt(sent: date) -> date:
    """The fifth day after `sent` that is neither a Saturday, a Sunday nor a legal public holiday."""
    day, counted = sent, 0
    while counted < RECEIPT_BUSINESS_DAYS:
        day += timedelta(days=1)
        counted += is_business_day(day)
    return day


def validation_period_end(sent: date) -> date:
    """The last day the patient may dispute in writing and be owed verification first (30 days after receipt)."""
    return assumed_receipt(sent) + timedelta(days=VALIDATION_DAYS)


@dataclass(frozen=True)
class Itemisation:
    """What was owed on the itemisation date and what changed it since, in cents; the figures add up:
    owed_then + interest + fees − payments − credits = owed_now."""

    itemisation_date: date
    owed_then: int
    interest: int
    fees: int
    payments: int
    credits: int
    owed_now: int


def itemise(postings: Iterable[tuple[EntryKind, int, date]], itemisation_date: date) -> Itemisation:
    """Itemises the patient's part of the visits the postings belong to (kind, cents as posted, day): what they
    owed at the end of `itemisation_date`, the patient's payments after it, and every other credit after it
    (insurance payments and adjustments; a reversal counts against them). The clinic charges no interest or
    fees; a charge posted later is the creditor's new debt, not part of this one, so the date is chosen after
    the last charge (`itemisation_day`)."""
    then = payments = credits = 0
    for kind, cents, day in postings:
        signed = kind.balance_sign * cents
        if day <= itemisation_date:
            then += signed
        elif kind is EntryKind.PATIENT_PAYMENT:
            payments += cents
        elif kind is EntryKind.PATIENT_REFUND:
            payments -= cents
        else:
            credits -= signed
    return Itemisation(itemisation_date, then, 0, 0, payments, credits, then - payments - credits)


def itemisation_day(last_statement: date | None, last_charge: date | None, today: date) -> date:
    """Regulation F lets the notice itemise from the last statement or the last transaction: the later of the
    two (no charge after it), today when neither is known."""
    known = [d for d in (last_statement, last_charge) if d is not None]
    return min(max(known), today) if known else today
