from datetime import date, timedelta

import pytest

from collections_desktop.domain.aging import AgingBucket, AgingTotals, aging_anchor, bucket_for


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(0, "0-30"), (30, "0-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"), (90, "61-90"),
     (91, "91-120"), (120, "91-120"), (121, "120+"), (4000, "120+"), (-5, "0-30")],
)
def test_bucket_boundaries(days, bucket):
    as_of = date(2026, 6, 15)
    assert bucket_for(as_of - timedelta(days=days), as_of).value == bucket


def test_leap_day_counts_as_a_day():
    # 2024-02-01 to 2024-03-02 is 30 days only because February 2024 has 29 of them.
    assert bucket_for(date(2024, 2, 1), date(2024, 3, 2)) is AgingBucket.CURRENT
    assert bucket_for(date(2024, 2, 1), date(2024, 3, 3)) is AgingBucket.DAYS_31_60
    # The same calendar span in 2023 is one day shorter.
    assert bucket_for(date(2023, 2, 1), date(2023, 3, 3)) is AgingBucket.CURRENT
    assert bucket_for(date(2024, 2, 29), date(2024, 3, 30)) is AgingBucket.CURRENT
    assert bucket_for(date(2024, 2, 29), date(2024, 3, 31)) is AgingBucket.DAYS_31_60


def test_anchor_prefers_first_statement():
    assert aging_anchor(date(2026, 1, 5), date(2026, 2, 1)) == date(2026, 2, 1)
    assert aging_anchor(date(2026, 1, 5), None) == date(2026, 1, 5)


def test_totals_and_oldest_bucket():
    totals = AgingTotals()
    assert totals.oldest() is None
    totals.add(AgingBucket.CURRENT, 500)
    totals.add(AgingBucket.DAYS_91_120, 250)
    assert totals.total == 750
    assert totals.oldest() is AgingBucket.DAYS_91_120
