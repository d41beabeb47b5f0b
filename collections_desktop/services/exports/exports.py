"""Exports back to the PM system and partners: query, write atomically, audit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from collections_desktop.domain.money import format_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import export_reads
from collections_desktop.storage.types import utc_now
from collections_desktop.sync.writers import ACTIVITY_COLUMNS, FOLLOWUP_COLUMNS, PAYMENT_COLUMNS, write_csv

KINDS = ("payments", "activity", "plans", "agency", "agency-updates", "insurance-followup")
METHOD_CODES = {"cash": "CASH", "check": "CHECK", "card": "CC", "ach": "ACH", "portal": "CC", "other": "OTHER"}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    total_cents: int


def write_export(out: Path, columns: tuple[str, ...], rows, trailer=None, delimiter: str = ",") -> int:  # noqa: ANN001
    """Writes an export atomically (comma- or tab-separated); a file that cannot be written is a user error naming
    it."""
    try:
        return write_csv(out, columns, rows, trailer=trailer, delimiter=delimiter)
    except OSError as exc:
        raise UserError("cannot_write", path=str(out), reason=exc.strerror or "") from None


def export(workspace: Workspace, kind: str, out: Path, *, since: date | None = None) -> ExportResult:
    if kind not in KINDS:
        raise UserError("unknown_export", kind=kind, choices=", ".join(KINDS))
    if kind == "activity":
        return _activity(workspace, Path(out), since)
    if kind == "insurance-followup":
        return _followup(workspace, Path(out), since)
    if kind == "agency-updates":
        from collections_desktop.services.outreach.agency_lifecycle import export_agency_updates

        count = export_agency_updates(workspace, Path(out), since)
        return ExportResult(kind, Path(out), count, 0)
    if kind == "agency":
        from collections_desktop.services.outreach.agency import export_agency

        return ExportResult(kind, Path(out), *export_agency(workspace, Path(out)))
    if kind == "plans":
        from collections_desktop.services.exports.plan_exports import export_plans

        return ExportResult(kind, Path(out), *export_plans(workspace, Path(out), since))
    with workspace.transaction() as session:
        batch_id = utc_now().strftime("CD%Y%m%d%H%M%S")
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            for entry, account, claim, patient in export_reads.desk_payments(session, since):
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
        moment = datetime.combine(since, time(0), tzinfo=UTC) if since is not None else None
        seen: set[int] = set()

        def rows():  # noqa: ANN202
            for event, account, person, relationship in export_reads.contacts_with_people(session, moment):
                if event.id in seen:  # a person on the account twice (guarantor and patient)
                    continue
                seen.add(event.id)
                detail = json.loads(event.detail or "{}")
                follow_up = detail.get("follow_up", "")
                # the moment it happened, as stated (a late entry's `at` is when it was recorded)
                happened = datetime.fromisoformat(detail["stated_at"]) if "stated_at" in detail else event.at
                yield (account, happened.strftime("%Y-%m-%dT%H:%M:%SZ"), event.channel, event.direction,
                       f"{person.first_name} {person.last_name}", relationship or "", event.outcome, event.note,
                       follow_up)

        count = write_export(out, ACTIVITY_COLUMNS, rows())
        workspace.audit(session, "export.written", "export", "activity",
                        {"rows": count, "since": since.isoformat() if since else None})
    return ExportResult("activity", out, count, 0)


def _followup(workspace: Workspace, out: Path, since: date | None) -> ExportResult:
    """Claims handed to the billing/denials team: what was billed and paid, the CARC reasons, the note."""
    with workspace.transaction() as session:
        moment = datetime.combine(since, time(0), tzinfo=UTC) if since is not None else None
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            for handoff, encounter, account in export_reads.open_handoffs(session, moment):
                sums = export_reads.sums_by_kind(session, encounter.id)
                codes = ",".join(export_reads.reason_codes(session, encounter.id))
                billed = int(sums.get("charge", 0))
                total += billed
                yield (account, encounter.claim_id, encounter.service_date.isoformat(), encounter.payer_name,
                       format_cents(billed), format_cents(int(sums.get("insurance_payment", 0))), codes,
                       handoff.at.strftime("%Y-%m-%dT%H:%M:%SZ"), handoff.note)

        count = write_export(out, FOLLOWUP_COLUMNS, rows())
        workspace.audit(session, "export.written", "export", "insurance-followup", {"rows": count})
    return ExportResult("insurance-followup", out, count, total)
