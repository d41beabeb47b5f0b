"""Report periods: each grain holds its day, the compared period lies just before (or a year before), and
month ends and weeks cover the period without gaps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.reports.billing_issues import MIN_CASES, Trend, ranked, reason_problem
from collections_desktop.domain.reports.periods import Period, compared_with, month_ends, period_for, weeks

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(today=days, grain=st.sampled_from(["day", "week", "month", "quarter"]))
def test_each_grain_holds_its_day_and_the_previous_period_touches_it(today, grain):
    period = period_for(grain, today)
    assert period.contains(today)
    before = compared_with(period, "previous")
    assert before.end == period.start - timedelta(days=1)
    if grain in ("day", "week"):
        assert before.days == period.days
    else:  # whole months: the same number of months before
        assert before.start.day == 1 and (before.end + timedelta(days=1)).day == 1


@given(start=days, length=st.integers(1, 400))
def test_weeks_and_month_ends_cover_the_period(start, length):
    period = Period(start, start + timedelta(days=length - 1))
    parts = weeks(period)
    assert parts[0].start == period.start and parts[-1].end == period.end
    assert all(a.end + timedelta(days=1) == b.start for a, b in zip(parts, parts[1:], strict=False))
    ends = month_ends(period)
    assert ends[-1] == period.end and ends == sorted(ends)
    assert all((end + timedelta(days=1)).day == 1 for end in ends[:-1])


def test_a_year_before_and_a_reversed_period():
    assert compared_with(Period(date(2024, 2, 29), date(2024, 2, 29)), "year") == Period(date(2023, 2, 28),
                                                                                         date(2023, 2, 28))
    assert period_for("quarter", date(2026, 12, 2)) == Period(date(2026, 10, 1), date(2026, 12, 31))
    with pytest.raises(ValueError):
        Period(date(2026, 2, 2), date(2026, 2, 1))


def test_a_trend_needs_enough_cases_to_rise_or_fall():
    assert Trend("reason", "duplicate_charge", "", 19, 4, 342_000).direction == "rose"
    assert Trend("reason", "duplicate_charge", "", 5, 4, 0).direction == "steady"
    assert Trend("reason", "duplicate_charge", "", MIN_CASES, 0, 0).direction == "new"
    assert Trend("reason", "duplicate_charge", "", 0, MIN_CASES, 0).direction == "gone"
    assert Trend("reason", "other", "", 2, 9, 0).direction == "fell"
    top = ranked([Trend("reason", "a", "", 2, 0, 0), Trend("reason", "b", "", 5, 0, 10), Trend("reason", "c", "",
                                                                                               5, 0, 20)])
    assert [t.code for t in top] == ["c", "b", "a"]
    assert reason_problem("duplicate_charge") is None and reason_problem("made_up") == "unknown_reason"
