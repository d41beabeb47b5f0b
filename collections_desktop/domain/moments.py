"""Honest dates: a stated moment is never in the future, and one stated long before it is recorded needs a reason."""

from __future__ import annotations

from datetime import date, datetime, timedelta

# How far a laptop's clock may run behind the moment a person states before it counts as the future.
CLOCK_SKEW = timedelta(minutes=5)
# How far back a contact or a payment may be dated without a reason (the clinic's default; F-04/F-05 waits
# and the agency's notice period are measured from these moments).
BACKDATE_LIMIT_DAYS = 3


def moment_problem(stated: datetime, recorded: datetime, reason: str = "", *,
                   limit_days: int = BACKDATE_LIMIT_DAYS) -> str | None:
    """The code of what is wrong with a stated moment (both aware), or None: `moment_in_future` past the clock's
    skew, `backdated_needs_reason` when older than the limit and no reason is given."""
    if stated > recorded + CLOCK_SKEW:
        return "moment_in_future"
    if recorded - stated > timedelta(days=limit_days) and not reason.strip():
        return "backdated_needs_reason"
    return None


def day_problem(stated: date, today: date, reason: str = "", *, limit_days: int = BACKDATE_LIMIT_DAYS) -> str | None:
    """The same for a stated day (a payment's date): a later day is the future, whatever the hour."""
    if stated > today:
        return "date_in_future"
    if (today - stated).days > limit_days and not reason.strip():
        return "backdated_needs_reason"
    return None


def is_backdated(stated: datetime, recorded: datetime, *, limit_days: int = BACKDATE_LIMIT_DAYS) -> bool:
    """True when the stated moment lies further back than the limit: the timeline marks it."""
    return recorded - stated > timedelta(days=limit_days)


def counts_from(stated: datetime, recorded: datetime, *, limit_days: int = BACKDATE_LIMIT_DAYS,
                confirmed: bool = False) -> datetime:
    """The moment the waits that protect the patient count from (the 7 days after a conversation, the 30 days
    after a written notice, a cure period): the stated moment, unless it lies further back than the limit and
    no supervisor confirmed it; then the moment it was recorded, so a late entry never shortens a wait."""
    if confirmed or not is_backdated(stated, recorded, limit_days=limit_days):
        return stated
    return recorded


def day_counts_from(stated: date, today: date, *, limit_days: int = BACKDATE_LIMIT_DAYS,
                    confirmed: bool = False) -> date:
    """The same for a stated day (a written notice's mailing day)."""
    if confirmed or (today - stated).days <= limit_days:
        return stated
    return today
