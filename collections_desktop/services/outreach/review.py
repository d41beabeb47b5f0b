"""Before outreach: the accuracy review the app pre-fills, and handing a claim to the billing team."""

from __future__ import annotations

from dataclasses import dataclass

from collections_desktop.domain.handoffs import REASONS, TEAMS
from collections_desktop.domain.money import format_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import review_reads as reads
from collections_desktop.storage.balances import refresh_accounts
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import ClaimHandoff
from collections_desktop.storage.remit_review import mark_decided, release_denial_hold, waiting_remittances
from collections_desktop.storage.types import utc_now


@dataclass(frozen=True)
class CheckItem:
    """One line of the review: a code, whether it looks fine, and its parameters."""

    code: str
    ok: bool
    params: tuple[tuple[str, str], ...] = ()


def accuracy_review(workspace: Workspace, number: str) -> list[CheckItem]:
    """Insurance still pending? Balance from the last import? Duplicate charges? A credit elsewhere?"""
    with workspace.reading() as session:
        account = account_by_number(session, number)
        if account is None:
            raise UserError("account_not_found", account=number)
        pending = reads.claims_waiting_on_insurance(session, account.id)
        handed = reads.claims_with_billing(session, account.id)
        last_import, later = reads.last_import_and_changes_since(session, account.id)
        lines = reads.repeated_charges(session, account.id)
        credits = reads.other_accounts_in_credit(session, account)
        waiting = waiting_remittances(session, account.id)
    denied = [w for w in waiting if w.status == "denied"]
    unbalanced = [w for w in waiting if w.status != "denied" and w.balance_issue]
    return [
        CheckItem("denied_by_payer", not denied, (
            ("claims", ", ".join(w.claim_id for w in denied)),
            ("codes", ", ".join(dict.fromkeys(c for w in denied for c in f"{w.reason_codes},{w.remark_codes}"
                                               .split(",") if c))))),
        CheckItem("remittance_unbalanced", not unbalanced, (
            ("claims", ", ".join(f"{w.claim_id} ({_figure(w.patient_figure_cents)} / {_figure(w.other_figure_cents)})"
                                 for w in unbalanced)),)),
        CheckItem("insurance_pending", not pending, (("claims", ", ".join(pending)),)),
        CheckItem("handed_to_billing", not handed, (("claims", ", ".join(handed)),)),
        CheckItem("matches_last_import", last_import is None or later == 0,
                  (("imported", last_import.date().isoformat() if last_import else ""), ("changes", str(later)))),
        CheckItem("duplicate_charges", not lines,
                  (("codes", ", ".join(sorted({code for _d, code, _b, _n in lines}))),)),
        CheckItem("credit_elsewhere", not credits, (("accounts", ", ".join(credits)),)),
    ]


def _figure(cents: int | None) -> str:
    return "—" if cents is None else format_cents(cents)


def hand_off_claim(workspace: Workspace, number: str, claim: str, note: str = "", *, team: str = "billing",
                   reason: str = "other") -> None:
    """Sends a claim to the billing or denials team with why; its balance waits on insurance until their answer
    (`handoffs.answer_handoff`) brings it back."""
    if team not in TEAMS:
        raise UserError("unknown_team", team=team, choices=", ".join(TEAMS))
    if reason not in REASONS:
        raise UserError("unknown_handoff_reason", reason=reason, choices=", ".join(REASONS))
    workspace.refuse_real_data(note)
    now = utc_now()
    with workspace.transaction() as session:
        account = account_by_number(session, number)
        encounter = None if account is None else reads.claim_of(session, account.id, claim)
        if encounter is None or account is None:
            raise UserError("claim_not_found", account=number, claim=claim)
        if reads.open_handoff(session, encounter.id) is not None:
            raise UserError("already_handed_off", claim=claim)
        session.add(ClaimHandoff(encounter_id=encounter.id, at=now, note=note, team=team, reason=reason))
        encounter.insurance_pending = True
        # Handing a denied claim to the denials team is the specialist's decision about it.
        mark_decided(session, encounter.id, now)
        release_denial_hold(session, account.id, now)
        refresh_accounts(session, [account.id], now.date())
        workspace.audit(session, "claim.handed_off", "encounter", str(encounter.id),
                        {"account": account.number, "team": team, "reason": reason})
