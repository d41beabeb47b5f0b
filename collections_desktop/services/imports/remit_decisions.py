"""The specialist's decisions about what a payer sent: a denied claim goes to the patient (or, through a
hand-off, to the denials team), and a remittance that does not balance is settled at one figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.money import MoneyError, format_cents, to_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.balances import encounter_balances, refresh_accounts
from collections_desktop.storage.contacts_repo import account_by_number, active_flags
from collections_desktop.storage.models import LedgerEntryRow
from collections_desktop.storage.remit_review import (
    DENIAL_REVIEW,
    account_claim,
    latest_adjudication,
    mark_decided,
    release_denial_hold,
)
from collections_desktop.storage.types import utc_now


@dataclass(frozen=True)
class Decision:
    """What a decision changed: the account, the claim, what the patient owes on the account before and after,
    and whether the account's denial hold is off now."""

    account: str
    claim: str
    patient_due_before_cents: int
    patient_due_after_cents: int
    hold_released: bool


def _claim(session, number: str, claim: str) -> tuple:  # noqa: ANN001
    account = account_by_number(session, number.strip())
    encounter = None if account is None else account_claim(session, account.id, claim)
    if encounter is None:
        raise UserError("claim_not_found", account=number, claim=claim)
    return account, encounter


def _hold_off(session, account_id: int) -> bool:  # noqa: ANN001
    """True when the account no longer carries the denial hold."""
    return DENIAL_REVIEW not in active_flags(session, [account_id]).get(account_id, set())


def _patient_balance(session, account_id: int, encounter_id: int) -> int:  # noqa: ANN001
    return next(b.patient_balance_cents + b.insurance_pending_cents
                for e, b in encounter_balances(session, account_id) if e.id == encounter_id)


def bill_denied_claim_to_patient(workspace: Workspace, number: str, claim: str) -> Decision:
    """The payer's denial stands and the patient's share of it is theirs to pay: the claim leaves the hold."""
    now = utc_now()
    with workspace.transaction() as session:
        account, encounter = _claim(session, number, claim)
        adjudication = latest_adjudication(session, encounter.id)
        if adjudication is None or adjudication.status != "denied" or adjudication.decided_at is not None:
            raise UserError("claim_not_awaiting_decision", claim=claim)
        before = account.patient_due_cents
        encounter.insurance_pending = False
        mark_decided(session, encounter.id, now)
        released = release_denial_hold(session, account.id, now)
        refresh_accounts(session, [account.id], now.date())
        workspace.audit(session, "claim.denial_to_patient", "encounter", str(encounter.id),
                        {"account": account.number})
        return Decision(account.number, claim, before, account.patient_due_cents, released)


def claim_state(workspace: Workspace, number: str, claim: str) -> Decision:
    """Where an account stands after a decision made elsewhere (a hand-off to the denials team)."""
    with workspace.reading() as session:
        account, _encounter = _claim(session, number, claim)
        return Decision(account.number, claim, account.patient_due_cents, account.patient_due_cents,
                        _hold_off(session, account.id))


def settle_remittance(workspace: Workspace, number: str, claim: str, patient_owes: str | Decimal) -> Decision:
    """The patient owes `patient_owes` on a claim whose remittance did not balance: one of its two figures
    or anything between nothing and the larger; the difference is posted as an insurance adjustment."""
    try:
        target = to_cents(patient_owes if isinstance(patient_owes, Decimal) else str(patient_owes))
    except MoneyError:
        raise UserError("bad_amount", field="patient_owes", value=str(patient_owes)[:20]) from None
    now = utc_now()
    with workspace.transaction() as session:
        account, encounter = _claim(session, number, claim)
        adjudication = latest_adjudication(session, encounter.id)
        if adjudication is None or not adjudication.balance_issue or adjudication.decided_at is not None:
            raise UserError("claim_not_awaiting_decision", claim=claim)
        if adjudication.status == "denied":
            # A denial is decided first (the patient, or the denials team); the smaller figure stands meanwhile.
            raise UserError("claim_denied_decide_first", claim=claim)
        highest = max(adjudication.patient_figure_cents or 0, adjudication.other_figure_cents or 0)
        if not 0 <= target <= highest:
            raise UserError("patient_owes_out_of_range", claim=claim, most=format_cents(highest))
        current = _patient_balance(session, account.id, encounter.id)
        if current != target:
            session.add(LedgerEntryRow(account_id=account.id, encounter_id=encounter.id,
                                       kind=EntryKind.INSURANCE_ADJUSTMENT.value, amount_cents=current - target,
                                       posted_on=date.today(), method="review", reference=claim[:60],
                                       created_at=now))
        before = account.patient_due_cents
        mark_decided(session, encounter.id, now)
        refresh_accounts(session, [account.id], now.date())
        workspace.audit(session, "claim.remittance_settled", "encounter", str(encounter.id),
                        {"account": account.number, "cents": target})
        return Decision(account.number, claim, before, account.patient_due_cents, _hold_off(session, account.id))
