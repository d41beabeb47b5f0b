"""Exports back to the PM system and partners: query, write atomically, audit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import func, select

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.money import format_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
    Person,
)
from collections_desktop.storage.types import utc_now
from collections_desktop.sync.writers import ACTIVITY_COLUMNS, FOLLOWUP_COLUMNS, PAYMENT_COLUMNS, write_csv

KINDS = ("payments", "activity", "plans", "agency", "insurance-followup")
METHOD_CODES = {"cash": "CASH", "check": "CHECK", "card": "CC", "ach": "ACH", "portal": "CC", "other": "OTHER"}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    total_cents: int


def write_export(out: Path, columns: tuple[str, ...], rows, trailer=None) -> int:  # noqa: ANN001
    """Writes an export atomically; a file that cannot be written is a user error naming it."""
    try:
        return write_csv(out, columns, rows, trailer=trailer)
    except OSError as exc:
        raise UserError("cannot_write", path=str(out), reason=exc.strerror or "") from None


def export(workspace: Workspace, kind: str, out: Path, *, since: date | None = None) -> ExportResult:
    if kind not in KINDS:
        raise UserError("unknown_export", kind=kind, choices=", ".join(KINDS))
    if kind == "activity":
        return _activity(workspace, Path(out), since)
    if kind == "insurance-followup":
        return _followup(workspace, Path(out), since)
    if kind == "agency":
        from collections_desktop.services.outreach.agency import export_agency

        return ExportResult(kind, Path(out), *export_agency(workspace, Path(out)))
    if kind == "plans":
        from collections_desktop.services.exports.plan_exports import export_plans

        return ExportResult(kind, Path(out), *export_plans(workspace, Path(out), since))
    with workspace.transaction() as session:
        query = (select(LedgerEntryRow, Account.number, Encounter.claim_id, Person)
                 .join(Account, Account.id == LedgerEntryRow.account_id)
                 .join(Encounter, Encounter.id == LedgerEntryRow.encounter_id)
                 .join(Person, Person.id == Encounter.patient_id)
                 .where(LedgerEntryRow.kind == EntryKind.PATIENT_PAYMENT.value,
                        LedgerEntryRow.import_batch_id.is_(None))
                 .order_by(LedgerEntryRow.posted_on, LedgerEntryRow.id))
        if since is not None:
            query = query.where(LedgerEntryRow.posted_on >= since)
        batch_id = utc_now().strftime("CD%Y%m%d%H%M%S")
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            for entry, account, claim, patient in session.execute(query):
                total += entry.amount_cents
                yield (batch_id, account, patient.member_id or str(patient.id), patient.last_name,
                       patient.first_name, claim, entry.posted_on.strftime("%m/%d/%Y"),
                       format_cents(entry.amount_cents), METHOD_CODES.get(entry.method, entry.method.upper()),
                       entry.reference, "returned payment" if entry.amount_cents < 0 else "patient payment", "")

        def control_total(count: int) -> tuple[str, ...]:
            # The trailer row a lockbox import checks the file against.
            return ("TOTAL", str(count), "", "", "", "", "", format_cents(total), "", "", "", "")

        count = write_export(out, PAYMENT_COLUMNS, rows(), trailer=control_total)
        workspace.audit(session, "export.written", "export", kind,
                        {"rows": count, "total": format_cents(total), "since": since.isoformat() if since else None})
    return ExportResult(kind, Path(out), count, total)


def _activity(workspace: Workspace, out: Path, since: date | None) -> ExportResult:
    """One row per contact and note, for the PM's account notes or a supervisor's review."""
    with workspace.transaction() as session:
        query = (select(ContactEventRow, Account.number, Person, AccountMember.relationship)
                 .join(Account, Account.id == ContactEventRow.account_id)
                 .join(Person, Person.id == ContactEventRow.person_id)
                 .outerjoin(AccountMember, (AccountMember.account_id == ContactEventRow.account_id)
                            & (AccountMember.person_id == ContactEventRow.person_id))
                 .order_by(ContactEventRow.at, ContactEventRow.id))
        if since is not None:
            query = query.where(ContactEventRow.at >= datetime.combine(since, time(0), tzinfo=UTC))
        seen: set[int] = set()

        def rows():  # noqa: ANN202
            for event, account, person, relationship in session.execute(query):
                if event.id in seen:  # a person on the account twice (guarantor and patient)
                    continue
                seen.add(event.id)
                follow_up = json.loads(event.detail or "{}").get("follow_up", "")
                yield (account, event.at.strftime("%Y-%m-%dT%H:%M:%SZ"), event.channel, event.direction,
                       f"{person.first_name} {person.last_name}", relationship or "", event.outcome, event.note,
                       follow_up)

        count = write_export(out, ACTIVITY_COLUMNS, rows())
        workspace.audit(session, "export.written", "export", "activity",
                        {"rows": count, "since": since.isoformat() if since else None})
    return ExportResult("activity", out, count, 0)


def _followup(workspace: Workspace, out: Path, since: date | None) -> ExportResult:
    """Claims handed to the billing/denials team: what was billed and paid, the CARC reasons, the note."""
    with workspace.transaction() as session:
        query = (select(ClaimHandoff, Encounter, Account.number)
                 .join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
                 .join(Account, Account.id == Encounter.account_id)
                 .where(ClaimHandoff.closed_at.is_(None)).order_by(ClaimHandoff.at, ClaimHandoff.id))
        if since is not None:
            query = query.where(ClaimHandoff.at >= datetime.combine(since, time(0), tzinfo=UTC))
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            for handoff, encounter, account in session.execute(query):
                sums = dict(session.execute(select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
                                            .where(LedgerEntryRow.encounter_id == encounter.id)
                                            .group_by(LedgerEntryRow.kind)).all())
                codes = ",".join(c for a in session.scalars(select(AdjudicationRow.reason_codes).where(
                    AdjudicationRow.encounter_id == encounter.id)) for c in a.split(",") if c)
                billed = int(sums.get("charge", 0))
                total += billed
                yield (account, encounter.claim_id, encounter.service_date.isoformat(), encounter.payer_name,
                       format_cents(billed), format_cents(int(sums.get("insurance_payment", 0))), codes,
                       handoff.at.strftime("%Y-%m-%dT%H:%M:%SZ"), handoff.note)

        count = write_export(out, FOLLOWUP_COLUMNS, rows())
        workspace.audit(session, "export.written", "export", "insurance-followup", {"rows": count})
    return ExportResult("insurance-followup", out, count, total)
