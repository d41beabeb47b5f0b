"""Holds set, followed and ended by the specialist, each step with why (kept as a note of the account), audited,
and seen at once by the compliance engine, the worklist views and the scripts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from collections_desktop.domain.flags import AccountFlag
from collections_desktop.domain.holds import (
    ADJUSTING,
    DETAILS,
    OUTCOMES,
    WHOLE_BALANCE,
    details_problem,
    discount_cents,
    release_problem,
    shown_details,
)
from collections_desktop.domain.ledger import spread_oldest_first
from collections_desktop.domain.money import MoneyError, to_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.balances import encounter_balances, refresh_accounts
from collections_desktop.storage.models import Account, AccountFlagRow, LedgerEntryRow
from collections_desktop.storage.review_reads import claim_of
from collections_desktop.storage.types import utc_now

# The holds the specialist sets and releases here (insurance pending follows the claims, a claim with billing
# comes back with the team's answer, and the remittance review has its own decisions).
KINDS = tuple(flag.value for flag in AccountFlag if flag is not AccountFlag.INSURANCE_PENDING)
# Each hold's life, for the window's hold dialog (which reaches the domain only through services).
__all__ = ["ADJUSTING", "DETAILS", "KINDS", "OUTCOMES", "WHOLE_BALANCE", "HoldChanged", "claim_insurance_pending",
           "release_hold", "set_hold", "update_hold"]


@dataclass(frozen=True)
class HoldChanged:
    """What changed: the hold, whether it still stands, its details and outcome, any adjustment and the due."""

    account: str
    hold: str
    active: bool
    details: dict[str, str] = field(default_factory=dict)
    outcome: str = ""
    adjusted_cents: int = 0
    patient_due_cents: int = 0


def _account(session: Session, number: str) -> Account:
    account = contacts_repo.account_by_number(session, number.strip())
    if account is None:
        raise UserError("account_not_found", account=number)
    return account


def _checked(kind: str, reason: str) -> str:
    if kind not in KINDS:
        raise UserError("unknown_hold", hold=kind, choices=", ".join(KINDS))
    reason = reason.strip()
    if not reason:
        raise UserError("hold_reason_required", hold=(f"hold_{kind}",))
    return reason


def _details(kind: str, given: dict[str, str | date | None] | None, today: date) -> dict[str, str]:
    details = {name: (value.isoformat() if isinstance(value, date) else str(value).strip())
               for name, value in (given or {}).items() if value not in (None, "")}
    problem = details_problem(kind, details, today)
    if problem is not None:
        code, params = problem
        raise UserError(code, **params)
    return details


def _open_hold(session: Session, account: Account, kind: str) -> AccountFlagRow:
    rows = contacts_repo.open_flags(session, account.id, kind)
    if not rows:
        raise UserError("hold_not_set", account=account.number, hold=(f"hold_{kind}",))
    return rows[0]


def claim_insurance_pending(workspace: Workspace, number: str, claim: str, pending: bool,
                            reason: str) -> HoldChanged:
    """Puts one claim's balance on hold while insurance still owes an answer (a claim the payer is
    reprocessing), or takes it off, with why: its balance leaves or rejoins what the patient owes."""
    kind = AccountFlag.INSURANCE_PENDING.value
    reason = reason.strip()
    if not reason:
        raise UserError("hold_reason_required", hold=(f"hold_{kind}",))
    workspace.refuse_real_data(reason)
    now = utc_now()
    with workspace.transaction() as session:
        account = _account(session, number)
        encounter = claim_of(session, account.id, claim.strip())
        if encounter is None:
            raise UserError("claim_not_found", account=number, claim=claim)
        if encounter.insurance_pending == pending:
            raise UserError("hold_already_set" if pending else "hold_not_set", account=account.number,
                            hold=(f"hold_{kind}",))
        encounter.insurance_pending = pending
        refresh_accounts(session, [account.id], now.date())
        notes_repo.add_note(session, account.id, reason, now, kind="hold_set" if pending else "hold_released",
                            about=kind)
        workspace.audit(session, "hold.set" if pending else "hold.released", "account", account.number,
                        {"hold": kind, "claim": encounter.claim_id})
        return HoldChanged(account.number, kind, pending, {"claim": encounter.claim_id},
                           patient_due_cents=account.patient_due_cents)


def set_hold(workspace: Workspace, number: str, kind: str, reason: str,
             details: dict[str, str | date | None] | None = None) -> HoldChanged:
    """Sets a hold (a dispute received by phone, a bankruptcy notice, an attorney's letter…) with why and what
    is known about it (a case number, the attorney's or the estate's contact)."""
    reason = _checked(kind, reason)
    now = utc_now()
    recorded = _details(kind, details, now.date())
    workspace.refuse_real_data(reason, *recorded.values())
    with workspace.transaction() as session:
        account = _account(session, number)
        if not contacts_repo.set_flag(session, account.id, kind, now, json.dumps(recorded, sort_keys=True)):
            raise UserError("hold_already_set", account=account.number, hold=(f"hold_{kind}",))
        notes_repo.add_note(session, account.id, reason, now, kind="hold_set", about=kind)
        workspace.audit(session, "hold.set", "account", account.number, {"hold": kind, "details": sorted(recorded)})
        from collections_desktop.services.outreach.agency_lifecycle import suspend_for_hold

        suspend_for_hold(session, workspace, account, kind, now)
        return HoldChanged(account.number, kind, True, recorded, patient_due_cents=account.patient_due_cents)


def update_hold(workspace: Workspace, number: str, kind: str, details: dict[str, str | date | None],
                reason: str = "") -> HoldChanged:
    """Records what became known while a hold stands: verification sent for a dispute (F-11), an incomplete
    assistance application's cure date, a bankruptcy's case, the estate's or the attorney's contact."""
    if kind not in KINDS:
        raise UserError("unknown_hold", hold=kind, choices=", ".join(KINDS))
    now = utc_now()
    given = _details(kind, details, now.date())
    if not given:
        raise UserError("hold_nothing_to_record", hold=(f"hold_{kind}",))
    workspace.refuse_real_data(*given.values())
    with workspace.transaction() as session:
        account = _account(session, number)
        row = _open_hold(session, account, kind)
        recorded = {**json.loads(row.details or "{}"), **given}
        # when each detail was recorded, beside when it happened (a verification sent last week, noted today)
        recorded["_recorded"] = {**recorded.get("_recorded", {}), **{name: now.isoformat() for name in given}}
        row.details = json.dumps(recorded, sort_keys=True)
        if reason.strip():
            notes_repo.add_note(session, account.id, reason.strip(), now, kind="hold_updated", about=kind)
        workspace.audit(session, "hold.updated", "account", account.number, {"hold": kind, "details": sorted(given)})
        return HoldChanged(account.number, kind, True, shown_details(row.details),
                           patient_due_cents=account.patient_due_cents)


def _adjustment_cents(adjustment: str | Decimal | None, discount: str | Decimal | None, balance: int) -> int:
    if discount not in (None, ""):
        try:
            return discount_cents(balance, Decimal(str(discount).strip().rstrip("%")))
        except (InvalidOperation, ValueError):
            raise UserError("bad_discount", value=str(discount)[:10]) from None
    if adjustment in (None, ""):
        return 0
    try:
        return to_cents(str(adjustment))
    except MoneyError:
        raise UserError("bad_amount", field="adjustment", value=str(adjustment)[:20]) from None


def release_hold(workspace: Workspace, number: str, kind: str, reason: str, *, outcome: str = "",
                 adjustment: str | Decimal | None = None, discount: str | Decimal | None = None,
                 written_request: bool = False) -> HoldChanged:
    """Ends a hold with why and, for a dispute, an assistance application or a bankruptcy, the decision: an
    upheld dispute or approved assistance posts the amount taken off; a discharge writes off the balance; a
    dispute not upheld needs verification sent first (F-11). A written request to stop contact is released only
    by the person's own later written request (FDCPA 805(c)), recorded as such."""
    reason = _checked(kind, reason)
    if kind == AccountFlag.CEASE_CONTACT.value and not written_request:
        raise UserError("cease_needs_written_request")
    workspace.refuse_real_data(reason)
    now = utc_now()
    with workspace.transaction() as session:
        account = _account(session, number)
        row = _open_hold(session, account, kind)
        recorded = json.loads(row.details or "{}")
        pairs = sorted(encounter_balances(session, account.id), key=lambda p: (p[0].service_date, p[0].id))
        balances = [(encounter.id, balance.patient_balance_cents) for encounter, balance in pairs]
        due = sum(max(b, 0) for _, b in balances)
        cents = due if (kind, outcome) in WHOLE_BALANCE else _adjustment_cents(adjustment, discount, due)
        problem = release_problem(kind, outcome, recorded, adjustment_cents=cents, balance_cents=due,
                                  verified=kind != "dispute" or contacts_repo.dispute_verified(session, account.id))
        if problem is not None:
            code, params = problem
            raise UserError(code, **params)
        entry_kind = ADJUSTING.get((kind, outcome))
        posted = 0
        if entry_kind is not None:
            for visit, share in spread_oldest_first(cents, balances):
                session.add(LedgerEntryRow(account_id=account.id, encounter_id=visit, kind=entry_kind,
                                           amount_cents=share, posted_on=now.date(), method=kind,
                                           reference=outcome, created_at=now))
                posted += share
            refresh_accounts(session, [account.id], now.date())
        contacts_repo.clear_flag(session, account.id, kind, now, outcome)
        notes_repo.add_note(session, account.id, reason, now, kind="hold_released", about=kind)
        workspace.audit(session, "hold.released", "account", account.number,
                        {"hold": kind, "outcome": outcome, "cents": posted, "written_request": written_request})
        return HoldChanged(account.number, kind, False, shown_details(row.details), outcome, posted,
                           account.patient_due_cents)
