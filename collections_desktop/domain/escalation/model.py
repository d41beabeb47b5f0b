"""What the ladder reads of an account (its facts on a day) and what it answers (a gate with its rule)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Gate:
    """A reason the step may not be taken: its code, the rule, and the day it opens when it is a wait."""

    code: str
    rule: str
    opens_on: date | None = None


@dataclass(frozen=True)
class LadderFacts:
    """What the vault knows of the account on `today`."""

    today: date
    state: str
    patient_due_cents: int
    holds: frozenset[str] = frozenset()
    plan_open: bool = False
    insurance_open: bool = False
    first_statement: date | None = None
    done: dict[str, date] = field(default_factory=dict)  # step -> the day it was taken
    itemised_sent: date | None = None
    oral_attempt_after_notice: bool = False   # a call after the final notice (M-03's oral attempt)
    # For the limitations period (F-17): the last payment and the oldest visit; read only when the clinic keeps
    # a limitations table.
    last_payment: date | None = None
    oldest_service: date | None = None
    # For a credit report (F-18): the first conversation, the first and last letter or message sent, the last
    # one that came back undelivered; read only when the ladder has the step.
    spoke_on: date | None = None
    first_written: date | None = None
    last_written: date | None = None
    undelivered_on: date | None = None
