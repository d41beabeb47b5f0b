"""Aging buckets of a patient balance, counted in days from an explicit anchor date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class AgingBucket(str, Enum):
    """The receivable aging buckets used by PM systems and agencies."""

    CURRENT = "0-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    DAYS_91_120 = "91-120"
    OVER_120 = "120+"


BUCKET_ORDER = tuple(AgingBucket)
# Each bucket's days from the anchor, both ends included (None: no end).
BUCKET_DAYS: dict[AgingBucket, tuple[int, int | None]] = {
    AgingBucket.CURRENT: (0, 30), AgingBucket.DAYS_31_60: (31, 60), AgingBucket.DAYS_61_90: (61, 90),
    AgingBucket.DAYS_91_120: (91, 120), AgingBucket.OVER_120: (121, None)}


def aging_anchor(service_date: date, first_statement_date: date | None) -> date:
    """The date aging counts from: the first patient statement when known, else the date of service."""
    return first_statement_date or service_date


def bucket_for(anchor: date, as_of: date) -> AgingBucket:
    """The bucket of an amount anchored on `anchor` when looked at on `as_of`.

    Day 30 is still current, day 31 starts 31-60; an anchor in the future counts as day 0.
    """
    days = max((as_of - anchor).days, 0)
    return next(bucket for bucket, (_low, high) in BUCKET_DAYS.items() if high is None or days <= high)


@dataclass
class AgingTotals:
    """Cents per bucket; the buckets always add up to the amount aged."""

    cents: dict[AgingBucket, int] = field(default_factory=lambda: {b: 0 for b in BUCKET_ORDER})

    def add(self, bucket: AgingBucket, amount_cents: int) -> None:
        self.cents[bucket] += amount_cents

    @property
    def total(self) -> int:
        return sum(self.cents.values())

    def oldest(self) -> AgingBucket | None:
        """The oldest bucket that holds a positive amount, or None when nothing is owed."""
        for bucket in reversed(BUCKET_ORDER):
            if self.cents[bucket] > 0:
                return bucket
        return None
