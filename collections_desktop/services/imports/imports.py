"""Import PM files: parse, apply in one transaction (or roll back for a dry run), record the batch, report."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.import_agency import apply_agency_return
from collections_desktop.services.imports.import_answers import apply_answer
from collections_desktop.services.imports.import_apply import Applier, ApplyState
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import imports_repo
from collections_desktop.storage.balances import BalanceChange, refresh_accounts_bulk
from collections_desktop.storage.bulk import IN_SLICE, slices
from collections_desktop.storage.types import utc_now
from collections_desktop.sync import profiles
from collections_desktop.sync.agency_returns import AgencyReturnRecord, is_agency_returns, parse_agency_returns
from collections_desktop.sync.csv_ledger import parse_csv
from collections_desktop.sync.csv_reader import NotTextError, read_header
from collections_desktop.sync.fhir_r4 import parse_fhir
from collections_desktop.sync.followup_answers import HandoffAnswerRecord, is_followup_answers, parse_followup_answers
from collections_desktop.sync.problems import ERROR, ImportProblem
from collections_desktop.sync.profiles import Profile
from collections_desktop.sync.records import (
    AccountRecord,
    ChargeRecord,
    ClaimBalanceRecord,
    ClaimRemitRecord,
    PostingRecord,
)
from collections_desktop.sync.synthea_csv import parse_synthea, synthea_files
from collections_desktop.sync.x12_835 import parse_835
from collections_desktop.sync.x12_segments import transaction_type

FORMATS = ("auto", "csv", "x12-835", "fhir")


@dataclass(frozen=True)
class AccountChange:
    account: str
    patient_due_before: int
    patient_due_after: int
    created: bool
    paid_off: bool


@dataclass
class ImportReport:
    applied: bool
    dry_run: bool
    formats: list[str]
    counts: dict[str, int]
    problems: list[ImportProblem]
    changes: list[AccountChange] = field(default_factory=list)
    claims_now_patient_due: list[str] = field(default_factory=list)
    already_imported: list[str] = field(default_factory=list)
    changes_total: int = 0  # accounts whose balance moved; `changes` lists the largest moves
    file_sha256: dict[str, str] = field(default_factory=dict)  # each file read, by path: what the report is of
    denied: list[str] = field(default_factory=list)  # claims the payer denied: held until the specialist decides
    predeterminations: list[str] = field(default_factory=list)  # estimates, posted as nothing owed


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass
class _Unit:
    """One thing to import: a file, or the three files of a Synthea CSV set."""

    format: str
    label: str
    sha256: str
    records: Callable[[], Iterator]


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(512).lstrip(b"\xef\xbb\xbf \r\n\t")


def detect_format(path: Path) -> str:
    """The format of a file from its first bytes: an ISA/ST envelope is X12 (835, or the transaction its ST01
    names), a JSON object FHIR, anything else CSV."""
    head = _head(path)
    if head.startswith((b"ISA", b"ST", b"GS")):
        kind = transaction_type(path)
        return "x12-835" if kind in (None, "835") else f"x12-{kind[:6]}"
    if head.startswith(b"{") or path.suffix.lower() in (".ndjson", ".json"):
        return "fhir"
    return "csv"


def _csv_header(path: Path) -> list[str]:
    """The header, to tell a follow-up file with answers from a ledger; an unreadable one is left to the ledger
    reader, which locates what is wrong."""
    try:
        return read_header(path)
    except (NotTextError, OSError, UnicodeError):
        return []


def _profile(path: Path, name: str | None) -> Profile:
    try:
        if name:
            return profiles.find(name)
        found = profiles.detect(read_header(path))
    except profiles.ProfileError as exc:
        raise UserError(exc.args[0], **exc.args[1]) from None
    except NotTextError as exc:
        raise UserError("not_text_file", path=str(path), line=exc.line, byte=exc.byte) from None
    if found is None:
        raise UserError("unknown_csv_layout", path=str(path))
    return found


def _units(paths: list[Path], fmt: str, profile_name: str | None, today: date,
           shas: dict[str, str]) -> list[_Unit]:
    """What to import, file by file (a Synthea set and all FHIR files as one); `shas` gets each file's SHA-256."""
    def sha_of(path: Path) -> str:  # each file is hashed once, and the hash is what the report carries
        key = str(path)
        if key not in shas:
            shas[key] = file_sha256(path)
        return shas[key]

    units: list[_Unit] = []
    synthea = synthea_files(paths) if fmt in ("auto", "csv") else None
    if synthea:
        digest = hashlib.sha256("".join(sha_of(synthea[n]) for n in sorted(synthea)).encode()).hexdigest()
        units.append(_Unit("synthea-csv", "synthea", digest, lambda: parse_synthea(synthea)))
    covered = set(synthea.values()) if synthea else set()
    fhir: list[Path] = []
    for path in paths:
        if path.is_dir():
            if synthea and path in {p.parent for p in covered}:
                continue
            raise UserError("file_not_found", path=str(path))
        if path in covered or (synthea and path.parent in {p.parent for p in covered} and path.suffix == ".csv"):
            continue
        kind = detect_format(path) if fmt == "auto" else fmt
        if kind.startswith("x12-") and kind != "x12-835":
            # Another X12 transaction (an 837 claim, a 277 status, a 999 acknowledgment): said, not imported.
            raise UserError("x12_wrong_file", path=path.name, transaction=kind[4:])
        if kind == "x12-835":
            units.append(_Unit(kind, path.name, sha_of(path), partial(parse_835, path)))
        elif kind == "csv" and is_agency_returns(_csv_header(path)):
            units.append(_Unit("agency-returns", path.name, sha_of(path), partial(parse_agency_returns, path)))
        elif kind == "csv" and is_followup_answers(_csv_header(path)):
            units.append(_Unit("insurance-followup", path.name, sha_of(path), partial(parse_followup_answers, path)))
        elif kind == "csv":
            profile = _profile(path, profile_name)
            units.append(_Unit(f"csv:{profile.name}", path.name, sha_of(path),
                               partial(parse_csv, path, profile, today)))
        elif kind == "fhir":
            fhir.append(path)
        else:
            raise UserError("unknown_format", path=str(path))
    if fhir:
        # One unit for all FHIR files: an EOB finds its Patient in any file of the same import.
        digest = sha_of(fhir[0]) if len(fhir) == 1 else hashlib.sha256(
            "".join(sorted(sha_of(p) for p in fhir)).encode()).hexdigest()
        units.append(_Unit("fhir", ", ".join(p.name for p in fhir), digest, lambda: parse_fhir(fhir)))
    return units


