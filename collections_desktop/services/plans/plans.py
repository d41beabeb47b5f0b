"""Payment plans on an account: quote, create, amend, sign and cancel, one audited transaction each."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from collections_desktop.domain.plans.lifecycle import PlanState, TransitionRefusedError, move
from collections_desktop.domain.plans.policy import PlanPolicy
from collections_desktop.domain.plans.quote import PlanOption, QuoteTerms, quote
from collections_desktop.domain.plans.schedule import Frequency, ScheduleError
from collections_desktop.services.errors import UserError, cents_typed
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.balances import encounter_balances
from collections_desktop.storage.contacts_repo import account_by_number, first_address, open_flags, person
from collections_desktop.storage.models import Account
from collections_desktop.storage.plan_models import PaymentPlanRow
from collections_desktop.storage.plans_repo import ledger_mark, open_plan, save_schedule
from collections_desktop.storage.types import utc_now

INCOME_ELIGIBLE_FLAG = "income_cap_eligible"
OPTION_KINDS = ("short", "lowest_installment")


@dataclass(frozen=True)
class PlanRequest:
    """What the specialist typed: custom count or amount, frequency, down payment, first date and how to pay."""

    installments: int | None = None
    amount: str | None = None
    frequency: str = "monthly"
    down_payment: str | None = None
    first_due: date | None = None
    option: str = "short"
    payment_method: str = ""
    autopay: bool = False
    autopay_token: str = ""
    monthly_income: str | None = None


@dataclass(frozen=True)
class PlanQuote:
    account: str
    balance_cents: int
    policy_version: int
    options: tuple[PlanOption, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(warning for option in self.options for warning in option.warnings))


@dataclass(frozen=True)
class AccountFacts:
    account: Account
    flags: frozenset[str]
    state: str
    language: str


def quote_plan(workspace: Workspace, number: str, request: PlanRequest, today: date | None = None) -> PlanQuote:
    """The options policy allows for the account's patient balance, with schedules and warnings."""
    policy = current_policy(workspace)
    with workspace.reading() as session:
        facts = account_facts(session, number)
        return _quote(facts, request, policy, today or date.today())


def create_plan(workspace: Workspace, number: str, request: PlanRequest, today: date | None = None) -> int:
    """Saves the chosen option as a draft plan; refused while another plan is open or policy blocks it."""
    policy = current_policy(workspace)
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        current = open_plan(session, facts.account.id)
        if current is not None:
            raise UserError("plan_exists", account=number, status=(f"status_{current.state}",))
        plan = _save(session, facts, request, policy, today or date.today(), previous=None)
        workspace.audit(session, "plan.created", "payment_plan", str(plan.id), {"account": number})
        return plan.id


def amend_plan(workspace: Workspace, number: str, request: PlanRequest, today: date | None = None) -> int:
    """New terms as a new version linked to the open one, which is superseded (a draft is cancelled)."""
    policy = current_policy(workspace)
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        previous = open_plan(session, facts.account.id)
        if previous is None:
            raise UserError("plan_none_open", account=number)
        ending = PlanState.CANCELLED if previous.state == PlanState.DRAFT else PlanState.SUPERSEDED
        move_plan(previous, ending)
        plan = _save(session, facts, request, policy, today or date.today(), previous=previous)
        workspace.audit(session, "plan.amended", "payment_plan", str(plan.id), {"previous": previous.id})
        return plan.id


def cancel_plan(workspace: Workspace, number: str) -> int:
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        plan = open_plan(session, facts.account.id)
        if plan is None:
            raise UserError("plan_none_open", account=number)
        move_plan(plan, PlanState.CANCELLED)
        workspace.audit(session, "plan.cancelled", "payment_plan", str(plan.id))
        return plan.id


def account_facts(session: Session, number: str) -> AccountFacts:
    account = account_by_number(session, number.strip())
    if account is None:
        raise UserError("account_not_found", account=number)
    flags = frozenset(flag.kind for flag in open_flags(session, account.id))
    guarantor = person(session, account.guarantor_id)
    address = first_address(session, account.guarantor_id)
    state = address.state if address is not None and address.state else ""
    return AccountFacts(account, flags, state, guarantor.preferred_language or "en")


def _cents(text: str | None, field: str) -> int | None:
    if text is None or str(text).strip() == "":
        return None
    return cents_typed(text, field)


