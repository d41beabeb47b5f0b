"""The life of each hold: what is recorded about it while it stands, and the outcomes that end it."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

# Holds whose end is a decision, and the decisions; the other holds end with a reason alone (an attorney who
# withdrew, a death recorded in error, the person's own written request to resume contact).
OUTCOMES: dict[str, tuple[str, ...]] = {
    "dispute": ("upheld", "not_upheld"),
    "financial_assistance_pending": ("approved", "denied"),
    "bankruptcy": ("discharged", "dismissed"),
}
# Decisions that take money off the patient's balance, and the ledger entry kind they post.
ADJUSTING: dict[tuple[str, str], str] = {
    ("dispute", "upheld"): "write_off",
    ("financial_assistance_pending", "approved"): "financial_assistance",
    ("bankruptcy", "discharged"): "write_off",
}
# A discharge writes off the whole balance the petition covered; the others take off the amount decided.
WHOLE_BALANCE = frozenset({("bankruptcy", "discharged")})
# What may be recorded about each hold while it stands.
DETAILS: dict[str, tuple[str, ...]] = {
    "dispute": ("verification_sent_on",),
    "financial_assistance_pending": ("application_received_on", "cure_by"),
    "bankruptcy": ("case_number", "chapter", "filed_on"),
    "deceased": ("estate_contact",),
    "attorney": ("attorney_contact",),
}
CHAPTERS = ("7", "11", "12", "13")
# Details that are days, checked against today: a filing or a verification in the future is refused; a cure
# date is a deadline and must lie ahead.
PAST_DAYS = frozenset({"filed_on", "verification_sent_on", "application_received_on"})
FUTURE_DAYS = frozenset({"cure_by"})


def details_problem(kind: str, details: dict[str, str], today: date) -> tuple[str, dict[str, object]] | None:
    """What is wrong with details given for a hold of `kind`, as (code, params), or None."""
    allowed = DETAILS.get(kind, ())
    for name, value in details.items():
        if name not in allowed:
            return "hold_detail_not_used", {"detail": name, "hold": (f"hold_{kind}",)}
        if name == "chapter" and value not in CHAPTERS:
            return "bankruptcy_chapter_unknown", {"chapter": value[:4], "choices": ", ".join(CHAPTERS)}
        if name in PAST_DAYS | FUTURE_DAYS:
            day = date.fromisoformat(value)
            if name in PAST_DAYS and day > today:
                return "date_in_future", {"at": value}
            if name in FUTURE_DAYS and day <= today:
                return "cure_date_not_ahead", {}
    return None


def release_problem(kind: str, outcome: str, details: dict[str, str], *, verified: bool,
                    adjustment_cents: int, balance_cents: int) -> tuple[str, dict[str, object]] | None:
    """What stops a hold of `kind` from ending with `outcome` (and this adjustment), as (code, params), or None.
    `verified` says whether verification of a dispute was sent (F-11)."""
    outcomes = OUTCOMES.get(kind, ())
    if outcomes and outcome not in outcomes:
        return "hold_outcome_required", {"choices": ", ".join(outcomes)}
    if not outcomes and outcome:
        return "hold_outcome_not_used", {"outcome": outcome[:20]}
    if (kind, outcome) == ("dispute", "not_upheld") and not verified:
        return "dispute_needs_verification", {}
    if (kind, outcome) == ("bankruptcy", "discharged") and not details.get("case_number"):
        return "bankruptcy_case_required", {}
    if (kind, outcome) in ADJUSTING and (kind, outcome) not in WHOLE_BALANCE:
        if adjustment_cents <= 0:
            return "hold_adjustment_required", {}
        if adjustment_cents > max(balance_cents, 0):
            return "adjustment_above_balance", {}
    return None


def discount_cents(balance_cents: int, percent: Decimal) -> int:
    """A financial-assistance discount of `percent` (0 < p ≤ 100) of the balance, rounded half up to the cent."""
    if not Decimal(0) < percent <= Decimal(100):
        raise ValueError("percent out of range")
    return int((Decimal(max(balance_cents, 0)) * percent / Decimal(100)).quantize(Decimal(1), ROUND_HALF_UP))


def shown_details(stored: str | None) -> dict[str, str]:
    """What was recorded about a hold (its stored JSON), without the bookkeeping of when each detail was noted."""
    return {name: value for name, value in json.loads(stored or "{}").items() if not name.startswith("_")}
