"""Patient A/R by aging bucket at each month end, rolled forward: start + new − collected − adjusted = end."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from collections_desktop.domain.aging import BUCKET_ORDER, AgingBucket, bucket_for
from collections_desktop.domain.ledger import PATIENT_ADJUSTMENTS, EntryKind

# What each ledger kind does to the patient's receivable once a visit is the patient's to pay (from its aging
# anchor: the first statement, else the day of service): the insurance side and the charge bring it in as
# "new", the patient's payments (less refunds) are "collected", the clinic's adjustments are "adjusted".
FLOW_OF_KIND = {
    **{kind.value: "new" for kind in (EntryKind.CHARGE, EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL,
                                       EntryKind.INSURANCE_ADJUSTMENT)},
    EntryKind.PATIENT_PAYMENT.value: "collected",
    EntryKind.PATIENT_REFUND.value: "collected",
    **{kind.value: "adjusted" for kind in PATIENT_ADJUSTMENTS},
}
FLOWS = ("new", "collected", "adjusted")


def _by_bucket() -> dict[AgingBucket, int]:
    return dict.fromkeys(BUCKET_ORDER, 0)


@dataclass(frozen=True)
class MonthRoll:
    """One month of the receivable, in cents per bucket. Flows sit in the bucket the money was in when the
    month began (a visit first billed during the month counts as current); then the month's aging moves what is
    left: `moved[(from, to)]`. Per bucket, start + new − collected − adjusted − moved out + moved in = end."""

    month_end: date
    start: dict[AgingBucket, int] = field(default_factory=_by_bucket)
    new: dict[AgingBucket, int] = field(default_factory=_by_bucket)
    collected: dict[AgingBucket, int] = field(default_factory=_by_bucket)
    adjusted: dict[AgingBucket, int] = field(default_factory=_by_bucket)
    moved: dict[tuple[AgingBucket, AgingBucket], int] = field(default_factory=dict)
    end: dict[AgingBucket, int] = field(default_factory=_by_bucket)

    def total(self, part: str) -> int:
        return sum(getattr(self, part).values())

    def moved_out(self, bucket: AgingBucket) -> int:
        return sum(cents for (origin, _to), cents in self.moved.items() if origin is bucket)

    def moved_in(self, bucket: AgingBucket) -> int:
        return sum(cents for (_from, to), cents in self.moved.items() if to is bucket)

    def closes(self) -> bool:
        """The month's arithmetic holds in total and in every bucket."""
        return all(self.start[b] + self.new[b] - self.collected[b] - self.adjusted[b] - self.moved_out(b)
                   + self.moved_in(b) == self.end[b] for b in BUCKET_ORDER)


def month_starts(first: date, last: date) -> list[date]:
    """The first day of each month from `first`'s month to `last`'s."""
    months, cursor = [], first.replace(day=1)
    while cursor <= last:
        months.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return months


def roll_forward(flows: Iterable[tuple[date, date, str, int]], first: date, last: date) -> list[MonthRoll]:
    """Each month from `first`'s to `last`'s, from (aging anchor, month the money moved (its first day), stored
    ledger kind, cents as stored) groups; the last month ends on `last`. Money that moved before the first
    month is the opening balance."""
    starts = month_starts(first, last)
    opening: dict[date, int] = {}
    monthly: dict[date, dict[date, dict[str, int]]] = {m: {} for m in starts}
    for anchor, month, kind, cents in flows:
        flow = FLOW_OF_KIND.get(kind)
        if flow is None:
            continue
        signed = EntryKind(kind).balance_sign * cents
        if month < starts[0]:
            opening[anchor] = opening.get(anchor, 0) + signed
        elif month in monthly:
            per_anchor = monthly[month].setdefault(anchor, dict.fromkeys(FLOWS, 0))
            # Collected and adjusted are told as positive amounts that lower the balance.
            per_anchor[flow] += signed if flow == "new" else -signed
    rolls, balances, before = [], opening, starts[0] - timedelta(days=1)
    for month in starts:
        month_end = min((month + timedelta(days=32)).replace(day=1) - timedelta(days=1), last)
        roll, after = MonthRoll(month_end), {}
        for anchor in balances.keys() | monthly[month].keys():
            was = bucket_for(anchor, before)
            now = bucket_for(anchor, month_end)
            start = balances.get(anchor, 0)
            moved = monthly[month].get(anchor, {})
            roll.start[was] += start
            for flow in FLOWS:
                getattr(roll, flow)[was] += moved.get(flow, 0)
            left = start + moved.get("new", 0) - moved.get("collected", 0) - moved.get("adjusted", 0)
            roll.end[now] += left
            if was is not now and left:
                roll.moved[(was, now)] = roll.moved.get((was, now), 0) + left
            if left:
                after[anchor] = left
        order = {bucket: n for n, bucket in enumerate(BUCKET_ORDER)}
        ordered = sorted(roll.moved.items(), key=lambda item: (order[item[0][0]], order[item[0][1]]))
        roll.moved.clear()
        roll.moved.update(ordered)
        rolls.append(roll)
        balances, before = after, month_end
    return rolls
