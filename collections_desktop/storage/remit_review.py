"""Remittances waiting on the specialist: denied claims and figures that do not balance, and their decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from collections_desktop.storage.models import AccountFlagRow, AdjudicationRow, Encounter

# The hold an import puts on an account when a payer denies one of its claims (not a specialist's flag):
# no collection contact until the specialist decides about the claim.
DENIAL_REVIEW = "denial_review"


@dataclass(frozen=True)
class WaitingRemittance:
    """The latest payer's word on one claim that the specialist has not decided about yet."""

    encounter_id: int
    claim_id: str
    status: str
    balance_issue: str
    reason_codes: str
    remark_codes: str
    patient_figure_cents: int | None
    other_figure_cents: int | None


def waiting_remittances(session: Session, account_id: int) -> list[WaitingRemittance]:
    """Each claim of the account whose latest payer denied it, or whose figures disagree, undecided."""
    rows = session.execute(
        select(AdjudicationRow.encounter_id, Encounter.claim_id, AdjudicationRow.sequence, AdjudicationRow.status,
               AdjudicationRow.balance_issue, AdjudicationRow.reason_codes, AdjudicationRow.remark_codes,
               AdjudicationRow.patient_figure_cents, AdjudicationRow.other_figure_cents, AdjudicationRow.decided_at)
        .join(Encounter, Encounter.id == AdjudicationRow.encounter_id)
        .where(Encounter.account_id == account_id)
        .order_by(Encounter.service_date, Encounter.id, AdjudicationRow.sequence)).all()
    latest: dict[int, tuple] = {}
    for row in rows:
        latest[row[0]] = row  # the highest sequence comes last
    return [WaitingRemittance(encounter_id, claim, status or "", issue or "", reasons or "", remarks or "",
                              patient, other)
            for encounter_id, claim, _seq, status, issue, reasons, remarks, patient, other, decided
            in latest.values() if decided is None and (status == "denied" or issue)]


def account_claim(session: Session, account_id: int, claim_id: str) -> Encounter | None:
    """The account's visit with this claim id."""
    return session.scalars(select(Encounter).where(Encounter.account_id == account_id,
                                                   Encounter.claim_id == claim_id)).first()


def latest_adjudication(session: Session, encounter_id: int) -> AdjudicationRow | None:
    return session.scalars(select(AdjudicationRow).where(AdjudicationRow.encounter_id == encounter_id)
                           .order_by(AdjudicationRow.sequence.desc())).first()


def mark_decided(session: Session, encounter_id: int, now: datetime) -> None:
    session.execute(update(AdjudicationRow).where(AdjudicationRow.encounter_id == encounter_id,
                                                  AdjudicationRow.decided_at.is_(None)).values(decided_at=now))


def release_denial_hold(session: Session, account_id: int, now: datetime) -> bool:
    """Clears the account's denial hold once no denied claim of it waits on the specialist; True if cleared."""
    session.flush()
    if any(w.status == "denied" for w in waiting_remittances(session, account_id)):
        return False
    result = session.execute(update(AccountFlagRow).where(
        AccountFlagRow.account_id == account_id, AccountFlagRow.kind == DENIAL_REVIEW,
        AccountFlagRow.cleared_at.is_(None)).values(cleared_at=now))
    return bool(getattr(result, "rowcount", 0))
