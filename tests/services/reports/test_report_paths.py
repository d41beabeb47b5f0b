"""The vault's quick paths for the reports' contact counts give what a plain GROUP BY gives, whichever path a
period's size picks: kinds counted per index range, reasons by moment or by account, calls from the kept counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from collections_desktop.storage import report_scans
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.report_reads import call_hours, contact_counts, moments, reason_counts
from tests.conftest import AS_OF

pytestmark = pytest.mark.vault_only  # the server groups in SQL: these paths are the vault's

PERIODS = {"a day": (AS_OF - timedelta(days=3), AS_OF - timedelta(days=3)),
           "a month": (AS_OF - timedelta(days=40), AS_OF - timedelta(days=10)),
           "a year": (AS_OF - timedelta(days=364), AS_OF),
           "before anything": (date(2001, 1, 1), date(2001, 12, 31))}


def grouped(session, sql: str, start: date, end: date) -> Counter:  # noqa: ANN001
    since, until = (m.strftime("%Y-%m-%d %H:%M:%S.%f") for m in moments(start, end))
    return Counter({tuple(row[:-1]): row[-1] for row in session.execute(text(sql), {"a": since, "b": until})})


@pytest.mark.parametrize("name", PERIODS)
def test_kinds_reasons_and_calls_agree_with_a_group_by(demo_workspace, monkeypatch, name):
    start, end = PERIODS[name]
    with demo_workspace.reading() as session:
        kinds = grouped(session, "SELECT channel, direction, outcome, count(*) FROM contact_event NOT INDEXED "
                                 "WHERE at >= :a AND at < :b GROUP BY 1, 2, 3", start, end)
        assert Counter({tuple(k[:3]): k[3] for k in contact_counts(session, start, end)}) == kinds
        reasons = grouped(session, "SELECT reason, count(DISTINCT account_id) FROM contact_event NOT INDEXED "
                                   "WHERE reason != '' AND at >= :a AND at < :b GROUP BY 1", start, end)
        by_moment = list(reason_counts(session, start, end))
        monkeypatch.setattr(report_scans, "MOMENT_INDEX_MOST", -1)  # the walk through each reason's accounts
        by_account = list(reason_counts(session, start, end))
        assert sorted(by_moment) == sorted(by_account)
        assert Counter({(reason,): n for reason, n, _owed, _example in by_moment}) == reasons
        calls = grouped(session, "SELECT substr(address_used, 1, 8), CAST(strftime('%H', at) AS INTEGER), outcome, "
                                 "count(*) FROM contact_event NOT INDEXED WHERE channel = 'phone' AND direction = "
                                 "'outbound' AND at >= :a AND at < :b GROUP BY 1, 2, 3", start, end)
        assert Counter({tuple(c[:3]): c[3] for c in call_hours(session, start, end)}) == calls  # the kept counts
    if name == "a year":
        assert sum(kinds.values()) > 100 and reasons and calls  # the demo's year has all three to compare


def test_distinct_heads_are_select_distinct(demo_workspace):
    with demo_workspace.reading() as session:
        heads = list(report_scans.distinct_heads(driver(session), report_scans.KIND_INDEX,
                                                 ("channel", "direction", "outcome")))
        plain = [tuple(r) for r in session.execute(text(
            "SELECT DISTINCT channel, direction, outcome FROM contact_event ORDER BY 1, 2, 3"))]
        assert heads == plain and len(heads) > 5
        reasons = list(report_scans.distinct_heads(driver(session), report_scans.REASON_INDEX, ("reason",),
                                                   report_scans.HAS_REASON))
        assert reasons == [tuple(r) for r in session.execute(text(
            "SELECT DISTINCT reason FROM contact_event WHERE reason != '' ORDER BY 1"))]
