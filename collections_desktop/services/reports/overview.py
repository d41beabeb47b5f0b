"""Everything the Reports window shows for one period and the one it is compared with, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from collections_desktop.domain.reports.periods import Period, compared_with, period_for
from collections_desktop.services.reports.activity import Activity, activity
from collections_desktop.services.reports.billing_issues import BillingIssues, billing_issues
from collections_desktop.services.reports.outcomes import Outcomes, outcomes

# The window's choices besides a custom span: today, the week, month or quarter holding it, or the last 12 months.
CHOICES = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class Overview:
    period: Period
    compared: Period
    activity: tuple[Activity, Activity]
    outcomes: tuple[Outcomes, Outcomes]
    issues: BillingIssues


def overview(workspace, choice: str | None, days: tuple[date, date], compare: str,  # noqa: ANN001 - Workspace
             today: date | None = None) -> Overview:
    """`choice` one of CHOICES, or None for the `days` given; `compare` "previous" or "year"."""
    today = today or date.today()
    if choice is None:
        period = Period(*sorted(days))
    elif choice == "year":
        period = Period(today - timedelta(days=364), today)
    else:
        period = period_for(choice, today)
    before = compared_with(period, compare)
    return Overview(period, before, (activity(workspace, period), activity(workspace, before)),
                    (outcomes(workspace, period, with_conversion=False),
                     outcomes(workspace, before, with_conversion=False)),
                    billing_issues(workspace, period, before))
