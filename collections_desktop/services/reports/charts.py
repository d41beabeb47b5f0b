"""The reports' charts, defined once (domain/reports/charts) from the figures read: collections per week against
the compared period, promises kept month by month, balances by age at each month end, the top billing issues."""

from __future__ import annotations

from datetime import date, timedelta

from collections_desktop.domain.aging import BUCKET_ORDER
from collections_desktop.domain.reports.charts import Chart, Series
from collections_desktop.domain.reports.periods import Period, weeks
from collections_desktop.domain.reports.portfolio import month_starts
from collections_desktop.services.reports.activity import MEASURES, Activity
from collections_desktop.services.reports.billing_issues import BillingIssues
from collections_desktop.services.reports.outcomes import SOURCES, Outcomes
from collections_desktop.services.reports.portfolio import Portfolio
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import outcome_reads

SOURCE_COLOURS = {"one_time": "#3d6fb4", "plan": "#2e9e6b", "promise": "#e0a030"}
COMPARE_COLOUR = "#6b6b6b"
# Aging buckets from the youngest: greens to reds, as the worklist's aging badges.
BUCKET_COLOURS = ("#7cbf6b", "#d6c84a", "#e9a23b", "#dd6b3d", "#b8322a")
NOW_COLOUR, BEFORE_COLOUR = "#3d6fb4", "#b8c7dc"
KEPT_COLOUR = "#2e9e6b"
CHART_ISSUES = 8


def _mondays(period: Period) -> list[date]:
    return [week.start - timedelta(days=week.start.weekday()) for week in weeks(period)]


def collections_chart(now: Outcomes, before: Outcomes) -> Chart:
    """Collected per week (one-time, plan, promise stacked); the compared period's weekly totals as a line,
    its first week under this period's first."""
    mondays = _mondays(now.period)
    earlier = _mondays(before.period)
    totals = [sum(before.by_week.get(monday, {}).values()) for monday in earlier][:len(mondays)]
    compare = tuple(totals + [None] * (len(mondays) - len(totals)))
    return Chart("chart_collected", "stacked", tuple(mondays), "week",
                 tuple(Series(f"source_{source}", tuple(now.by_week.get(m, {}).get(source, 0) for m in mondays),
                              SOURCE_COLOURS[source]) for source in SOURCES),
                 "cents", Series("chart_compared", compare, COMPARE_COLOUR))


def kept_rate_chart(workspace: Workspace, end: date) -> Chart:
    """Promises kept in full among those whose outcome is known, by the month they were made, for the twelve
    months up to `end` (a month with none known is left blank)."""
    months = month_starts((end.replace(day=1) - timedelta(days=320)).replace(day=1), end)
    counted: dict[str, dict[str, int]] = {}
    with workspace.reading() as session:
        for made, outcome, count in outcome_reads.promise_outcomes_by_month(session, months[0], end):
            counted.setdefault(made, {})[outcome] = count
    rates: list[float | None] = []
    for month in months:
        outcomes = counted.get(month.isoformat()[:7], {})
        known = sum(n for outcome, n in outcomes.items() if outcome != "pending")
        rates.append(outcomes.get("kept", 0) / known if known else None)
    return Chart("chart_kept", "line", tuple(months), "month", (Series("chart_kept_rate", tuple(rates),
                                                                       KEPT_COLOUR),), "rate")


def aging_chart(portfolio: Portfolio) -> Chart:
    """What patients owe at each month end, by age, stacked from the youngest."""
    months = portfolio.months
    return Chart("chart_aging", "stacked", tuple(m.month_end for m in months), "month",
                 tuple(Series("chart_bucket", tuple(m.end[bucket] for m in months), colour,
                              (("bucket", bucket.value),))
                       for bucket, colour in zip(BUCKET_ORDER, BUCKET_COLOURS, strict=True)), "cents")


def issues_chart(issues: BillingIssues, limit: int = CHART_ISSUES) -> Chart:
    """Cases in the period and before, per issue, the most cases first."""
    shown = issues.trends[:limit]
    return Chart("chart_issues", "horizontal", tuple((t.source, t.code, t.payer, t.words) for t in shown), "issue",
                 (Series("feedback_now", tuple(t.count for t in shown), NOW_COLOUR),
                  Series("feedback_before", tuple(t.before for t in shown), BEFORE_COLOUR)), "count")


def activity_chart(now: Activity, before: Activity) -> Chart:
    """Each activity measure in the period and before, side by side."""
    return Chart("report_title_activity", "horizontal", MEASURES, "measure",
                 (Series("feedback_now", tuple(now.totals[m] for m in MEASURES), NOW_COLOUR),
                  Series("feedback_before", tuple(before.totals[m] for m in MEASURES), BEFORE_COLOUR)), "count")
