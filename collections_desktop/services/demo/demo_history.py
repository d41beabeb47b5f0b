"""The year behind the demo's accounts, so the reports tell a story on first run: deductibles that reset in
January, a payer whose coordination-of-benefits denials rise month after month, the billing team's answers, and
earlier calls with the reasons people gave. Each draws from its own generator, keyed by the row it belongs to."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from collections_desktop.services.demo import demo_pools as pools

if TYPE_CHECKING:
    from collections_desktop.services.demo.demo_generator import DemoGenerator

# The payer whose denials for coordination of benefits (CARC 22) rise over the year.
TREND_PAYER = pools.COMMERCIAL_PAYERS[0]
# The chance a visit's deductible is still to be met, by the month of service: most plans reset in January.
DEDUCTIBLE_CHANCE = {1: 0.78, 2: 0.7, 3: 0.6, 4: 0.5, 5: 0.45, 6: 0.4, 7: 0.36, 8: 0.33, 9: 0.3, 10: 0.28,
                     11: 0.26, 12: 0.25}
EARLIER_OUTCOMES = ("NO_ANSWER", "VOICEMAIL_LCM", "CONVERSATION", "PROMISE_TO_PAY", "BUSY")
EARLIER_WEIGHTS = (38, 28, 20, 10, 4)
# Reasons people give (billing_issues.REASONS) and how often; the first two months of the year add insurance
# changes, and quotes that were too low grow through the year.
REASONS = ("financial_hardship", "bill_not_understood", "insurance_should_pay", "no_bill_received",
           "wrong_insurance", "above_estimate", "duplicate_charge", "charge_not_recognised")
HANDOFF_ANSWERS = ("rebilled", "adjusted", "upheld")


def _rng(gen: DemoGenerator, key: int, salt: int) -> random.Random:
    return random.Random(f"collections-desk-demo-history:{gen.seed}:{salt}:{key}")  # noqa: S311 - invented data


def _year_share(gen: DemoGenerator, day: date) -> float:
    """0 a year ago, 1 today."""
    return min(max(1 - (gen.today - day).days / 365, 0.0), 1.0)


def cob_denied(gen: DemoGenerator, encounter_id: int, payer: str, processed_on: date) -> bool:
    """Whether the trend payer denied this claim for coordination of benefits: rare a year ago, common now."""
    if payer != TREND_PAYER:
        return False
    share = _year_share(gen, processed_on)
    return _rng(gen, encounter_id, 1).random() < 0.03 + 0.35 * share * share


def hand_to_billing(gen: DemoGenerator, encounter_id: int, processed_on: date) -> None:
    """The specialist handed the denied claim to the billing team a few days later, and the team answered."""
    rng = _rng(gen, encounter_id, 2)
    handed = processed_on + timedelta(days=2 + int(rng.random() * 8))
    if handed >= gen.today:
        return
    answered = handed + timedelta(days=6 + int(rng.random() * 20))
    if answered >= gen.today:  # claims still with the team are the specialist's own work, not the demo's
        return
    answer = rng.choices(HANDOFF_ANSWERS, weights=(6, 3, 1))[0]
    closed = datetime.combine(answered, time(17, 0), tzinfo=UTC)
    gen.rows["claim_handoff"].append((gen.ids.take("claim_handoff"), encounter_id,
                                      datetime.combine(handed, time(15, 0), tzinfo=UTC), "", closed, "billing",
                                      "coordination_of_benefits", answer, ""))


def _reason(rng: random.Random, day: date, share: float) -> str:
    if rng.random() >= 0.7:
        return ""
    new_year = day.month in (1, 2)
    weights = (30, 22, 18 * (2 if new_year else 1), 10, 8 * (3 if new_year else 1), 2 + 10 * share, 4, 3)
    return rng.choices(REASONS, weights=weights)[0]


def add_earlier_calls(gen: DemoGenerator, account_id: int, person_id: int, first_billed: date | None,
                      call_time, phone: str) -> None:  # noqa: ANN001 - demo_contacts' call time for this person
    """Up to four calls between the first statement and seven weeks ago, three weeks or more apart."""
    if first_billed is None:
        return
    rng = _rng(gen, account_id, 3)
    day = first_billed + timedelta(days=7 + int(rng.random() * 20))
    last = gen.today - timedelta(days=50)
    for _ in range(int(rng.random() * 5)):
        if day > last:
            break
        outcome = rng.choices(EARLIER_OUTCOMES, weights=EARLIER_WEIGHTS)[0]
        moment = call_time(day, 10 + int(rng.random() * 7))
        if moment is not None:
            reason = _reason(rng, day, _year_share(gen, day)) if outcome in ("CONVERSATION", "PROMISE_TO_PAY") else ""
            gen.rows["contact_event"].append((gen.ids.take("contact_event"), account_id, person_id, moment, "phone",
                                              "outbound", outcome, phone, "", "{}", None, gen.created_at, reason))
        day += timedelta(days=21 + int(rng.random() * 40))
