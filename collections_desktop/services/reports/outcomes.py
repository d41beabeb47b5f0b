"""Outcomes: dollars collected (by method; one-time, on a plan, on a promise), promises and plans."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import outcome_reads

# A payment counts toward a promise made this many days before it at most.
PROMISE_DAYS = 30
SOURCES = ("one_time", "plan", "promise")
# A right-party contact converts when the account pays, promises or signs a plan within this many days.
CONVERT_DAYS = 30
# Outreach counts toward a payment when it came at most this many days before it.
OUTREACH_DAYS = 180
# How an account is resolved other than paid in full: the hold and the decision that ended it.
RESOLVED_BY_HOLD = {"assistance_granted": ("financial_assistance_pending", "approved"),
                    "adjusted_after_dispute": ("dispute", "upheld"),
                    "discharged_in_bankruptcy": ("bankruptcy", "discharged"),
                    "placed_with_agency": ("agency_approved", "set")}


@dataclass(frozen=True)
class Outcomes:
    """Dollars and counts for one period (cents; returned payments subtract)."""

    period: Period
    collected_cents: int
    payments: int
    by_method: dict[str, int]
    by_source: dict[str, int]
    promises: dict[str, tuple[int, int]]  # outcome -> (promises, dollars promised)
    plans: dict[str, int]                 # "signed" and each state reached in the period
    by_week: dict[date, dict[str, int]]   # Monday of each week -> cents per source, weeks without any left out
    resolved: dict[str, int]              # accounts resolved in the period, per way (RESOLVED)
    conversion: tuple[int, int] = (0, 0)  # (accounts reached, those that paid or arranged within 30 days)
    days_to_pay: tuple[int, int, int] = (0, 0, 0)  # (accounts paid after outreach, days summed, paid without)

    @property
    def average_days_to_pay(self) -> float | None:
        """Days from the first outreach to the first payment, on average over the accounts that paid after it."""
        paid, days, _without = self.days_to_pay
        return days / paid if paid else None

    @property
    def conversion_rate(self) -> float | None:
        reached, converted = self.conversion
        return converted / reached if reached else None

    @property
    def promise_kept_rate_dollars(self) -> float | None:
        """Dollars promised on promises kept in full, among the dollars of those whose outcome is known."""
        known = sum(c for outcome, (_n, c) in self.promises.items() if outcome != "pending")
        return None if not known else self.promises.get("kept", (0, 0))[1] / known

    @property
    def promise_kept_rate(self) -> float | None:
        """Kept (in full) among promises whose outcome is known, by count; None when none is known yet."""
        known = sum(n for outcome, (n, _c) in self.promises.items() if outcome != "pending")
        return None if not known else self.promises.get("kept", (0, 0))[0] / known


def _after_contact(session, period: Period, paid: list) -> tuple[tuple[int, int], tuple[int, int, int]]:  # noqa: ANN001
    """(conversion, days to pay) from one read of the contacts.

    Conversion: accounts with a right-party contact in the period, and those that paid, promised or signed a
    plan within CONVERT_DAYS after their first one (`paid`: the period's payments, already read; the days after
    it are read here). Days to pay: accounts that paid in the period after outreach (their first outbound
    contact at most OUTREACH_DAYS before their first payment), the days between the two summed, and accounts
    that paid with no outreach before."""
    from collections_desktop.domain.compliance.model import CONVERSATIONS

    contacts = outcome_reads.first_contacts(session, period.start - timedelta(days=OUTREACH_DAYS), period.start,
                                           period.end, tuple(o.value for o in CONVERSATIONS))
    first_paid: dict[int, date] = {}
    for account_id, day, cents, _method in paid:
        if cents > 0 and (account_id not in first_paid or day < first_paid[account_id]):
            first_paid[account_id] = day
    waited = after_outreach = 0
    lookback = timedelta(days=OUTREACH_DAYS)
    for account_id, day in first_paid.items():
        reached = contacts.get(account_id, (None, None))[0]
        if reached is not None and day - lookback <= reached <= day:
            after_outreach += 1
            waited += (day - reached).days
    days_to_pay = (after_outreach, waited, len(first_paid) - after_outreach)
    spoke = {account_id: talked for account_id, (_r, talked) in contacts.items() if talked is not None}
    if not spoke:
        return (0, 0), days_to_pay
    window = timedelta(days=CONVERT_DAYS)
    last = period.end + window
    converted: set[int] = set()
    after = outcome_reads.payments(session, period.end + timedelta(days=1), last)
    for account_id, day, cents, _method in (*paid, *after):  # one look per payment, no list per account
        first = spoke.get(account_id)
        if first is not None and cents > 0 and first <= day <= first + window:
            converted.add(account_id)
    for account_id, days in outcome_reads.arrangement_days(session, period.start, last).items():
        first = spoke.get(account_id)
        if first is not None and any(first <= day <= first + window for day in days):
            converted.add(account_id)
    return (len(spoke), len(converted)), days_to_pay


def _source(account_id: int, day: date, plans: dict, promises: dict) -> str:
    for signed, ended in plans.get(account_id, ()):
        if signed <= day and (ended is None or ended >= day):
            return "plan"
    if any(day - timedelta(days=PROMISE_DAYS) <= made <= day for made in promises.get(account_id, ())):
        return "promise"
    return "one_time"


def _collected(session, period: Period) -> tuple[Counter[str], Counter[str], dict[date, Counter[str]], int]:  # noqa: ANN001
    """(cents by method, by source, by source per week's Monday, payments above zero) for the period: the sums by
    day and method as the store gives them, all one-time at first; then the payments of the few accounts with a
    plan or a promise, each moved to its source."""
    by_method: Counter[str] = Counter()
    by_source: Counter[str] = Counter()
    by_week: dict[date, Counter[str]] = {}
    count = 0
    for day, method, cents, payments in outcome_reads.payment_days(session, period.start, period.end):
        by_method[method or "other"] += cents
        by_source["one_time"] += cents
        by_week.setdefault(day - timedelta(days=day.weekday()), Counter())["one_time"] += cents
        count += payments
    plans = outcome_reads.plan_spans(session, period.end)
    promises = outcome_reads.promise_days(session, period.start - timedelta(days=PROMISE_DAYS), period.end)
    for account_id, day, cents in outcome_reads.payments_of(session, period.start, period.end,
                                                            plans.keys() | promises.keys()):
        source = _source(account_id, day, plans, promises)
        if source != "one_time":
            week = by_week[day - timedelta(days=day.weekday())]
            for counted in (by_source, week):
                counted["one_time"] -= cents
                counted[source] += cents
    return by_method, by_source, by_week, count


def outcomes(workspace: Workspace, period: Period, *, with_conversion: bool = True) -> Outcomes:
    """What came in during `period` and what became of the promises and plans made in it; the conversion of
    right-party contacts and the days from outreach to payment too unless `with_conversion` is False (the window
    leaves them to the command line)."""
    with workspace.reading() as session:
        by_method, by_source, by_week, count = _collected(session, period)
        made = {outcome: (n, cents) for outcome, n, cents in
                outcome_reads.promises_made(session, period.start, period.end)}
        plan_counts = outcome_reads.plan_counts(session, period.start, period.end)
        ended = outcome_reads.holds_ended(session, period.start, period.end)
        conversion, days_to_pay = ((0, 0), (0, 0, 0)) if not with_conversion else _after_contact(
            session, period, list(outcome_reads.payments(session, period.start, period.end)))
        resolved = {"paid_in_full": outcome_reads.paid_in_full(session, period.start, period.end),
                    **{way: ended.get(key, 0) for way, key in RESOLVED_BY_HOLD.items()}}
    return Outcomes(period, sum(by_method.values()), count, dict(sorted(by_method.items())),
                    {s: by_source[s] for s in SOURCES}, made, plan_counts,
                    {week: {s: by_week[week][s] for s in SOURCES} for week in sorted(by_week)}, resolved,
                    conversion, days_to_pay)
