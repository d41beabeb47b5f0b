"""A placement's life after approval: suspended (the agency must stop: a dispute, an assistance application or a
bankruptcy arrived; set by itself when such a hold is), reinstated, or recalled to the clinic; each audited, on
the timeline, and listed for the agency by `export agency-updates`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import Account
from collections_desktop.storage.types import utc_now

APPROVED, SUSPENDED = "agency_approved", "agency_suspended"
ACTIONS = ("suspend", "reinstate", "recall")
# Holds the agency must stop for (they suspend a placement by themselves when set), and stay suspended under.
STOPPING_HOLDS = ("dispute", "financial_assistance_pending", "ppdr_pending", "bankruptcy", "deceased")
UPDATE_COLUMNS = ("account", "action", "date", "reason")


@dataclass(frozen=True)
class PlacementChange:
    account: str
    action: str
    reason: str


def suspend_for_hold(session: Session, workspace: Workspace, account: Account, hold: str, now: datetime) -> bool:
    """In the caller's transaction: a placed account whose new hold the agency must stop for is suspended."""
    standing = contacts_repo.active_flags(session, [account.id]).get(account.id, set())
    if hold not in STOPPING_HOLDS or APPROVED not in standing or SUSPENDED in standing:
        return False
    contacts_repo.set_flag(session, account.id, SUSPENDED, now)
    workspace.audit(session, "agency.suspend", "account", account.number, {"reason": hold})
    return True


def change_placement(workspace: Workspace, number: str, action: str, reason: str = "") -> PlacementChange:
    """Suspends, reinstates or recalls the account's placement. Reinstating waits while a hold the agency must
    stop for stands; recalling returns the account to the clinic (its outreach may resume)."""
    if action not in ACTIONS:
        raise UserError("agency_action_unknown", action=action[:20], choices=", ".join(ACTIONS))
    workspace.refuse_real_data(reason)
    now = utc_now()
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        if account is None:
            raise UserError("account_not_found", account=number)
        standing = contacts_repo.active_flags(session, [account.id]).get(account.id, set())
        if APPROVED not in standing:
            raise UserError("agency_not_placed", account=account.number)
        if action == "suspend" and not contacts_repo.set_flag(session, account.id, SUSPENDED, now):
            raise UserError("agency_already_suspended", account=account.number)
        if action == "reinstate":
            holds = tuple(f"escalation_hold_{h}" for h in STOPPING_HOLDS if h in standing)
            if holds:
                raise UserError("agency_reinstate_blocked", account=account.number, reasons=holds)
            if not contacts_repo.clear_flag(session, account.id, SUSPENDED, now, "reinstated"):
                raise UserError("agency_not_suspended", account=account.number)
        if action == "recall":
            contacts_repo.clear_flag(session, account.id, SUSPENDED, now, "recalled")
            contacts_repo.clear_flag(session, account.id, APPROVED, now, "recalled")
        if reason.strip():
            notes_repo.add_note(session, account.id, reason.strip(), now, kind=f"agency_{action}", about="agency")
        workspace.audit(session, f"agency.{action}", "account", account.number, {"reason": "specialist"})
    return PlacementChange(account.number, action, reason.strip())


def export_agency_updates(workspace: Workspace, out: Path, since: date | None = None) -> int:
    """The suspensions, reinstatements and recalls (and new placements) for the agency, oldest first."""
    from collections_desktop.services.exports.exports import write_export
    from collections_desktop.storage.audit import actions_since

    wanted = ("agency.approved", "agency.suspend", "agency.reinstate", "agency.recall")
    with workspace.reading() as session:
        rows = [(number, action.split(".")[1].replace("approved", "place"), at.date().isoformat(),
                 str(detail.get("reason", "")))
                for at, action, number, detail in actions_since(session, wanted, since)]
    from collections_desktop.services.outreach.agency import agency_delimiter

    return write_export(out, UPDATE_COLUMNS, iter(rows), delimiter=agency_delimiter(workspace))
