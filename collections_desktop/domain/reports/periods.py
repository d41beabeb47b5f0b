"""Report periods: a day, week, month, quarter or any span of days, and the period it is compared with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

GRAINS = ("day", "week", "month", "quarter", "custom")
COMPARES = ("previous", "year")


@dataclass(frozen=True)
class Period:
    """Days `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after the day it starts")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def period_for(grain: str, today: date) -> Period:
    """The period of `grain` holding `today` (weeks start on Monday; a quarter is Jan–Mar, Apr–Jun…)."""
    if grain == "day":
        return Period(today, today)
    if grain == "week":
        start = today - timedelta(days=today.weekday())
        return Period(start, start + timedelta(days=6))
    if grain == "month":
        return Period(today.replace(day=1), _month_end(today))
    if grain == "quarter":
        first = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
        return Period(first, _month_end(_add_months(first, 2)))
    raise ValueError(f"unknown grain {grain}")


def compared_with(period: Period, compare: str) -> Period:
    """The period before (as long, ending the day before) or the same days a year earlier."""
    if compare == "previous":
        if period.start.day == 1 and period.end == _month_end(period.end):  # whole months: the months before
            months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
            start = _add_months(period.start, -months)
            return Period(start, period.start - timedelta(days=1))
        return Period(period.start - timedelta(days=period.days), period.start - timedelta(days=1))
    if compare == "year":
        return Period(_add_months(period.start, -12), _add_months(period.end, -12))
    raise ValueError(f"unknown comparison {compare}")


def month_ends(period: Period) -> list[date]:
    """The last day of each month the period touches, up to its end (the last one is the period's end)."""
    ends, cursor = [], period.start
    while True:
        end = _month_end(cursor)
        if end >= period.end:
            ends.append(period.end)
            return ends
        ends.append(end)
        cursor = end + timedelta(days=1)


def weeks(period: Period) -> list[Period]:
    """Monday-to-Sunday weeks covering the period, the first and last cut to it."""
    result, start = [], period.start
    while start <= period.end:
        end = min(start + timedelta(days=6 - start.weekday()), period.end)
        result.append(Period(start, end))
        start = end + timedelta(days=1)
    return result


def _month_end(day: date) -> date:
    return _add_months(day.replace(day=1), 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (first_next - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))
