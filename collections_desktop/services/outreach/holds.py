"""Holds set and released by the specialist, each with why (kept as a note of the account), audited, and seen at
once by the compliance engine, the worklist views and the scripts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from collections_desktop.domain.flags import AccountFlag
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.models import Account
from collections_desktop.storage.types import utc_now

# The holds the specialist sets and releases here (insurance pending follows the claims; the agency's and the
# denial review's have their own steps).
KINDS = tuple(flag.value for flag in AccountFlag if flag is not AccountFlag.INSURANCE_PENDING)


@dataclass(frozen=True)
class HoldChanged:
    account: str
    hold: str
    active: bool


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


def set_hold(workspace: Workspace, number: str, kind: str, reason: str) -> HoldChanged:
    """Sets a hold (a dispute received by phone, a bankruptcy notice, an attorney's letter…) with why."""
    reason = _checked(kind, reason)
    workspace.refuse_real_data(reason)
    now = utc_now()
    with workspace.transaction() as session:
        account = _account(session, number)
        if not contacts_repo.set_flag(session, account.id, kind, now):
            raise UserError("hold_already_set", account=account.number, hold=(f"hold_{kind}",))
        notes_repo.add_note(session, account.id, reason, now, kind="hold_set", about=kind)
        workspace.audit(session, "hold.set", "account", account.number, {"hold": kind})
        return HoldChanged(account.number, kind, True)


def release_hold(workspace: Workspace, number: str, kind: str, reason: str, *,
                 written_request: bool = False) -> HoldChanged:
    """Releases a hold with why. A written request to stop contact is released only by the person's own later
    written request (FDCPA 805(c)), recorded as such."""
    reason = _checked(kind, reason)
    if kind == AccountFlag.CEASE_CONTACT.value and not written_request:
        raise UserError("cease_needs_written_request")
    workspace.refuse_real_data(reason)
    now = utc_now()
    with workspace.transaction() as session:
        account = _account(session, number)
        if not contacts_repo.clear_flag(session, account.id, kind, now):
            raise UserError("hold_not_set", account=account.number, hold=(f"hold_{kind}",))
        notes_repo.add_note(session, account.id, reason, now, kind="hold_released", about=kind)
        workspace.audit(session, "hold.released", "account", account.number,
                        {"hold": kind, "written_request": written_request})
        return HoldChanged(account.number, kind, False)
