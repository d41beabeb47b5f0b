"""Files the specialist asks for that carry patient data (receipts, agreements, their e-mail drafts, notices):
each written where asked together with its audit row, both or neither, so no copy leaves the vault unrecorded."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from collections_desktop.services.desk import payments
from collections_desktop.services.desk.payments import PaymentResult
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import agreements
from collections_desktop.services.workspace import Workspace


def write_file(path: Path, content: bytes) -> Path:
    """The file replaces `path` whole or not at all; a full disk or any other refusal is a plain sentence."""
    from collections_desktop.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(Path(path), content)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserError("disk_full", path=str(Path(path).parent)) from None
        raise UserError("cannot_write", path=str(path), reason=exc.strerror or "") from None
    return Path(path)


def make_folder(folder: Path) -> Path:
    """The folder, made with its parents if need be; a refusal is a plain sentence."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("cannot_write", path=str(folder), reason=exc.strerror or "") from None
    return Path(folder)


def write_with_record(workspace: Workspace, path: Path, content: bytes,
                      record: Callable[[Session], None]) -> Path:
    """The file replaces `path` atomically inside the transaction that records it; a failed commit removes it."""
    path = Path(path)
    written = False
    try:
        with workspace.transaction() as session:
            record(session)
            write_file(path, content)
            written = True
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return path


def save_receipt(workspace: Workspace, result: PaymentResult, path: Path, *, lang: str | None = None) -> Path:
    content = payments.receipt_pdf(workspace, result, lang=lang)
    return write_with_record(workspace, path, content, lambda session: workspace.audit(
        session, "receipt.saved", "account", result.account, {"cents": result.amount_cents}))


def save_agreement(workspace: Workspace, made: agreements.AgreementFile, path: Path) -> Path:
    return write_with_record(workspace, path, made.content, lambda session: workspace.audit(
        session, "agreement.saved", "payment_plan", str(made.plan_id), {"sha256": made.sha256}))


def save_agreement_email(workspace: Workspace, number: str, made: agreements.AgreementFile, path: Path) -> Path:
    """The unsent e-mail draft (an .eml with the PDF attached), built before anything is written."""
    draft = agreements.agreement_email(workspace, number, made)
    return write_with_record(workspace, path, draft, lambda session: workspace.audit(
        session, "agreement.emailed", "payment_plan", str(made.plan_id), {"sha256": made.sha256}))


def save_notice(workspace: Workspace, number: str, path: Path) -> Path:
    content = agreements.notice_pdf(workspace, number)
    return write_with_record(workspace, path, content, lambda session: workspace.audit(
        session, "notice.saved", "account", number, {}))


def save_policy(workspace: Workspace, path: Path) -> Path:
    """The clinic's plan policy in force, as an editable TOML file (no patient data, audited all the same)."""
    from collections_desktop.services.plans.plan_policy import export_policy

    content = export_policy(workspace).encode("utf-8")
    return write_with_record(workspace, path, content, lambda session: workspace.audit(
        session, "policy.exported", "plan_policy", "", {}))
