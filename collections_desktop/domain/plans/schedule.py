"""Installment schedules for payment plans: exact cent splits and due dates that respect month ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

# A schedule longer than this is a typing mistake, not a plan (ten years of weekly payments).
MAX_INSTALLMENTS = 520
SEMIMONTHLY_GAP_DAYS = 15


class Frequency(StrEnum):
    """How often an installment falls due; the four frequencies clinic policy may allow."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    SEMIMONTHLY = "semimonthly"
    MONTHLY = "monthly"


# How many installments of each frequency fall in one month, as an exact fraction (installments, months).
PER_MONTH = {Frequency.MONTHLY: (1, 1), Frequency.SEMIMONTHLY: (2, 1),
             Frequency.BIWEEKLY: (26, 12), Frequency.WEEKLY: (52, 12)}


class ScheduleError(ValueError):
    """Terms that cannot make a schedule; `code` names the problem for the caller to translate."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code


@dataclass(frozen=True)
class Installment:
    """One payment the patient owes on one date; number 0 is the down payment when there is one."""

    number: int
    due: date
    amount_cents: int


def split_equal(total_cents: int, count: int) -> list[int]:
    """Splits a total into `count` equal installments with the leftover cents on the last one."""
    _check_total(total_cents)
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise ScheduleError("COUNT_OUT_OF_RANGE", f"number of installments must be 1 to {MAX_INSTALLMENTS}")
    if count > total_cents:
        raise ScheduleError("INSTALLMENT_BELOW_ONE_CENT", "more installments than cents in the balance")
    base = total_cents // count
    return [base] * (count - 1) + [total_cents - base * (count - 1)]


def split_by_amount(total_cents: int, installment_cents: int) -> list[int]:
    """Installments of a chosen amount until the total is paid; the last one is whatever remains."""
    _check_total(total_cents)
    if installment_cents <= 0:
        raise ScheduleError("INSTALLMENT_NOT_POSITIVE", "installment must be more than zero")
    full, remainder = divmod(total_cents, installment_cents)
    amounts = [installment_cents] * full + ([remainder] if remainder else [])
    if len(amounts) > MAX_INSTALLMENTS:
        raise ScheduleError("COUNT_OUT_OF_RANGE", f"that installment needs {len(amounts)} payments")
    return amounts


def due_dates(first_due: date, frequency: Frequency, count: int) -> list[date]:
    """The due dates of `count` installments; monthly dates keep the first date's day or the month's last day."""
    frequency = Frequency(frequency)
    if frequency is Frequency.WEEKLY:
        return [first_due + timedelta(weeks=k) for k in range(count)]
    if frequency is Frequency.BIWEEKLY:
        return [first_due + timedelta(weeks=2 * k) for k in range(count)]
    if frequency is Frequency.MONTHLY:
        # Always counted from the first date, so 31 Jan -> 28 Feb -> 31 Mar rather than drifting to the 28th.
        return [first_due + relativedelta(months=k) for k in range(count)]
    # Twice a month: each month counted from the first date holds a pair, its anchor and 15 days later
    # (never on or past the next anchor).
    anchors = [first_due + relativedelta(months=m) for m in range(count // 2 + 2)]
    return [anchors[k // 2] if k % 2 == 0
            else min(anchors[k // 2] + timedelta(days=SEMIMONTHLY_GAP_DAYS), anchors[k // 2 + 1] - timedelta(days=1))
            for k in range(count)]


def installments_in(months: int, frequency: Frequency) -> int:
    """How many whole installments of `frequency` fit in `months` months."""
    per_month, months_per = PER_MONTH[Frequency(frequency)]
    return months * per_month // months_per


def build_schedule(amounts: list[int], first_due: date, frequency: Frequency,
                   down_payment_cents: int = 0, down_payment_due: date | None = None) -> list[Installment]:
    """Pairs installment amounts with due dates; a down payment, when given, is installment 0."""
    if down_payment_cents < 0:
        raise ScheduleError("DOWN_PAYMENT_NEGATIVE", "down payment cannot be negative")
    schedule = []
    if down_payment_cents:
        when = down_payment_due or first_due
        if when > first_due:
            raise ScheduleError("DOWN_PAYMENT_AFTER_FIRST", "down payment falls due after the first installment")
        schedule.append(Installment(0, when, down_payment_cents))
    dates = due_dates(first_due, frequency, len(amounts))
    schedule += [Installment(n, d, a) for n, (d, a) in enumerate(zip(dates, amounts, strict=False), start=1)]
    return schedule


def _check_total(total_cents: int) -> None:
    if isinstance(total_cents, bool) or not isinstance(total_cents, int):
        raise ScheduleError("TOTAL_NOT_CENTS", "total must be integer cents")
    if total_cents <= 0:
        raise ScheduleError("TOTAL_NOT_POSITIVE", "nothing to schedule on a zero or credit balance")