def _quote(facts: AccountFacts, request: PlanRequest, policy: PlanPolicy, today: date) -> PlanQuote:
    balance = facts.account.patient_due_cents
    if balance <= 0:
        raise UserError("plan_nothing_owed", account=facts.account.number)
    try:
        frequency = Frequency(request.frequency)
    except ValueError:
        raise UserError("plan_unknown_frequency", frequency=request.frequency,
                        choices=", ".join(f.value for f in Frequency)) from None
    eligible = INCOME_ELIGIBLE_FLAG in facts.flags
    terms = QuoteTerms(balance_cents=balance, first_due=request.first_due or today + relativedelta(months=1),
                       frequency=frequency, down_payment_cents=_cents(request.down_payment, "down_payment") or 0,
                       custom_installment_cents=_cents(request.amount, "amount"), custom_count=request.installments,
                       flags=facts.flags, income_cap_state=facts.state if eligible else None,
                       monthly_income_cents=_cents(request.monthly_income, "monthly_income"))
    if terms.first_due < today:
        raise UserError("plan_first_due_past", first_due=terms.first_due.isoformat())
    try:
        options = quote(terms, policy)
    except ScheduleError as exc:
        raise UserError(f"schedule_{exc.code.lower()}") from None
    return PlanQuote(facts.account.number, balance, policy.version, tuple(options))


def _chosen(offer: PlanQuote, request: PlanRequest) -> PlanOption:
    custom = request.installments is not None or request.amount is not None
    wanted = "custom" if custom else request.option
    if wanted not in (*OPTION_KINDS, "custom"):
        raise UserError("plan_unknown_option", option=wanted, choices=", ".join(OPTION_KINDS))
    return next(o for o in offer.options if o.kind == wanted)


def _save(session: Session, facts: AccountFacts, request: PlanRequest, policy: PlanPolicy, today: date,
          previous: PaymentPlanRow | None) -> PaymentPlanRow:
    offer = _quote(facts, request, policy, today)
    option = _chosen(offer, request)
    if option.blocks:
        raise UserError("plan_blocked", reasons=option.blocks)
    if request.autopay and not request.autopay_token.strip():
        raise UserError("plan_autopay_needs_authorization")
    covered = [[e.claim_id, e.service_date.isoformat(), b.patient_balance_cents]
               for e, b in sorted(encounter_balances(session, facts.account.id),
                                  key=lambda p: (p[0].service_date, p[0].id)) if b.patient_balance_cents > 0]
    now = business_moment(today)
    plan = PaymentPlanRow(
        account_id=facts.account.id, version_no=(previous.version_no + 1) if previous else 1,
        previous_id=previous.id if previous else None, policy_version=policy.version, state=PlanState.DRAFT.value,
        frequency=option.frequency.value, balance_cents=offer.balance_cents,
        down_payment_cents=_cents(request.down_payment, "down_payment") or 0,
        first_due=option.installments[0].due, language=facts.language, covered=json.dumps(covered),
        payment_method=request.payment_method, autopay=request.autopay, autopay_token=request.autopay_token.strip(),
        autopay_authorized_on=today if request.autopay else None, ledger_mark=ledger_mark(session), created_at=now,
        state_changed_at=now, past_due_cents=0, next_due=option.schedule[0].due)
    session.add(plan)
    session.flush()
    save_schedule(session, plan.id, option.schedule)
    return plan


def business_moment(day: date) -> datetime:
    """Now, or noon UTC of `day` when an action is recorded for another day (demo data, back-dated entry)."""
    now = utc_now()
    return now if day == now.date() else datetime.combine(day, time(12), tzinfo=UTC)


def move_plan(plan: PaymentPlanRow, target: PlanState) -> None:
    try:
        plan.state = move(PlanState(plan.state), target).value
    except TransitionRefusedError as exc:
        raise UserError("plan_transition_refused", reasons=exc.codes) from None
    plan.state_changed_at = utc_now()



def set_income_cap_eligible(workspace: Workspace, number: str, eligible: bool) -> None:
    """Marks the guarantor as qualifying for the state's income-based installment cap (or clears it), audited."""
    from collections_desktop.storage.contacts_repo import set_flag

    with workspace.transaction() as session:
        facts = account_facts(session, number)
        now = utc_now()
        if eligible:
            set_flag(session, facts.account.id, INCOME_ELIGIBLE_FLAG, now)
        else:
            for row in open_flags(session, facts.account.id, INCOME_ELIGIBLE_FLAG):
                row.cleared_at = now
        workspace.audit(session, "account.income_cap", "account", facts.account.number, {"eligible": eligible})
