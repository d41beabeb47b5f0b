"""Honest dates: the future is refused, a long back-dating needs a reason."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.moments import CLOCK_SKEW, day_problem, is_backdated, moment_problem

NOW = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


def test_a_moment_within_the_clock_skew_is_now():
    assert moment_problem(NOW + CLOCK_SKEW, NOW) is None
    assert moment_problem(NOW + CLOCK_SKEW + timedelta(seconds=1), NOW) == "moment_in_future"


def test_back_dating_past_the_limit_needs_a_reason():
    six_weeks = NOW - timedelta(weeks=6)
    assert moment_problem(six_weeks, NOW) == "backdated_needs_reason"
    assert moment_problem(six_weeks, NOW, "   ") == "backdated_needs_reason"
    assert moment_problem(six_weeks, NOW, "call made from the clinic phone, logged late") is None
    assert moment_problem(NOW - timedelta(days=3), NOW) is None and is_backdated(six_weeks, NOW)


def test_a_day_is_the_future_from_tomorrow_on():
    today = date(2026, 12, 2)
    assert day_problem(today, today) is None
    assert day_problem(today + timedelta(days=1), today, "a reason changes nothing") == "date_in_future"
    assert day_problem(today - timedelta(days=4), today) == "backdated_needs_reason"
    assert day_problem(today - timedelta(days=4), today, "check dated last week") is None


@given(st.integers(min_value=-10**6, max_value=10**6))
def test_every_moment_gets_one_answer(seconds):
    stated = NOW + timedelta(seconds=seconds)
    problem = moment_problem(stated, NOW)
    assert (problem == "moment_in_future") == (stated > NOW + CLOCK_SKEW)
    assert (problem == "backdated_needs_reason") == (NOW - stated > timedelta(days=3))
