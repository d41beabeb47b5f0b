"""Everything that happened on one account, read as plain rows from each table and merged newest first."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import (
    AccountFlagRow,
    AccountNoteRow,
    AuditRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    ImportBatch,
    LedgerEntryRow,
)
from collections_desktop.storage.plan_models import PaymentPlanRow, PlanDocumentRow, PromiseRow

KINDS = ("contact", "payment", "promise", "plan", "hold", "handoff", "note", "document", "import")
# Files the user asked for, audited as they left the vault (receipts and notices name the account).
DOCUMENT_ACTIONS = ("receipt.saved", "notice.saved", "agreement.saved", "agreement.printed", "agreement.emailed")


@dataclass(frozen=True)
class TimelineRow:
    """One event: when it happened (as stated) and when it was recorded, its kind, a code saying what it was,
    its details (no sentence: codes, amounts, dates) and any text the specialist or the patient gave."""

    at: datetime
    recorded_at: datetime
    kind: str
    code: str
    params: dict[str, object] = field(default_factory=dict)
    text: str = ""


def _day(value: date) -> datetime:
    """A day-dated event (a payment's date) placed at noon UTC, so it sorts within its day."""
    return datetime.combine(value, time(12, 0), tzinfo=UTC)


def _contacts(session: Session, account_id: int) -> Iterator[TimelineRow]:
    for at, recorded, channel, direction, outcome, note, detail in session.execute(
            select(ContactEventRow.at, ContactEventRow.created_at, ContactEventRow.channel, ContactEventRow.direction,
                   ContactEventRow.outcome, ContactEventRow.note, ContactEventRow.detail)
            .where(ContactEventRow.account_id == account_id)):
        extra = json.loads(detail or "{}")
        params: dict[str, object] = {"channel": channel, "direction": direction, "outcome": outcome}
        if "backdated" in extra:
            params["backdated"] = True
        if "confirmed_by" in extra:
            params["confirmed"] = True
        # `at` is when the waits count from; a late entry keeps the moment it happened beside it
        stated = datetime.fromisoformat(extra["stated_at"]) if "stated_at" in extra else at
        yield TimelineRow(stated, recorded, "contact", f"contact_{direction}", params, note)


def _payments(session: Session, account_id: int) -> Iterator[TimelineRow]:
    """A payment spread over several visits is one event; a returned payment is its own."""
    for posted_on, recorded, method, reference, cents, batch in session.execute(
            select(LedgerEntryRow.posted_on, LedgerEntryRow.created_at, LedgerEntryRow.method,
                   LedgerEntryRow.reference, func.sum(LedgerEntryRow.amount_cents), LedgerEntryRow.import_batch_id)
            .where(LedgerEntryRow.account_id == account_id, LedgerEntryRow.kind == "patient_payment")
            .group_by(LedgerEntryRow.posted_on, LedgerEntryRow.created_at, LedgerEntryRow.method,
                      LedgerEntryRow.reference, LedgerEntryRow.import_batch_id)):
        code = "payment_returned" if cents < 0 else "payment_imported" if batch is not None else "payment_recorded"
        yield TimelineRow(_day(posted_on), recorded, "payment", code,
                          {"cents": abs(int(cents)), "method": method, "paid_on": posted_on.isoformat()}, reference)


def _promises(session: Session, account_id: int) -> Iterator[TimelineRow]:
    for created, outcome, next_due in session.execute(
            select(PromiseRow.created_at, PromiseRow.outcome, PromiseRow.next_due)
            .where(PromiseRow.account_id == account_id)):
        yield TimelineRow(created, created, "promise", "promise_made",
                          {"outcome": outcome, "next_due": next_due.isoformat() if next_due else ""})


def _plans(session: Session, account_id: int) -> Iterator[TimelineRow]:
    plans = {plan_id: (version, state) for plan_id, version, state in session.execute(
        select(PaymentPlanRow.id, PaymentPlanRow.version_no, PaymentPlanRow.state)
        .where(PaymentPlanRow.account_id == account_id))}
    for plan_id, created in session.execute(select(PaymentPlanRow.id, PaymentPlanRow.created_at)
                                            .where(PaymentPlanRow.account_id == account_id)):
        version, state = plans[plan_id]
        yield TimelineRow(created, created, "plan", "plan_created", {"version": version, "state": state})
    if not plans:
        return
    for kind, created, signed_on, plan_id in session.execute(
            select(PlanDocumentRow.kind, PlanDocumentRow.created_at, PlanDocumentRow.signed_on,
                   PlanDocumentRow.plan_id).where(PlanDocumentRow.plan_id.in_(list(plans)))):
        version = plans[plan_id][0]
        yield TimelineRow(created, created, "document", f"document_{kind}", {"version": version})
        if signed_on is not None:
            yield TimelineRow(_day(signed_on), created, "plan", "plan_signed", {"version": version})


def _holds(session: Session, account_id: int) -> Iterator[TimelineRow]:
    """Each hold set and ended (with its decision), and a dispute's verification sent (F-11)."""
    for kind, set_at, cleared_at, details, outcome in session.execute(
            select(AccountFlagRow.kind, AccountFlagRow.set_at, AccountFlagRow.cleared_at, AccountFlagRow.details,
                   AccountFlagRow.outcome).where(AccountFlagRow.account_id == account_id)):
        yield TimelineRow(set_at, set_at, "hold", "hold_set", {"hold": kind})
        known = json.loads(details or "{}")
        sent = known.get("verification_sent_on")
        if sent:
            noted = known.get("_recorded", {}).get("verification_sent_on")
            # day-dated, and never before the dispute it answers
            yield TimelineRow(max(_day(date.fromisoformat(sent)), set_at),
                              datetime.fromisoformat(noted) if noted else set_at,
                              "hold", "dispute_verification_sent")
        if cleared_at is not None and outcome:
            yield TimelineRow(cleared_at, cleared_at, "hold", "hold_ended", {"hold": kind, "decision": outcome})
        elif cleared_at is not None:
            yield TimelineRow(cleared_at, cleared_at, "hold", "hold_released", {"hold": kind})


def _handoffs(session: Session, account_id: int) -> Iterator[TimelineRow]:
    for claim, at, closed_at, note, team, reason, answer, answer_note in session.execute(
            select(Encounter.claim_id, ClaimHandoff.at, ClaimHandoff.closed_at, ClaimHandoff.note, ClaimHandoff.team,
                   ClaimHandoff.reason, ClaimHandoff.answer, ClaimHandoff.answer_note)
            .join(Encounter, Encounter.id == ClaimHandoff.encounter_id).where(Encounter.account_id == account_id)):
        yield TimelineRow(at, at, "handoff", "handoff_sent", {"claim": claim, "team": team,
                                                                "reason": reason or "other"}, note)
        if closed_at is not None:
            yield TimelineRow(closed_at, closed_at, "handoff", "handoff_closed",
                              {"claim": claim, "answer": answer or "no_change"}, answer_note)


def _notes(session: Session, account_id: int) -> Iterator[TimelineRow]:
    for kind, text, pinned, about, created in session.execute(
            select(AccountNoteRow.kind, AccountNoteRow.text, AccountNoteRow.pinned, AccountNoteRow.about,
                   AccountNoteRow.created_at).where(AccountNoteRow.account_id == account_id)):
        # A hold's reason names the hold it was given for; other notes what they are about.
        params: dict[str, object] = {"hold": about} if kind.startswith("hold_") else {"pinned": pinned, "about": about}
        yield TimelineRow(created, created, "note", f"note_{kind}", params, text)


def _documents(session: Session, account_id: int, number: str) -> Iterator[TimelineRow]:
    plan_ids = [str(i) for i in session.scalars(select(PaymentPlanRow.id)
                                                 .where(PaymentPlanRow.account_id == account_id))]
    query = select(AuditRow.at, AuditRow.action).where(AuditRow.action.in_(DOCUMENT_ACTIONS), (
        (AuditRow.entity == "account") & (AuditRow.entity_id == number))
        | ((AuditRow.entity == "payment_plan") & AuditRow.entity_id.in_(plan_ids)))
    for at, action in session.execute(query):
        yield TimelineRow(at, at, "document", action.replace(".", "_"))


def _imports(session: Session, account_id: int) -> Iterator[TimelineRow]:
    """Each import that posted to the account: its file, when, and how many postings it made here."""
    for at, file_name, fmt, postings in session.execute(
            select(ImportBatch.at, ImportBatch.file_name, ImportBatch.format, func.count(LedgerEntryRow.id))
            .join(LedgerEntryRow, LedgerEntryRow.import_batch_id == ImportBatch.id)
            .where(LedgerEntryRow.account_id == account_id).group_by(ImportBatch.id)):
        yield TimelineRow(at, at, "import", "import_posted", {"file": file_name, "format": fmt, "postings": postings})


def account_events(session: Session, account_id: int, number: str, kinds: Iterable[str] = KINDS,
                   offset: int = 0, limit: int = 50) -> tuple[list[TimelineRow], int]:
    """The account's events of `kinds`, newest first (then newest recorded): one page and how many there are."""
    wanted = set(kinds)
    readers = {"contact": _contacts, "payment": _payments, "promise": _promises, "plan": _plans, "hold": _holds,
               "handoff": _handoffs, "note": _notes, "import": _imports}
    rows: list[TimelineRow] = []
    for kind, reader in readers.items():
        if kind in wanted or (kind == "plan" and "document" in wanted):
            rows.extend(row for row in reader(session, account_id) if row.kind in wanted)
    if "document" in wanted:
        rows.extend(_documents(session, account_id, number))
    rows.sort(key=lambda row: (row.at, row.recorded_at), reverse=True)
    return rows[offset:offset + limit], len(rows)
