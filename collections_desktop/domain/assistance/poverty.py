"""The HHS poverty guidelines: a household's guideline for a year and region, and its income as a percent of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

REGIONS = ("contiguous", "alaska", "hawaii")
# What an income is counted over, to a year.
PERIODS_PER_YEAR = {"annual": 1, "monthly": 12, "semimonthly": 24, "biweekly": 26, "weekly": 52}


@dataclass(frozen=True)
class Guideline:
    """One year's guideline for one region, in cents: the first person, and what each further person adds."""

    year: int
    region: str
    published: date
    first_cents: int
    each_more_cents: int
    source: str = ""

    def for_household(self, size: int) -> int:
        if size < 1:
            raise ValueError("a household has at least one person")
        return self.first_cents + (size - 1) * self.each_more_cents


def region_for(state: str) -> str:
    """Alaska and Hawaii have their own guidelines; the 48 contiguous states and DC share one (the territories
    have none of their own and are read with it)."""
    return {"AK": "alaska", "HI": "hawaii"}.get(state.strip().upper(), "contiguous")


def guideline_on(guidelines: list[Guideline], region: str, day: date) -> Guideline:
    """The newest guideline for `region` published on or before `day` (the oldest one known before all)."""
    mine = sorted((g for g in guidelines if g.region == region), key=lambda g: g.published)
    if not mine:
        raise LookupError(f"no poverty guideline for {region}")
    return next((g for g in reversed(mine) if g.published <= day), mine[0])


def annual_cents(amount_cents: int, period: str) -> int:
    """An income stated per `period` as a year's income."""
    if period not in PERIODS_PER_YEAR:
        raise ValueError(f"unknown period {period}")
    if amount_cents < 0:
        raise ValueError("an income is not negative")
    return amount_cents * PERIODS_PER_YEAR[period]


def percent_of_guideline(annual_income_cents: int, guideline_cents: int) -> Decimal:
    """The income as a percent of the guideline, to a tenth, rounded down (201.96 % reads 201.9 %: a patient is
    never pushed over a tier's line by rounding)."""
    return (Decimal(annual_income_cents) * 100 / Decimal(guideline_cents)).quantize(Decimal("0.1"),
                                                                                     rounding=ROUND_FLOOR)