def import_files(workspace: Workspace, paths: list[Path], *, fmt: str = "auto", profile: str | None = None,
                 dry_run: bool = False, skip_bad: bool = False, progress: Callable[[int], None] | None = None,
                 expected_sha256: dict[str, str] | None = None) -> ImportReport:
    """Applies every file in one transaction; a file with errors is rejected whole unless `skip_bad`.

    `progress` hears how many records have been read so far, after each slice of them. With
    `expected_sha256` (a dry run's `file_sha256`), a file that changed since that dry run is refused
    before anything is read: what is applied is what the specialist saw.
    """
    workspace.refuse_real_data()
    if fmt not in FORMATS:
        raise UserError("unknown_import_format", format=fmt, choices=", ".join(FORMATS))
    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise UserError("file_not_found", path=str(path))
    now = utc_now()
    shas: dict[str, str] = {}
    units = _units(paths, fmt, profile, now.date(), shas)
    if expected_sha256 is not None and expected_sha256 != shas:
        changed = next(key for key in sorted(set(shas) | set(expected_sha256))
                       if shas.get(key) != expected_sha256.get(key))
        raise UserError("file_changed", path=Path(changed).name)
    state = ApplyState()
    already, batches = [], []
    read = 0
    with workspace.transaction() as session:
        if not dry_run and not imports_repo.take_import_turn(session):
            raise UserError("import_running")
        for unit in units:
            if imports_repo.already_applied(session, unit.sha256):
                already.append(unit.label)
                continue
            batch = imports_repo.new_batch(session, now, unit.format, unit.label, unit.sha256)
            batches.append(batch)
            applier = Applier(session, batch.id, now, state)
            for records in slices(unit.records(), RELEASE_EVERY):
                applier.look_ahead({item.account_number for item in records if isinstance(item, NAMED_ACCOUNT)})
                for item in records:
                    if isinstance(item, ImportProblem):
                        state.problems.append(item)
                    else:
                        APPLY[type(item)](applier, item)
                applier.release()
                read += len(records)
                if progress:
                    progress(read)
            applier.refresh_search()
        _refresh_balances(session, state, now.date(), batches[-1].id if batches else None)
        report = _report(session, state, [u.format for u in units], already, state.moves.largest(), dry_run)
        report.changes_total = state.moves.count
        report.file_sha256 = dict(shas)
        failed = any(p.severity == ERROR for p in state.problems) and not skip_bad
        if dry_run or failed:
            session.rollback()
            report.applied = False
            return report
        for batch in batches:
            batch.counts = json.dumps(report.counts, sort_keys=True)
        # Imported payments count toward plans and promises at once (tracker, Plans late, Promises due).
        from collections_desktop.services.plans.plan_tracking import refresh_plans

        refresh_plans(workspace, session, now.date(), sorted(state.touched_accounts))
        workspace.audit(session, "import.applied", "import_batch", ",".join(str(b.id) for b in batches),
                        {"files": len(batches), "sha256": [b.sha256 for b in batches], **report.counts})
        report.applied = bool(batches)
    return report


