"""Clinic policy for placing an account with a collection agency: what must be true before it is approved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from collections_desktop.domain.plans.lifecycle import OPEN

# Placement is the last step: the balance has aged, the patient was told in writing, and nothing is pending.
MIN_DAYS_SINCE_BILLED = 120
MIN_DAYS_SINCE_FINAL_NOTICE = 30
BLOCKING_HOLDS = {"dispute": "agency_dispute_open", "financial_assistance_pending": "agency_fap_pending",
                  "ppdr_pending": "agency_ppdr_pending", "bankruptcy": "agency_bankruptcy",
                  "attorney": "agency_attorney", "deceased": "agency_deceased"}
OPEN_PLAN_STATES = tuple(s.value for s in OPEN)


@dataclass(frozen=True)
class PlacementFacts:
    """What the vault knows about an account on the day placement is asked for."""

    today: date
    patient_due_cents: int
    oldest_anchor: date | None
    insurance_pending_cents: int = 0
    open_handoffs: int = 0
    holds: frozenset[str] = field(default_factory=frozenset)
    plan_state: str | None = None
    last_written_notice: date | None = None


def placement_blocks(facts: PlacementFacts) -> list[str]:
    """Why the account may not be placed today; an empty list means it may."""
    blocks = []
    if facts.patient_due_cents <= 0:
        blocks.append("agency_nothing_owed")
    if facts.oldest_anchor is None or facts.oldest_anchor > facts.today - timedelta(days=MIN_DAYS_SINCE_BILLED):
        blocks.append("agency_too_recent")
    if facts.insurance_pending_cents > 0 or facts.open_handoffs:
        blocks.append("agency_insurance_open")
    blocks += [code for hold, code in BLOCKING_HOLDS.items() if hold in facts.holds]
    if facts.plan_state in OPEN_PLAN_STATES:
        blocks.append("agency_plan_running")
    notice = facts.last_written_notice
    if notice is None or notice > facts.today - timedelta(days=MIN_DAYS_SINCE_FINAL_NOTICE):
        blocks.append("agency_needs_written_notice")
    return blocks
