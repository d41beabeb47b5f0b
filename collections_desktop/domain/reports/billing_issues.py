"""Why patients do not pay, as they say it, and how a billing issue's trend is told to the billing manager."""

from __future__ import annotations

from dataclasses import dataclass

# The reasons a specialist can record with a contact (words in words/reports.py; the clinic may add its own).
REASONS = (
    "no_bill_received",       # did not receive a bill
    "bill_not_understood",    # does not understand the bill
    "insurance_should_pay",   # insurance should have paid
    "wrong_insurance",        # wrong insurance on file
    "charge_not_recognised",  # does not recognise the charge
    "duplicate_charge",       # charged twice
    "above_estimate",         # higher than the good-faith estimate (No Surprises Act)
    "financial_hardship",     # cannot afford it now
    "service_disputed",       # disputes the service itself
    "other",
)
# Outcomes after which asking why makes sense: the person spoke about the bill.
ASKED_AFTER = frozenset({"CONVERSATION", "REFUSED_TO_PAY", "DISPUTE", "PROMISE_TO_PAY", "IDENTITY_VERIFIED"})
# A change smaller than this many cases is noise, not a trend, whatever the percentage.
MIN_CASES = 3


@dataclass(frozen=True)
class Trend:
    """One issue in one period against the period compared with: counts and the dollars involved."""

    source: str        # "reason", "handoff", "answer", "payer_code", "review"
    code: str          # the reason, hand-off reason, answer or CARC/RARC code
    payer: str         # "" when the issue is not about one payer
    count: int
    before: int
    cents: int
    examples: tuple[str, ...] = ()  # claim or account numbers, never names (H-04)
    words: tuple[tuple[str, str], ...] = ()  # (language, words) for a reason the clinic added to the list

    @property
    def change(self) -> int:
        return self.count - self.before

    @property
    def direction(self) -> str:
        """"rose", "fell", "new", "gone" or "steady" (a change under MIN_CASES cases)."""
        if self.before == 0 and self.count >= MIN_CASES:
            return "new"
        if self.count == 0 and self.before >= MIN_CASES:
            return "gone"
        if abs(self.change) < MIN_CASES:
            return "steady"
        return "rose" if self.change > 0 else "fell"


def reason_problem(code: str, extra: tuple[str, ...] = ()) -> str | None:
    """None when `code` is a known reason (ours or the clinic's `extra`), else the problem's code."""
    return None if code in REASONS or code in extra else "unknown_reason"


def ranked(trends: list[Trend], limit: int = 10) -> list[Trend]:
    """The issues to tell first: most cases, then most dollars, then the largest rise."""
    return sorted(trends, key=lambda t: (-t.count, -t.cents, -t.change, t.code, t.payer))[:limit]
