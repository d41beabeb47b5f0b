"""A plan's life: allowed state changes, late/active from the tracker, and the checks before default (P-06)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from collections_desktop.domain.plans.policy import PlanPolicy
from collections_desktop.domain.plans.tracker import InstallmentStatus, PlanStanding

CA_DEFAULT_DAYS = 90


class PlanState(StrEnum):
    """Where a plan version stands; a signed version is never edited, an amendment supersedes it."""

    DRAFT = "draft"
    AWAITING_SIGNATURE = "awaiting_signature"
    ACTIVE = "active"
    LATE = "late"
    NOTICE_SENT = "notice_sent"
    DEFAULTED = "defaulted"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"


# Signed and being paid; and everything not yet ended (a plan being prepared counts as open).
RUNNING = (PlanState.ACTIVE, PlanState.LATE, PlanState.NOTICE_SENT)
OPEN = (PlanState.DRAFT, PlanState.AWAITING_SIGNATURE, *RUNNING)
_RUNNING = set(RUNNING)
_ENDS = {PlanState.COMPLETED, PlanState.CANCELLED, PlanState.SUPERSEDED}
ALLOWED: dict[PlanState, frozenset[PlanState]] = {
    PlanState.DRAFT: frozenset({PlanState.AWAITING_SIGNATURE, PlanState.CANCELLED}),
    PlanState.AWAITING_SIGNATURE: frozenset({PlanState.ACTIVE, PlanState.CANCELLED, PlanState.SUPERSEDED}),
    PlanState.ACTIVE: frozenset({PlanState.LATE} | _ENDS),
    PlanState.LATE: frozenset({PlanState.ACTIVE, PlanState.NOTICE_SENT} | _ENDS),
    PlanState.NOTICE_SENT: frozenset({PlanState.ACTIVE, PlanState.DEFAULTED} | _ENDS),
    PlanState.DEFAULTED: frozenset(),
    PlanState.COMPLETED: frozenset(),
    PlanState.CANCELLED: frozenset(),
    PlanState.SUPERSEDED: frozenset(),
}


class TransitionRefusedError(ValueError):
    """A state change the plan's rules do not allow; `codes` say why, for the caller to translate."""

    def __init__(self, codes: list[str]) -> None:
        super().__init__(", ".join(codes))
        self.codes = tuple(codes)


@dataclass(frozen=True)
class DefaultEvidence:
    """The records a default needs: the written notice, its cure date and (in CA) a phone attempt."""

    notice_sent_on: date | None = None
    cure_date: date | None = None
    phone_attempt_on: date | None = None


def move(current: PlanState, target: PlanState) -> PlanState:
    """The new state, or TransitionRefusedError when the change is not one the plan allows."""
    if target not in ALLOWED[current]:
        raise TransitionRefusedError([f"plan_cannot_go_{current.value}_to_{target.value}"])
    return target


def follow_tracker(current: PlanState, standing: PlanStanding) -> PlanState:
    """The state the payments call for: completed when paid, late when behind, active again when caught up."""
    if current not in _RUNNING:
        return current
    if standing.completed:
        return PlanState.COMPLETED
    if standing.behind:
        return PlanState.LATE if current is PlanState.ACTIVE else current
    return PlanState.ACTIVE


def consecutive_missed(standing: PlanStanding) -> int:
    """How many installments in a row, ending with the latest one past its grace, are not covered."""
    run = 0
    for state in standing.installments:
        if state.status in (InstallmentStatus.MISSED, InstallmentStatus.PARTIAL):
            run += 1
        elif state.status in (InstallmentStatus.PAID, InstallmentStatus.PAID_LATE):
            run = 0
        else:
            break
    return run


def default_blocks(current: PlanState, standing: PlanStanding, policy: PlanPolicy, evidence: DefaultEvidence,
                   as_of: date, patient_state: str | None) -> list[str]:
    """Why the plan may not be declared in default today; an empty list means it may."""
    blocks = [] if current is PlanState.NOTICE_SENT else ["default_needs_notice_state"]
    notice, cure = evidence.notice_sent_on, evidence.cure_date
    if notice is None:
        blocks.append("default_needs_notice")
    elif cure is None or cure < notice + timedelta(days=max(policy.cure_days, 14)):
        blocks.append("default_cure_too_short")
    elif as_of <= cure:
        blocks.append("default_before_cure_date")
    missed = consecutive_missed(standing)
    uncured = notice is not None and missed >= 1 and as_of >= notice + timedelta(days=policy.default_days_after_notice)
    if missed < policy.default_consecutive_missed and not uncured:
        blocks.append("default_criteria_not_met")
    if (patient_state or "").upper() == "CA":
        blocks += _california_blocks(standing, evidence, as_of)
    return blocks


def _california_blocks(standing: PlanStanding, evidence: DefaultEvidence, as_of: date) -> list[str]:
    """CA: every consecutive payment due over 90 days missed, after a phone attempt and a written notice."""
    blocks = []
    behind = [s for s in standing.installments
              if s.status in (InstallmentStatus.MISSED, InstallmentStatus.PARTIAL)]
    if not behind or behind[0].installment.due > as_of - timedelta(days=CA_DEFAULT_DAYS):
        blocks.append("default_ca_90_days")
    if evidence.phone_attempt_on is None:
        blocks.append("default_ca_needs_phone_attempt")
    return blocks
