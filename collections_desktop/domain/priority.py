"""The day's priority: why an account is on today's list, and in what order, explained by codes."""

from __future__ import annotations

from datetime import date

from collections_desktop.domain.aging import AgingBucket, bucket_for

LARGE_BALANCE_CENTS = 50_000
OLD_BUCKETS = (AgingBucket.DAYS_91_120, AgingBucket.OVER_120)


# A promise falling due and a plan falling behind are the day's first calls: the patient expects them.
PROMISE_DUE_BONUS = 1_000_000
PLAN_LATE_BONUS = 800_000  # both above the most a balance and its age can score (750,000)


def score(due_cents: int, anchor: date | None, today: date, *, promise_due: date | None = None,
          plan_behind_cents: int = 0) -> int:
    """Bigger first: a promise due or a late plan, then a large balance aging past 90 days, then the rest."""
    value = min(due_cents, 500_000)
    if promise_due is not None and promise_due <= today:
        value += PROMISE_DUE_BONUS
    if plan_behind_cents > 0:
        value += PLAN_LATE_BONUS
    if anchor is not None and bucket_for(anchor, today) in OLD_BUCKETS:
        value += 250_000 if due_cents >= LARGE_BALANCE_CENTS else 100_000
    return value


Entry = tuple[int, int, "date | None", object]  # account id, patient due, aging anchor, the phone answer


def rank_today(entries: list[Entry], today: date, follow_ups: dict[int, tuple[date | None, int]] | None = None
               ) -> list[int]:
    """Orders (id, due, anchor, callable) so accounts callable now come first, best score first;
    the rest sink, soonest callable first. `follow_ups` gives (promise due, plan behind) per account."""
    follow_ups = follow_ups or {}

    def key(entry: Entry) -> tuple[int, int, float, int]:
        account_id, due, anchor, call = entry
        allowed = bool(call is not None and getattr(call, "allowed", False))
        next_at = getattr(call, "next_allowed_at", None) if call is not None else None
        promise, behind = follow_ups.get(account_id, (None, 0))
        value = score(due, anchor, today, promise_due=promise, plan_behind_cents=behind)
        return (0 if allowed else 1, -value if allowed else 0,
                next_at.timestamp() if next_at else float("inf"), account_id)

    return [entry[0] for entry in sorted(entries, key=key)]
