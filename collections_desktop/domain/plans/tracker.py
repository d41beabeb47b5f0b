"""The plan and promise tracker: payments applied oldest-installment-first, with grace days and returns."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from collections_desktop.domain.plans.schedule import Installment


class InstallmentStatus(StrEnum):
    """Where one installment stands on the day the tracker is read."""

    PAID = "paid"            # covered by its due date plus grace
    PAID_LATE = "paid_late"  # covered, but after the grace days ran out
    UPCOMING = "upcoming"    # not yet due (it may already be partly prepaid)
    DUE = "due"              # due or inside its grace days, not covered yet
    PARTIAL = "partial"      # past grace and partly paid
    MISSED = "missed"        # past grace and nothing paid toward it


class PromiseOutcome(StrEnum):
    """What became of a promise to pay, read the same way as plan installments."""

    PENDING = "pending"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    BROKEN = "broken"


@dataclass(frozen=True)
class PlanPayment:
    """A payment toward the plan; a returned payment (NSF, chargeback) is a negative amount on its return date."""

    paid_on: date
    amount_cents: int


@dataclass(frozen=True)
class InstallmentState:
    """One installment with what has been applied to it and when it was covered."""

    installment: Installment
    applied_cents: int
    covered_on: date | None
    status: InstallmentStatus

    @property
    def remaining_cents(self) -> int:
        return self.installment.amount_cents - self.applied_cents


@dataclass(frozen=True)
class PlanStanding:
    """The whole tracker: every installment, money beyond the schedule, and what needs a follow-up."""

    installments: tuple[InstallmentState, ...]
    overpaid_cents: int

    @property
    def behind(self) -> tuple[InstallmentState, ...]:
        """Installments past their grace days and not covered: each needs a follow-up."""
        return tuple(s for s in self.installments
                     if s.status in (InstallmentStatus.MISSED, InstallmentStatus.PARTIAL))

    @property
    def past_due_cents(self) -> int:
        return sum(s.remaining_cents for s in self.behind)

    @property
    def completed(self) -> bool:
        return all(s.remaining_cents == 0 for s in self.installments)

    @property
    def next_due(self) -> InstallmentState | None:
        return next((s for s in self.installments if s.remaining_cents > 0), None)


class Overpayment(StrEnum):
    """Where money beyond the installment being paid goes: the next installments, or the last ones (shorter plan)."""

    NEXT_INSTALLMENTS = "next_installments"
    LAST_INSTALLMENTS = "last_installments"


def track(schedule: list[Installment], payments: list[PlanPayment], as_of: date, grace_days: int,
          overpayment: Overpayment = Overpayment.NEXT_INSTALLMENTS) -> PlanStanding:
    """Applies payments made up to `as_of` to the installments in due order; extra money goes where policy says."""
    if grace_days < 0:
        raise ValueError("grace days cannot be negative")
    ordered = sorted(schedule, key=lambda i: (i.due, i.number))
    applied = [0] * len(ordered)
    covered_on: list[date | None] = [None] * len(ordered)
    extra = 0
    for payment in _net(p for p in payments if p.paid_on <= as_of):
        left = payment.amount_cents
        for k in _order(ordered, payment.paid_on, Overpayment(overpayment)):
            take = min(left, ordered[k].amount_cents - applied[k])
            applied[k] += take
            left -= take
            if take and applied[k] == ordered[k].amount_cents:
                covered_on[k] = payment.paid_on
            if not left:
                break
        extra += left
    states = [InstallmentState(inst, applied[k], covered_on[k],
                               _status(inst, applied[k], covered_on[k], as_of, grace_days))
              for k, inst in enumerate(ordered)]
    return PlanStanding(tuple(states), extra)


def _net(payments: Iterable[PlanPayment]) -> list[PlanPayment]:
    """Payments in date order with each return (a negative amount) taken back from the latest payments first;
    a return larger than what came before is taken from the next payments."""
    kept: list[PlanPayment] = []
    debt = 0
    for payment in sorted(payments, key=lambda p: (p.paid_on, p.amount_cents < 0)):
        if payment.amount_cents >= 0:
            cents = payment.amount_cents - min(debt, payment.amount_cents)
            debt -= payment.amount_cents - cents
            kept.append(PlanPayment(payment.paid_on, cents))
            continue
        owed = -payment.amount_cents
        while owed and kept:
            last = kept.pop()
            if last.amount_cents > owed:
                kept.append(PlanPayment(last.paid_on, last.amount_cents - owed))
                owed = 0
            else:
                owed -= last.amount_cents
        debt += owed
    return [p for p in kept if p.amount_cents]


def _order(ordered: list[Installment], paid_on: date, overpayment: Overpayment) -> list[int]:
    """Installment indexes in the order a payment fills them."""
    if overpayment is Overpayment.NEXT_INSTALLMENTS:
        return list(range(len(ordered)))
    # Everything due by the payment date and the installment it is meant for, then the plan's end backwards.
    current = next((k for k, inst in enumerate(ordered) if inst.due > paid_on), len(ordered) - 1)
    return list(range(current + 1)) + list(range(len(ordered) - 1, current, -1))


def promise_outcome(standing: PlanStanding) -> PromiseOutcome:
    """A promise (one dated amount or a short series) read from its tracker: kept, partly kept, broken or pending."""
    statuses = {s.status for s in standing.installments}
    if statuses & {InstallmentStatus.MISSED, InstallmentStatus.PARTIAL, InstallmentStatus.PAID_LATE}:
        anything_paid = any(s.applied_cents for s in standing.installments)
        return PromiseOutcome.PARTLY_KEPT if anything_paid else PromiseOutcome.BROKEN
    if statuses <= {InstallmentStatus.PAID}:
        return PromiseOutcome.KEPT
    return PromiseOutcome.PENDING


def _status(inst: Installment, applied: int, covered: date | None, as_of: date, grace_days: int) -> InstallmentStatus:
    deadline = inst.due + timedelta(days=grace_days)
    if applied == inst.amount_cents:
        return InstallmentStatus.PAID if covered is None or covered <= deadline else InstallmentStatus.PAID_LATE
    if as_of < inst.due:
        return InstallmentStatus.UPCOMING
    if as_of <= deadline:
        return InstallmentStatus.DUE
    return InstallmentStatus.PARTIAL if applied else InstallmentStatus.MISSED
