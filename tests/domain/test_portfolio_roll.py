"""The receivable's roll-forward: every month closes, in total and per bucket, whatever the postings."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.aging import AgingBucket as B
from collections_desktop.domain.reports.portfolio import FLOW_OF_KIND, month_starts, roll_forward

FIRST, LAST = date(2026, 2, 1), date(2026, 4, 30)


def test_a_hand_counted_quarter():
    jan15, mar10 = date(2026, 1, 15), date(2026, 3, 10)
    flows = [(jan15, date(2026, 1, 1), "charge", 10000), (jan15, date(2026, 2, 1), "patient_payment", 3000),
             (jan15, date(2026, 4, 1), "write_off", 500),
             (mar10, date(2026, 3, 1), "charge", 20000), (mar10, date(2026, 3, 1), "insurance_payment", 12000),
             (mar10, date(2026, 3, 1), "contractual", 5000), (mar10, date(2026, 3, 1), "patient_payment", 1000),
             (mar10, date(2026, 4, 1), "patient_refund", 200)]
    feb, mar, apr = roll_forward(flows, FIRST, LAST)
    assert [m.month_end for m in (feb, mar, apr)] == [date(2026, 2, 28), date(2026, 3, 31), LAST]
    assert feb.start[B.CURRENT] == 10000 and feb.collected[B.CURRENT] == 3000
    assert feb.end == {B.CURRENT: 0, B.DAYS_31_60: 7000, B.DAYS_61_90: 0, B.DAYS_91_120: 0, B.OVER_120: 0}
    assert feb.moved == {(B.CURRENT, B.DAYS_31_60): 7000}
    # March: the new visit is billed during the month, so it counts as current; the old one ages on.
    assert (mar.total("new"), mar.total("collected"), mar.new[B.CURRENT]) == (3000, 1000, 3000)
    assert mar.end[B.CURRENT] == 2000 and mar.end[B.DAYS_61_90] == 7000
    assert mar.moved == {(B.DAYS_31_60, B.DAYS_61_90): 7000}
    # April: a refund counts as money given back (collected goes down); the write-off is adjusted.
    assert apr.collected[B.CURRENT] == -200 and apr.adjusted[B.DAYS_61_90] == 500
    assert apr.end[B.DAYS_31_60] == 2200 and apr.end[B.DAYS_91_120] == 6500 and apr.total("end") == 8700
    assert list(apr.moved) == [(B.CURRENT, B.DAYS_31_60), (B.DAYS_61_90, B.DAYS_91_120)]
    for month in (feb, mar, apr):
        assert month.closes()
        assert month.total("start") + month.total("new") - month.total("collected") - month.total(
            "adjusted") == month.total("end")


def test_months_run_from_the_first_month_to_the_last():
    assert month_starts(date(2025, 11, 20), date(2026, 1, 3)) == [date(2025, 11, 1), date(2025, 12, 1),
                                                                    date(2026, 1, 1)]
    assert [m.month_end for m in roll_forward([], date(2026, 12, 1), date(2026, 12, 3))] == [date(2026, 12, 3)]


flow = st.tuples(st.dates(date(2025, 6, 1), date(2026, 6, 30)), st.dates(date(2025, 9, 1), date(2026, 5, 31)),
                 st.sampled_from(sorted(FLOW_OF_KIND)), st.integers(-50_000, 500_000))


@given(st.lists(flow, max_size=60))
def test_every_month_closes_and_the_last_end_is_everything_posted(flows):
    flows = [(anchor, moved.replace(day=1), kind, cents) for anchor, moved, kind, cents in flows]
    months = roll_forward(flows, date(2025, 12, 15), date(2026, 5, 20))
    assert all(m.closes() for m in months)
    for before, after in zip(months, months[1:], strict=False):
        assert after.start == before.end
        assert after.month_end - before.month_end <= timedelta(days=31)
    signs = {"charge": 1, "patient_refund": 1}
    assert months[-1].total("end") == sum(signs.get(kind, -1) * cents for _a, _m, kind, cents in flows)