# Records (and accounts) between two flushes that let the session forget what it wrote: flat memory.
RELEASE_EVERY = 2000

# Records that name their PM account, whose accounts are looked up ahead a slice at a time.
NAMED_ACCOUNT = (ChargeRecord, AccountRecord)

APPLY: dict[type, Callable[[Applier, Any], None]] = {
    ClaimRemitRecord: Applier.claim_remit,
    ChargeRecord: Applier.charge,
    AccountRecord: Applier.account_record,
    PostingRecord: Applier.posting,
    ClaimBalanceRecord: Applier.claim_balance,
    HandoffAnswerRecord: apply_answer,
    AgencyReturnRecord: apply_agency_return,
}


def _refresh_balances(session: Session, state: ApplyState, today: date, batch_id: int | None) -> None:
    """Re-derives the balance of every account still marked as touched, adding its move to the import's,
    and marks the accounts this import paid off, without holding one object per account.

    Accounts this import created were settled slice by slice; one that gained claims later is
    re-derived here, and its move is taken from nothing (it did not exist before the import).
    """
    paid_off: list[int] = []

    def mark_paid_off() -> None:
        if batch_id is not None and paid_off:
            imports_repo.mark_paid_off(session, paid_off, batch_id)
        paid_off.clear()

    for change in refresh_accounts_bulk(session, state.touched_accounts, today):
        if state.created(change.account_id):
            if (change.patient_due_before, change.insurance_pending_before) != (0, 0):
                state.moves.withdraw(change.account_id)
            change = BalanceChange(change.account_id, 0, change.patient_due_after, 0,
                                   change.insurance_pending_after)
            if (change.patient_due_after, change.insurance_pending_after) == (0, 0):
                continue
        state.moves.add(change)
        if change.paid_off:
            paid_off.append(change.account_id)
            if len(paid_off) >= IN_SLICE:
                mark_paid_off()
    mark_paid_off()


def _report(session, state: ApplyState, formats: list[str], already: list[str], changes, dry_run: bool):  # noqa: ANN001, ANN202
    numbers = imports_repo.account_numbers(session, (c.account_id for c in changes))
    counts = {key: int(state.counts.get(key, 0)) for key in
              ("accounts_created", "accounts_updated", "claims", "payments", "unchanged")}
    if state.counts.get("answers"):  # the billing team's answers read back from a follow-up file
        counts["answers"] = int(state.counts["answers"])
    if state.counts.get("agency_returns"):  # the agency's payments, statuses and recalls
        counts["agency_returns"] = int(state.counts["agency_returns"])
    return ImportReport(
        applied=False, dry_run=dry_run, formats=formats, counts=counts, problems=list(state.problems),
        changes=[AccountChange(numbers[c.account_id], c.patient_due_before, c.patient_due_after,
                               state.created(c.account_id), c.paid_off) for c in changes],
        claims_now_patient_due=sorted(state.moved_to_patient),
        already_imported=already,
        denied=sorted(set(state.denied)),
        predeterminations=sorted(set(state.predeterminations)),
    )
