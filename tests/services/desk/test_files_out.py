"""A file the specialist asks for (receipt, agreement, its e-mail draft, notice, policy) is written together with
its audit row: both, or neither."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from collections_desktop.services.desk import files_out
from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.errors import UserError
from collections_desktop.storage.models import AuditRow
from tests.conftest import AS_OF


def actions(ws) -> list[str]:
    with ws.reading() as session:
        return list(session.scalars(select(AuditRow.action).order_by(AuditRow.id)))


def paid(ws):
    number = next(r.account for r in worklist(ws, view="all", limit=200, as_of=AS_OF) if r.patient_due_cents > 0)
    return record_payment(ws, number, "5.00", "cash")


def test_a_saved_receipt_is_audited(demo_workspace, tmp_path):
    result = paid(demo_workspace)
    target = files_out.save_receipt(demo_workspace, result, tmp_path / "receipt.pdf")
    assert target.read_bytes().startswith(b"%PDF-") and oct(target.stat().st_mode & 0o777) == "0o600"
    assert actions(demo_workspace)[-1] == "receipt.saved"


def test_a_receipt_that_cannot_be_written_leaves_no_audit_row(demo_workspace, tmp_path):
    result = paid(demo_workspace)
    before = actions(demo_workspace)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    with pytest.raises(UserError) as err:
        files_out.save_receipt(demo_workspace, result, blocker / "receipt.pdf")
    assert err.value.code == "cannot_write"
    assert actions(demo_workspace) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_said_plainly(demo_workspace, tmp_path):
    result = paid(demo_workspace)
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(UserError) as err:
        files_out.save_receipt(demo_workspace, result, folder / "receipt.pdf")
    assert err.value.code == "cannot_write" and not list(folder.iterdir())


def test_the_policy_export_is_a_service_too(workspace, tmp_path):
    target = files_out.save_policy(workspace, tmp_path / "policy.toml")
    assert "[terms]" in target.read_text() or "terms" in target.read_text()
    assert actions(workspace)[-1] == "policy.exported"
