"""The tracker: on-time, grace, partial, missed, overpaid and returned payments, and promise outcomes."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.plans.schedule import Frequency, build_schedule, split_equal
from collections_desktop.domain.plans.tracker import InstallmentStatus as S
from collections_desktop.domain.plans.tracker import PlanPayment, PromiseOutcome, promise_outcome, track

FIRST = date(2027, 1, 31)
PLAN = build_schedule(split_equal(30_000, 3), FIRST, Frequency.MONTHLY)  # 100.00 on 31 Jan, 28 Feb, 31 Mar


def pay(day: date, cents: int) -> PlanPayment:
    return PlanPayment(day, cents)


def statuses(standing) -> list[S]:
    return [s.status for s in standing.installments]


def test_nothing_paid_reads_due_then_missed_after_grace():
    assert statuses(track(PLAN, [], date(2027, 1, 20), 5)) == [S.UPCOMING] * 3
    assert statuses(track(PLAN, [], date(2027, 2, 4), 5)) == [S.DUE, S.UPCOMING, S.UPCOMING]
    late = track(PLAN, [], date(2027, 2, 6), 5)
    assert statuses(late) == [S.MISSED, S.UPCOMING, S.UPCOMING]
    assert late.past_due_cents == 10_000 and len(late.behind) == 1


def test_payment_inside_grace_counts_as_on_time():
    standing = track(PLAN, [pay(date(2027, 2, 4), 10_000)], date(2027, 2, 10), 5)
    assert statuses(standing)[0] is S.PAID and standing.behind == ()


def test_payment_after_grace_is_paid_late():
    standing = track(PLAN, [pay(date(2027, 2, 9), 10_000)], date(2027, 2, 10), 5)
    assert statuses(standing)[0] is S.PAID_LATE


def test_partial_payment_leaves_the_rest_past_due():
    standing = track(PLAN, [pay(date(2027, 1, 30), 4_000)], date(2027, 2, 10), 5)
    first = standing.installments[0]
    assert first.status is S.PARTIAL and first.applied_cents == 4_000 and first.remaining_cents == 6_000
    assert standing.past_due_cents == 6_000


def test_overpayment_rolls_into_the_next_installments_then_beyond_the_plan():
    standing = track(PLAN, [pay(date(2027, 1, 31), 15_000)], date(2027, 2, 1), 5)
    assert [s.applied_cents for s in standing.installments] == [10_000, 5_000, 0]
    assert statuses(standing) == [S.PAID, S.UPCOMING, S.UPCOMING]
    done = track(PLAN, [pay(date(2027, 1, 31), 31_000)], date(2027, 2, 1), 5)
    assert done.completed and done.overpaid_cents == 1_000 and done.next_due is None


def test_returned_payment_uncovers_the_installment_it_paid():
    payments = [pay(date(2027, 1, 31), 10_000), pay(date(2027, 2, 10), -10_000)]
    assert statuses(track(PLAN, payments[:1], date(2027, 2, 9), 5))[0] is S.PAID
    after_return = track(PLAN, payments, date(2027, 2, 10), 5)
    assert statuses(after_return)[0] is S.MISSED
    repaid = track(PLAN, [*payments, pay(date(2027, 2, 12), 10_000)], date(2027, 2, 12), 5)
    first = repaid.installments[0]
    assert first.status is S.PAID_LATE and first.covered_on == date(2027, 2, 12)


def test_payments_after_the_reading_day_are_not_counted():
    standing = track(PLAN, [pay(date(2027, 3, 1), 30_000)], date(2027, 2, 10), 5)
    assert statuses(standing)[0] is S.MISSED


def test_promise_outcomes():
    promise = build_schedule([5_000], date(2027, 3, 15), Frequency.MONTHLY)
    assert promise_outcome(track(promise, [], date(2027, 3, 14), 2)) is PromiseOutcome.PENDING
    assert promise_outcome(track(promise, [pay(date(2027, 3, 16), 5_000)], date(2027, 3, 20), 2)) \
        is PromiseOutcome.KEPT
    assert promise_outcome(track(promise, [pay(date(2027, 3, 16), 2_000)], date(2027, 3, 20), 2)) \
        is PromiseOutcome.PARTLY_KEPT
    assert promise_outcome(track(promise, [], date(2027, 3, 20), 2)) is PromiseOutcome.BROKEN


@given(st.integers(min_value=100, max_value=5_000_000), st.integers(min_value=1, max_value=24),
       st.lists(st.tuples(st.integers(min_value=0, max_value=800), st.integers(min_value=-50_000, max_value=200_000)),
                max_size=30),
       st.integers(min_value=0, max_value=800), st.integers(min_value=0, max_value=15))
def test_every_cent_paid_is_applied_exactly_once(total, count, raw_payments, offset, grace):
    if count > total:
        return
    plan = build_schedule(split_equal(total, count), FIRST, Frequency.MONTHLY)
    payments = [pay(FIRST + timedelta(days=d), c) for d, c in raw_payments]
    as_of = FIRST + timedelta(days=offset)
    standing = track(plan, payments, as_of, grace)
    counted = max(sum(p.amount_cents for p in payments if p.paid_on <= as_of), 0)
    assert sum(s.applied_cents for s in standing.installments) + standing.overpaid_cents == counted
    assert all(0 <= s.applied_cents <= s.installment.amount_cents for s in standing.installments)
    assert standing.past_due_cents <= total


def test_overpayment_can_shorten_the_plan_instead_of_paying_ahead():
    from collections_desktop.domain.plans.tracker import Overpayment

    plan = build_schedule(split_equal(40000, 4), FIRST, Frequency.MONTHLY)
    payments = [pay(FIRST - timedelta(days=3), 15000)]
    ahead = track(plan, payments, FIRST, 15)
    shorter = track(plan, payments, FIRST, 15, Overpayment.LAST_INSTALLMENTS)
    assert [s.applied_cents for s in ahead.installments] == [10000, 5000, 0, 0]
    assert [s.applied_cents for s in shorter.installments] == [10000, 0, 0, 5000]
    assert shorter.next_due.installment.number == 2
    returned = track(plan, [*payments, pay(FIRST + timedelta(days=2), -15000)], FIRST + timedelta(days=20), 15,
                     Overpayment.LAST_INSTALLMENTS)
    assert [s.status.value for s in returned.installments][:1] == ["missed"]
