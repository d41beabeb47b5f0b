"""Import PM files: parse, apply in one transaction (or roll back for a dry run), record the batch, report."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from collections_desktop.services.errors import UserError
from collections_desktop.services.import_apply import Applier, ApplyState
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.balances import refresh_accounts
from collections_desktop.storage.models import Account, ImportBatch
from collections_desktop.storage.types import utc_now
from collections_desktop.sync.problems import ERROR, ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835

FORMATS = ("auto", "x12-835")


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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def detect_format(path: Path) -> str:
    """The format of a file from its first bytes: an ISA/ST envelope is X12 835."""
    with path.open("rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith((b"ISA", b"ST", b"GS")):
        return "x12-835"
    raise UserError("unknown_format", path=str(path))


def _parser(fmt: str, path: Path):  # noqa: ANN202
    if fmt == "x12-835":
        return parse_835(path)
    raise UserError("unknown_format", path=str(path))


def import_files(workspace: Workspace, paths: list[Path], *, fmt: str = "auto", profile: str | None = None,
                 dry_run: bool = False, skip_bad: bool = False) -> ImportReport:
    """Applies every file in one transaction; a file with errors is rejected whole unless `skip_bad`."""
    if fmt not in FORMATS:
        raise UserError("unknown_import_format", format=fmt, choices=", ".join(FORMATS))
    for path in paths:
        if not Path(path).is_file():
            raise UserError("file_not_found", path=str(path))
    now = utc_now()
    state = ApplyState()
    formats, already, batches = [], [], []
    with workspace.transaction() as session:
        for path in map(Path, paths):
            kind = detect_format(path) if fmt == "auto" else fmt
            formats.append(kind)
            sha = file_sha256(path)
            if session.scalars(select(ImportBatch).where(ImportBatch.sha256 == sha)).first() is not None:
                already.append(path.name)
                continue
            batch = ImportBatch(at=now, format=kind, file_name=path.name[:255], sha256=sha, counts="{}")
            session.add(batch)
            session.flush()
            batches.append(batch)
            applier = Applier(session, batch.id, now, state)
            for item in _parser(kind, path):
                if isinstance(item, ImportProblem):
                    state.problems.append(item)
                elif isinstance(item, ClaimRemitRecord):
                    applier.claim_remit(item)
        changes = refresh_accounts(session, state.touched_accounts, now.date())
        report = _report(session, state, formats, already, changes, dry_run)
        failed = any(p.severity == ERROR for p in state.problems) and not skip_bad
        if dry_run or failed:
            session.rollback()
            report.applied = False
            return report
        for batch in batches:
            batch.counts = json.dumps(report.counts, sort_keys=True)
        paid_off = {c.account for c in report.changes if c.paid_off}
        if paid_off and batches:
            for account in session.scalars(select(Account).where(Account.number.in_(paid_off))):
                account.paid_off_batch_id = batches[-1].id
        workspace.audit(session, "import.applied", "import_batch", ",".join(str(b.id) for b in batches),
                        {"files": len(batches), "sha256": [b.sha256 for b in batches], **report.counts})
        report.applied = bool(batches)
    return report


def _report(session, state: ApplyState, formats: list[str], already: list[str], changes, dry_run: bool):  # noqa: ANN001, ANN202
    numbers = dict(session.execute(select(Account.id, Account.number).where(
        Account.id.in_([c.account_id for c in changes] or [0]))).all())
    counts = {key: int(state.counts.get(key, 0)) for key in
              ("accounts_created", "accounts_updated", "claims", "payments", "unchanged")}
    return ImportReport(
        applied=False, dry_run=dry_run, formats=formats, counts=counts, problems=list(state.problems),
        changes=[AccountChange(numbers[c.account_id], c.patient_due_before, c.patient_due_after,
                               c.account_id in state.created_accounts,
                               c.patient_due_before > 0 >= c.patient_due_after) for c in changes],
        claims_now_patient_due=sorted(state.moved_to_patient),
        already_imported=already,
    )
