"""Plan quotes: the options clinic policy allows for a balance, each with its full schedule and warnings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from collections_desktop.domain.compliance.gates import plan_warnings
from collections_desktop.domain.plans.policy import PlanPolicy
from collections_desktop.domain.plans.schedule import (
    PER_MONTH,
    Frequency,
    Installment,
    ScheduleError,
    build_schedule,
    installments_in,
    split_by_amount,
    split_equal,
)

# The short option mirrors the common "30-60-90" arrangement: three months' worth of installments.
SHORT_TERM_MONTHS = 3
TILA_INSTALLMENTS = 4
# Income caps for a separately billing clinic, as a percent of monthly household income (compliance.md P-03).
INCOME_CAP_PERCENT = {"CO": Decimal(2), "MD": Decimal(5), "CA": Decimal(10)}


@dataclass(frozen=True)
class QuoteTerms:
    """What the specialist asks for: balance, first due date, frequency, down payment and optional custom terms."""

    balance_cents: int
    first_due: date
    frequency: Frequency = Frequency.MONTHLY
    down_payment_cents: int = 0
    custom_installment_cents: int | None = None
    custom_count: int | None = None
    flags: frozenset[str] = frozenset()
    income_cap_state: str | None = None
    monthly_income_cents: int | None = None


@dataclass(frozen=True)
class PlanOption:
    """One way to pay: its schedule, warnings to show and blocks that stop it being offered."""

    kind: str  # "short", "lowest_installment" or "custom"
    frequency: Frequency
    schedule: tuple[Installment, ...]
    warnings: tuple[str, ...] = ()
    blocks: tuple[str, ...] = ()

    @property
    def installments(self) -> tuple[Installment, ...]:
        return tuple(i for i in self.schedule if i.number > 0)

    @property
    def installment_cents(self) -> int:
        return self.installments[0].amount_cents

    @property
    def total_cents(self) -> int:
        return sum(i.amount_cents for i in self.schedule)


def max_installments(policy: PlanPolicy, balance_cents: int, frequency: Frequency) -> int:
    """The longest schedule the balance's tier allows at this frequency."""
    return max(1, installments_in(policy.tier_for(balance_cents).months, frequency))


def minimum_installment(policy: PlanPolicy, balance_cents: int, frequency: Frequency) -> int:
    """The policy's monthly minimum spread over the frequency, rounded up to a whole cent."""
    num, den = PER_MONTH[Frequency(frequency)]
    return -(-policy.minimum_monthly_cents(balance_cents) * den // num)


def quote(terms: QuoteTerms, policy: PlanPolicy) -> list[PlanOption]:
    """The short and lowest-installment options, and the custom one when asked, each checked against policy."""
    frequency = Frequency(terms.frequency)
    if frequency not in policy.frequencies:
        raise ScheduleError("FREQUENCY_NOT_ALLOWED", f"policy does not allow {frequency.value} plans")
    financed = terms.balance_cents - terms.down_payment_cents
    if financed <= 0:
        raise ScheduleError("NOTHING_TO_FINANCE", "the down payment covers the whole balance")
    longest = max_installments(policy, terms.balance_cents, frequency)
    floor = minimum_installment(policy, terms.balance_cents, frequency)
    # Dividing by at least a cent keeps `affordable` within the cents financed, so every split is possible.
    affordable = max(1, min(longest, financed // max(floor, 1)))
    short = min(affordable, max(1, installments_in(SHORT_TERM_MONTHS, frequency)))
    options = [_option("short", split_equal(financed, short), terms, policy, longest, floor),
               _option("lowest_installment", split_equal(financed, affordable), terms, policy, longest, floor)]
    if terms.custom_installment_cents is not None:
        options.append(_option("custom", split_by_amount(financed, terms.custom_installment_cents), terms, policy,
                               longest, floor))
    elif terms.custom_count is not None:
        options.append(_option("custom", split_equal(financed, terms.custom_count), terms, policy, longest, floor))
    return options


def _option(kind: str, amounts: list[int], terms: QuoteTerms, policy: PlanPolicy, longest: int,
            floor: int) -> PlanOption:
    frequency = Frequency(terms.frequency)
    schedule = build_schedule(amounts, terms.first_due, frequency, terms.down_payment_cents)
    warnings = [r.code for r in plan_warnings(set(terms.flags))]
    blocks = []
    if len(amounts) > TILA_INSTALLMENTS:
        warnings.append("plan_over_4_installments")
    if terms.balance_cents < policy.minimum_installment_cents:
        warnings.append("plan_balance_below_minimum")  # one payment would do; a plan is the clinic's courtesy
    if policy.tier_for(terms.balance_cents).supervisor_approval:
        warnings.append("plan_needs_supervisor")
    if len(amounts) > longest:
        blocks.append("plan_term_above_policy")
    if len(amounts) > 1 and amounts[0] < floor:
        blocks.append("plan_installment_below_minimum")
    if terms.down_payment_cents * 100 > terms.balance_cents * policy.down_payment_max_percent:
        blocks.append("plan_down_payment_above_policy")
    blocks += _income_cap_blocks(terms, amounts[0], len(amounts))
    return PlanOption(kind, frequency, tuple(schedule), tuple(warnings), tuple(blocks))


def _income_cap_blocks(terms: QuoteTerms, installment_cents: int, count: int) -> list[str]:
    state = (terms.income_cap_state or "").upper()
    percent = INCOME_CAP_PERCENT.get(state)
    if percent is None:
        return []
    if terms.monthly_income_cents is None:
        return ["plan_income_required"]
    cap = (Decimal(terms.monthly_income_cents) * percent / 100).to_integral_value(rounding=ROUND_FLOOR)
    num, den = PER_MONTH[Frequency(terms.frequency)]
    blocks = ["plan_above_income_cap"] if installment_cents * num > cap * den else []
    if state == "CO" and count > 36:
        blocks.append("plan_term_above_state_limit")
    return blocks
