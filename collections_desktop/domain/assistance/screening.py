"""A financial-assistance screening: household and income against the poverty guideline and the clinic's sliding
scale, what the patient would likely owe, and the state floors that reach further. It never decides: it says
whether to offer the application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from collections_desktop.domain.assistance.poverty import (
    Guideline,
    annual_cents,
    guideline_on,
    percent_of_guideline,
    region_for,
)

# States whose law makes patients up to this percent of the guideline eligible for free or discounted care at
# the providers it covers (CA hospitals: H&S 127400 ff., AB 1020; CO: Hospital Discounted Care), compliance.md
# P-03 and M-05: the screening says so when the clinic's own scale would give less.
STATE_FLOORS = {"CA": 400, "CO": 250}


@dataclass(frozen=True)
class Tier:
    """Incomes up to `up_to_percent` of the guideline get `discount_percent` off what the patient owes."""

    up_to_percent: int
    discount_percent: int


@dataclass(frozen=True)
class Screening:
    day: date
    household: int
    annual_income_cents: int
    guideline: Guideline
    guideline_cents: int
    percent: Decimal
    discount_percent: int          # the likely tier's discount; 0 when the income is above the scale
    balance_cents: int
    likely_owed_cents: int
    state_floor: tuple[str, int] | None  # (state, percent) when the state's law reaches this household

    @property
    def offer_application(self) -> bool:
        """Whether to offer the application: a tier applies, or the state's floor does. (Anyone may apply.)"""
        return self.discount_percent > 0 or self.state_floor is not None


def tier_for(tiers: tuple[Tier, ...], percent: Decimal) -> Tier | None:
    """The first tier (lowest line first) the percent falls within."""
    return next((t for t in sorted(tiers, key=lambda t: t.up_to_percent) if percent <= t.up_to_percent), None)


def screen(guidelines: list[Guideline], tiers: tuple[Tier, ...], *, day: date, state: str, household: int,
           income_cents: int, period: str, balance_cents: int) -> Screening:
    """Screens a household of `household` people with `income_cents` per `period`, owing `balance_cents`."""
    if household < 1 or household > 30:
        raise ValueError("household")
    guideline = guideline_on(guidelines, region_for(state), day)
    line = guideline.for_household(household)
    annual = annual_cents(income_cents, period)
    percent = percent_of_guideline(annual, line)
    tier = tier_for(tiers, percent)
    discount = tier.discount_percent if tier is not None else 0
    kept = (Decimal(max(balance_cents, 0)) * (100 - discount) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    floor = STATE_FLOORS.get(state.strip().upper())
    reaches = (state.strip().upper(), floor) if floor is not None and percent <= floor else None
    return Screening(day, household, annual, guideline, line, percent, discount, max(balance_cents, 0), int(kept),
                     reaches)
