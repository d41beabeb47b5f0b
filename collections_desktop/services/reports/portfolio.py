"""Portfolio: the patient receivable by aging bucket at each month end, rolled forward, and today's balances on
hold, with insurance and with the billing team."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from collections_desktop.domain.reports.periods import Period
from collections_desktop.domain.reports.portfolio import MonthRoll, roll_forward
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import portfolio_reads


@dataclass(frozen=True)
class Portfolio:
    """Whole months from the first of the month the period starts in; the last month ends with the period.
    The balances on hold, with insurance and with billing are today's, whatever the period."""

    period: Period
    months: list[MonthRoll]
    on_hold: dict[str, tuple[int, int]]  # hold kind -> (accounts, cents the patients owe)
    insurance_pending: tuple[int, int]   # (accounts, cents)
    with_billing: tuple[int, int]        # (accounts, cents the patients owe)

    @property
    def receivable_cents(self) -> int:
        """The receivable at the period's end."""
        return self.months[-1].total("end") if self.months else 0


def portfolio(workspace: Workspace, period: Period, today: date | None = None) -> Portfolio:
    """The months of `period` up to `today` at the latest (a month not over yet ends today)."""
    last = min(period.end, today or date.today())
    first = min(period.start, last)
    with workspace.reading() as session:
        months = roll_forward(portfolio_reads.ledger_by_anchor(session, last), first, last)
        on_hold = {kind: (accounts, cents) for kind, accounts, cents in portfolio_reads.balances_on_hold(session)}
        return Portfolio(period, months, dict(sorted(on_hold.items())), portfolio_reads.insurance_pending(session),
                         portfolio_reads.with_billing(session))


def last_twelve_months(workspace: Workspace, today: date | None = None) -> Portfolio:
    """The twelve months up to today (this month so far and the eleven before), as the Reports window shows."""
    today = today or date.today()
    first = (today.replace(day=1) - timedelta(days=320)).replace(day=1)
    return portfolio(workspace, Period(first, today), today)
