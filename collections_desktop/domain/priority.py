"""The day's priority: why an account is on today's list, and in what order, explained by codes."""

from __future__ import annotations

from datetime import date

from collections_desktop.domain.aging import AgingBucket, bucket_for

LARGE_BALANCE_CENTS = 50_000
OLD_BUCKETS = (AgingBucket.DAYS_91_120, AgingBucket.OVER_120)


def score(due_cents: int, anchor: date | None, today: date) -> int:
    """Bigger first: a large balance aging past 90 days outranks a small recent one."""
    value = min(due_cents, 500_000)
    if anchor is not None and bucket_for(anchor, today) in OLD_BUCKETS:
        value += 250_000 if due_cents >= LARGE_BALANCE_CENTS else 100_000
    return value


def rank_today(entries: list[tuple[int, int, date | None, object]], today: date) -> list[int]:
    """Orders (id, due, anchor, callable) so accounts callable now come first, best score first;
    the rest sink, soonest callable first."""
    def key(entry: tuple) -> tuple:
        account_id, due, anchor, call = entry
        allowed = bool(call is not None and getattr(call, "allowed", False))
        next_at = getattr(call, "next_allowed_at", None) if call is not None else None
        return (0 if allowed else 1, -score(due, anchor, today) if allowed else 0,
                next_at.timestamp() if next_at else float("inf"), account_id)

    return [entry[0] for entry in sorted(entries, key=key)]
