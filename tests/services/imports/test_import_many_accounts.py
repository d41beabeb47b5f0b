"""An import that touches more accounts than SQLite takes parameters in one statement still completes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from collections_desktop.services.imports.import_moves import REPORTED_CHANGES
from collections_desktop.services.imports.imports import import_files
from collections_desktop.storage.models import Account, Encounter

# SQLite's limit is 32,766 parameters per statement; every list of ids must be sliced below it.
ACCOUNTS = 33_000


# SQLite's limit on a statement's parameters; its server run costs half a minute for nothing of the server's.
@pytest.mark.vault_only
def test_import_of_more_accounts_than_one_statement_can_name(workspace, tmp_path: Path):
    source = tmp_path / "ledger.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,"
                     "Adjustment,Patient Paid,Balance,Payer\n")
        for n in range(ACCOUNTS):
            handle.write(f"A{n:06d},Ana,Peña{n % 50},C{n:07d},2026-03-03,120.00,40.00,20.00,10.00,50.00,Aetna\n")

    report = import_files(workspace, [source])

    assert report.applied, report.problems[:3]
    assert report.counts["accounts_created"] == ACCOUNTS
    # The report names the largest balance moves and counts the rest, so it stays small.
    assert report.changes_total == ACCOUNTS
    assert len(report.changes) == REPORTED_CHANGES
    assert {c.patient_due_after for c in report.changes} == {5000}
    with workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == ACCOUNTS
        assert session.scalar(select(func.count()).select_from(Encounter)) == ACCOUNTS
        assert session.scalar(select(func.sum(Account.patient_due_cents))) == ACCOUNTS * 5000
