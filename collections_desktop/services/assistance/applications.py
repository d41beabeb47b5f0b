"""A financial-assistance application's life on the account: received (collection pauses, P-05), found
incomplete (a day to complete it by), decided (approved in full or in part: the discount posted; denied)."""

from __future__ import annotations

from datetime import date

from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.holds import HoldChanged, release_hold, set_hold, update_hold
from collections_desktop.services.workspace import Workspace

HOLD = "financial_assistance_pending"
DECISIONS = ("approved", "partial", "denied", "incomplete")


def application_received(workspace: Workspace, number: str, received_on: date, note: str = "") -> HoldChanged:
    """The patient's application came in on `received_on`: the assistance hold pauses collection while it is
    reviewed (the ladder and the worklist read the hold)."""
    reason = note.strip() or f"financial-assistance application received on {received_on.isoformat()}"
    return set_hold(workspace, number, HOLD, reason, {"application_received_on": received_on})


def decide_application(workspace: Workspace, number: str, decision: str, *, discount: str = "",
                       cure_by: date | None = None, note: str = "") -> HoldChanged:
    """Records the clinic's decision. approved: 100 % off unless `discount` says less; partial: the `discount`
    given; both post the amount taken off and end the hold. denied: ends the hold, collection resumes.
    incomplete: the hold stays, with the day the patient has to complete the application by (`cure_by`)."""
    if decision not in DECISIONS:
        raise UserError("fap_decision_unknown", decision=decision[:20], choices=", ".join(DECISIONS))
    reason = note.strip() or f"financial-assistance application: {decision}"
    if decision == "incomplete":
        if cure_by is None:
            raise UserError("fap_incomplete_needs_cure_date")
        return update_hold(workspace, number, HOLD, {"cure_by": cure_by}, reason)
    if decision == "partial" and not discount.strip():
        raise UserError("fap_partial_needs_discount")
    if decision == "denied":
        return release_hold(workspace, number, HOLD, reason, outcome="denied")
    return release_hold(workspace, number, HOLD, reason, outcome="approved", discount=discount.strip() or "100")
