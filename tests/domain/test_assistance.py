"""Poverty guidelines as HHS published them, the percent of them, the sliding scale and the state floors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.assistance.poverty import annual_cents, guideline_on, percent_of_guideline, region_for
from collections_desktop.domain.assistance.screening import Tier, screen
from collections_desktop.storage.assistance_repo import guidelines

TIERS = (Tier(200, 100), Tier(300, 75), Tier(400, 50))


# The published tables (ASPE; Federal Register): (year, region, household) -> dollars.
@pytest.mark.parametrize(("year", "region", "household", "dollars"), [
    (2024, "contiguous", 1, 15_060), (2024, "contiguous", 4, 31_200), (2024, "contiguous", 8, 52_720),
    (2024, "alaska", 1, 18_810), (2024, "alaska", 8, 65_920), (2024, "hawaii", 1, 17_310), (2024, "hawaii", 8, 60_640),
    (2025, "contiguous", 1, 15_650), (2025, "contiguous", 4, 32_150), (2025, "contiguous", 8, 54_150),
    (2025, "alaska", 1, 19_550), (2025, "alaska", 4, 40_190), (2025, "hawaii", 1, 17_990), (2025, "hawaii", 4, 36_980),
    (2026, "contiguous", 1, 15_960), (2026, "contiguous", 4, 33_000), (2026, "contiguous", 8, 55_720),
    (2026, "contiguous", 9, 61_400), (2026, "alaska", 1, 19_950), (2026, "alaska", 8, 69_650),
    (2026, "hawaii", 1, 18_360), (2026, "hawaii", 8, 64_070),
])
def test_the_published_guidelines(year, region, household, dollars):
    table = next(g for g in guidelines() if g.year == year and g.region == region)
    assert table.for_household(household) == dollars * 100
    assert table.source


def test_the_guideline_in_force_on_a_day():
    known = list(guidelines())
    assert guideline_on(known, "contiguous", date(2026, 1, 14)).year == 2025
    assert guideline_on(known, "contiguous", date(2026, 1, 15)).year == 2026
    assert guideline_on(known, "contiguous", date(2023, 6, 1)).year == 2024  # before all: the oldest known
    assert [region_for(s) for s in ("AK", "hi", "DC", "TX", "PR")] == ["alaska", "hawaii"] + ["contiguous"] * 3


def test_percent_and_periods():
    assert annual_cents(245_000, "monthly") == 2_940_000 and annual_cents(100_000, "biweekly") == 2_600_000
    assert percent_of_guideline(2_940_000, 2_732_000) == Decimal("107.6")
    assert percent_of_guideline(5_464_000 + 99, 2_732_000) == Decimal("200.0")  # rounded down, never up a tier
    with pytest.raises(ValueError):
        annual_cents(1, "daily")


@pytest.mark.parametrize(("state", "income", "discount", "owed", "floor"), [
    ("TX", 5_464_000, 100, 0, None),            # exactly 200 % of the 2026 guideline for 3: free care
    ("TX", 5_464_100, 100, 0, None),            # a dollar above reads 200.0 %: rounding never moves a tier up
    ("TX", 5_474_000, 75, 25_000, None),        # $100 above: 200.3 %, the next tier
    ("TX", 10_928_000, 50, 50_000, None),       # 400 %
    ("TX", 10_940_000, 0, 100_000, None),       # above the scale
    ("CA", 10_928_000, 50, 50_000, ("CA", 400)),
    ("CO", 6_830_000, 75, 25_000, ("CO", 250)),  # 250 %: the Colorado floor reaches it
    ("CO", 6_840_000, 75, 25_000, None),
])
def test_the_sliding_scale_and_state_floors(state, income, discount, owed, floor):
    result = screen(list(guidelines()), TIERS, day=date(2026, 6, 1), state=state, household=3, income_cents=income,
                    period="annual", balance_cents=100_000)
    assert (result.discount_percent, result.likely_owed_cents, result.state_floor) == (discount, owed, floor)
    assert result.offer_application == bool(discount or floor)


@given(st.integers(1, 30), st.integers(0, 50_000_000), st.sampled_from(["annual", "monthly", "weekly"]),
       st.integers(-10_000, 5_000_000), st.sampled_from(["TX", "CA", "AK", "HI", "CO"]))
def test_a_screening_never_asks_more_than_is_owed(household, income, period, balance, state):
    result = screen(list(guidelines()), TIERS, day=date(2026, 6, 1), state=state, household=household,
                    income_cents=income, period=period, balance_cents=balance)
    assert 0 <= result.likely_owed_cents <= max(balance, 0)
    assert result.discount_percent in (0, 50, 75, 100)
    assert (result.discount_percent == 100) == (result.percent <= 200)
