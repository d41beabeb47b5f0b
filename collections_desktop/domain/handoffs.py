"""A claim handed to the billing or denials team: which team, why, and the answers that bring it back."""

from __future__ import annotations

TEAMS = ("billing", "denials")
REASONS = ("insurance_should_have_paid", "wrong_payer", "coordination_of_benefits", "duplicate_charge",
           "coding_question", "denial_to_appeal", "other")
# rebilled: corrected and sent to the payer again, so the balance keeps waiting on insurance;
# adjusted: the clinic takes an amount off; upheld: the denial stands and the patient owes their share;
# no_change: the bill was right and goes back to outreach as it is.
ANSWERS = ("rebilled", "adjusted", "upheld", "no_change")
STAYS_WITH_INSURANCE = frozenset({"rebilled"})
