"""The billing or denials team's answer to a claim handed to them, recorded so the claim comes back to outreach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from collections_desktop.domain.handoffs import ANSWERS, REASONS, STAYS_WITH_INSURANCE, TEAMS
from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.money import MoneyError, to_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import review_reads as reads
from collections_desktop.storage.balances import refresh_accounts
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import ClaimHandoff, Encounter, LedgerEntryRow
from collections_desktop.storage.types import utc_now

# The teams, reasons and answers, for the window's hand-off dialog.
__all__ = ["ANSWERS", "REASONS", "TEAMS", "HandoffAnswered", "answer_handoff", "close_handoff"]


@dataclass(frozen=True)
class HandoffAnswered:
    """What changed: the claim, the answer, whether its balance still waits on insurance, the patient due now."""

    account: str
    claim: str
    answer: str
    insurance_pending: bool
    patient_due_cents: int


def close_handoff(session: Session, handoff: ClaimHandoff, encounter: Encounter, answer: str, note: str,
                  cents: int, now: datetime, batch_id: int | None = None) -> None:
    """Closes an open hand-off with the team's answer (also as an import reads it back): the claim waits on
    insurance again only when rebilled; an adjustment is posted as an insurance adjustment. The caller refreshes
    the account's balance."""
    handoff.closed_at, handoff.answer, handoff.answer_note = now, answer, note
    encounter.insurance_pending = answer in STAYS_WITH_INSURANCE
    if cents:
        session.add(LedgerEntryRow(account_id=encounter.account_id, encounter_id=encounter.id,
                                   kind=EntryKind.INSURANCE_ADJUSTMENT.value, amount_cents=cents,
                                   posted_on=now.date(), method="handoff", created_at=now,
                                   import_batch_id=batch_id))


def answer_handoff(workspace: Workspace, number: str, claim: str, answer: str, *, note: str = "",
                   adjustment: str | Decimal | None = None) -> HandoffAnswered:
    """Closes the claim's open hand-off with the team's answer. `adjusted` needs the amount taken off (posted as
    an insurance adjustment); every answer but `rebilled` puts the claim's balance back with the patient."""
    if answer not in ANSWERS:
        raise UserError("unknown_answer", answer=answer, choices=", ".join(ANSWERS))
    cents = 0
    if answer == "adjusted":
        try:
            cents = to_cents(str(adjustment)) if adjustment is not None else 0
        except MoneyError:
            raise UserError("bad_amount", field="adjustment", value=str(adjustment)[:20]) from None
        if cents <= 0:
            raise UserError("adjustment_required")
    workspace.refuse_real_data(note)
    now = utc_now()
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        encounter = None if account is None else reads.claim_of(session, account.id, claim)
        if encounter is None or account is None:
            raise UserError("claim_not_found", account=number, claim=claim)
        handoff = reads.open_handoff(session, encounter.id)
        if handoff is None:
            raise UserError("handoff_not_open", claim=claim)
        close_handoff(session, handoff, encounter, answer, note, cents, now)
        refresh_accounts(session, [account.id], now.date())
        workspace.audit(session, "claim.answered", "encounter", str(encounter.id),
                        {"account": account.number, "answer": answer, "cents": cents})
        return HandoffAnswered(account.number, claim, answer, encounter.insurance_pending,
                               account.patient_due_cents)
