"""Screening for financial assistance: the household and income the patient gives, the poverty guideline of the
patient's state and year, the clinic's sliding scale; kept on the account's timeline, never a decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from collections_desktop.domain.assistance.poverty import PERIODS_PER_YEAR
from collections_desktop.domain.assistance.screening import Screening, Tier, screen
from collections_desktop.domain.money import MoneyError, to_cents
from collections_desktop.services.desk.accounts import get_account
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import assistance_repo
from collections_desktop.storage.contacts_repo import account_by_number

PERIODS = tuple(PERIODS_PER_YEAR)
MAX_HOUSEHOLD = 30


@dataclass(frozen=True)
class ScreeningResult:
    """The screening and what an application would ask for (the clinic's list of documents, codes)."""

    account: str
    screening: Screening
    documents: tuple[str, ...]
    tiers: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ScreeningContext:
    """What a screening of this account needs besides the household's answers, read once (the dialog answers
    each keystroke from it, without the vault)."""

    account: str
    state: str
    balance_cents: int
    tiers: tuple[tuple[int, int], ...]
    documents: tuple[str, ...]


def screening_context(workspace: Workspace, number: str) -> ScreeningContext:
    view = get_account(workspace, number, seen_in="screening")
    policy = current_policy(workspace)
    return ScreeningContext(number, view.state, view.patient_due_cents, policy.assistance_tiers,
                            policy.assistance_documents)


def preview(context: ScreeningContext, *, household: int, income: str, period: str,
            day: date | None = None) -> Screening | None:
    """The screening the answers give so far, or None while they are incomplete (nothing is kept)."""
    try:
        income_cents = to_cents(income)
    except MoneyError:
        return None
    if not 1 <= household <= MAX_HOUSEHOLD or period not in PERIODS or income_cents < 0:
        return None
    return screen(list(assistance_repo.guidelines()), tuple(Tier(line, d) for line, d in context.tiers),
                  day=day or date.today(), state=context.state, household=household, income_cents=income_cents,
                  period=period, balance_cents=context.balance_cents)


def screen_account(workspace: Workspace, number: str, *, household: int, income: str, period: str = "annual",
                   at: datetime | None = None) -> ScreeningResult:
    """Screens the account's household (`income` in dollars per `period`) against what the patient owes now;
    the screening is kept and shown on the timeline. Refuses a household outside 1…30, an unknown period or an
    amount that is not dollars and cents."""
    if not 1 <= household <= MAX_HOUSEHOLD:
        raise UserError("screening_household", most=MAX_HOUSEHOLD)
    if period not in PERIODS:
        raise UserError("screening_period", choices=", ".join(PERIODS))
    try:
        income_cents = to_cents(income)
    except MoneyError:
        raise UserError("screening_income", value=income) from None
    if income_cents < 0:
        raise UserError("screening_income", value=income)
    at = at or datetime.now(UTC)
    view = get_account(workspace, number, seen_in="screening")
    policy = current_policy(workspace)
    tiers = tuple(Tier(line, discount) for line, discount in policy.assistance_tiers)
    result = screen(list(assistance_repo.guidelines()), tiers, day=at.date(), state=view.state, household=household,
                    income_cents=income_cents, period=period, balance_cents=view.patient_due_cents)
    with workspace.transaction() as session:
        account = account_by_number(session, number)
        if account is None:
            raise UserError("account_not_found", account=number)
        assistance_repo.keep_screening(session, account.id, at, result)
        # The audit says a screening happened and what it suggested, never the household's income.
        workspace.audit(session, "assistance.screened", "account", number,
                        {"offered": result.offer_application, "discount": result.discount_percent})
    return ScreeningResult(number, result, policy.assistance_documents, policy.assistance_tiers)
