"""Plan schedules: every cent accounted for and due dates that respect month ends and frequency."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.plans.schedule import (
    Frequency,
    ScheduleError,
    build_schedule,
    due_dates,
    split_by_amount,
    split_equal,
)

totals = st.integers(min_value=1, max_value=10_000_000)
days = st.dates(min_value=date(2024, 1, 1), max_value=date(2040, 12, 31))


def test_three_way_split_puts_the_leftover_cent_on_the_last_installment():
    assert split_equal(10_000, 3) == [3_333, 3_333, 3_334]


@given(totals, st.integers(min_value=1, max_value=520))
def test_equal_split_never_loses_or_gains_a_cent(total, count):
    if count > total:
        with pytest.raises(ScheduleError):
            split_equal(total, count)
        return
    amounts = split_equal(total, count)
    assert sum(amounts) == total and len(amounts) == count
    assert len(set(amounts[:-1])) <= 1
    assert 0 <= amounts[-1] - amounts[0] < count


@given(totals, st.integers(min_value=1, max_value=1_000_000))
def test_split_by_amount_ends_with_what_remains(total, installment):
    if -(-total // installment) > 520:
        with pytest.raises(ScheduleError):
            split_by_amount(total, installment)
        return
    amounts = split_by_amount(total, installment)
    assert sum(amounts) == total
    assert all(a == installment for a in amounts[:-1])
    assert 0 < amounts[-1] <= installment


def test_monthly_from_the_31st_keeps_month_ends():
    got = due_dates(date(2027, 1, 31), Frequency.MONTHLY, 4)
    assert got == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]


def test_monthly_handles_leap_february():
    assert due_dates(date(2028, 1, 30), Frequency.MONTHLY, 2)[1] == date(2028, 2, 29)


@given(days, st.sampled_from(list(Frequency)), st.integers(min_value=1, max_value=60))
def test_due_dates_strictly_increase_with_the_chosen_rhythm(first, frequency, count):
    got = due_dates(first, frequency, count)
    assert got[0] == first and len(got) == count
    gaps = [(b - a).days for a, b in pairwise(got)]
    assert all(g > 0 for g in gaps)
    if frequency is Frequency.WEEKLY:
        assert set(gaps) <= {7}
    elif frequency is Frequency.BIWEEKLY:
        assert set(gaps) <= {14}
    elif frequency is Frequency.SEMIMONTHLY:
        assert all(13 <= g <= 16 for g in gaps)
        # Two payments in every month counted from the first date: the first of each pair keeps the monthly day.
        assert got[::2] == due_dates(first, Frequency.MONTHLY, len(got[::2]))
    else:
        assert all(d.day == min(first.day, _month_length(d)) for d in got)


def test_schedule_numbers_the_down_payment_zero():
    plan = build_schedule(split_equal(50_000, 4), date(2027, 2, 1), Frequency.MONTHLY,
                          down_payment_cents=5_000, down_payment_due=date(2027, 1, 15))
    assert [i.number for i in plan] == [0, 1, 2, 3, 4]
    assert plan[0].due == date(2027, 1, 15) and plan[0].amount_cents == 5_000
    assert sum(i.amount_cents for i in plan) == 55_000


@pytest.mark.parametrize("call, code", [
    (lambda: split_equal(0, 3), "TOTAL_NOT_POSITIVE"),
    (lambda: split_equal(-100, 3), "TOTAL_NOT_POSITIVE"),
    (lambda: split_equal(100, 0), "COUNT_OUT_OF_RANGE"),
    (lambda: split_equal(2, 3), "INSTALLMENT_BELOW_ONE_CENT"),
    (lambda: split_by_amount(100, 0), "INSTALLMENT_NOT_POSITIVE"),
    (lambda: split_by_amount(1_000_000, 1), "COUNT_OUT_OF_RANGE"),
    (lambda: build_schedule([100], date(2027, 1, 1), Frequency.MONTHLY, 50, date(2027, 2, 1)),
     "DOWN_PAYMENT_AFTER_FIRST"),
])
def test_impossible_terms_are_refused_with_a_code(call, code):
    with pytest.raises(ScheduleError) as caught:
        call()
    assert caught.value.code == code


def _month_length(d: date) -> int:
    following = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return (following - timedelta(days=1)).day
