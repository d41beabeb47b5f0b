"""Which postings came from an import and which were made at the desk: exports, review and older vaults."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text

from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.exports.exports import export
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.outreach.review import accuracy_review
from collections_desktop.services.workspace import open_workspace
from collections_desktop.storage import migrate
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LEDGER = (
    "Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,Patient Paid,"
    "Balance,Payer\n"
    "P1,Ana,Ruiz,C-1,2026-03-03,500.00,200.00,50.00,40.00,210.00,Aetna\n"
    "P2,Luis,Mora,C-2,2026-04-04,90.00,0,0,0,90.00,\n"
)


def _rows(workspace, sql: str) -> list[tuple]:
    with workspace.reading() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def test_csv_postings_carry_their_batch_and_no_source_rows(workspace, tmp_path):
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [source]).applied
    [(batch,)] = _rows(workspace, "SELECT id FROM import_batch")
    assert {row[0] for row in _rows(workspace, "SELECT import_batch_id FROM ledger_entry")} == {batch}
    assert _rows(workspace, "SELECT count(*) FROM posting_source") == [(0,)]
    # A later snapshot posts its difference under its own batch.
    source.write_text(LEDGER.replace("40.00,210.00", "90.00,160.00"), encoding="utf-8")
    assert import_files(workspace, [source]).counts["payments"] == 1
    later = _rows(workspace, f"SELECT kind, amount_cents FROM ledger_entry WHERE import_batch_id > {batch}")
    assert later == [("patient_payment", 5000)]


def test_payments_export_and_review_tell_desk_postings_from_imported_ones(workspace, tmp_path):
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER, encoding="utf-8")
    import_files(workspace, [source])
    out = tmp_path / "payments.csv"
    assert export(workspace, "payments", out).rows == 0  # the PM's own payments do not go back to it
    assert {c.code: c.ok for c in accuracy_review(workspace, "P1")}["matches_last_import"]
    record_payment(workspace, "P1", "25.00", "cash")
    result = export(workspace, "payments", out)
    rows = [row for row in csv.DictReader(out.open(newline="", encoding="utf-8")) if row["account"] == "P1"]
    assert result.rows == 1 and [row["amount"] for row in rows] == ["25.00"]
    assert not {c.code: c.ok for c in accuracy_review(workspace, "P1")}["matches_last_import"]
    assert {c.code: c.ok for c in accuracy_review(workspace, "P2")}["matches_last_import"]


@pytest.mark.vault_only  # an older vault's file, upgraded
def test_upgrade_reads_an_older_vaults_imported_postings_from_their_source_rows(workspace, data_dir):
    """A vault from before the column: keyed imports had source rows, desk postings had none."""
    assert import_files(workspace, [FIXTURES / "x12_835" / "LinuxForHealth_x12" / "managed-care.835"]).applied
    [(account,)] = _rows(workspace, "SELECT number FROM account LIMIT 1")
    record_payment(workspace, account, "1.00", "cash", allow_overpayment=True)
    imported = _rows(workspace, "SELECT ledger_entry_id, import_batch_id FROM posting_source ORDER BY 1")
    assert imported
    migrate.downgrade(workspace.vault.engine, "0008")
    workspace.close()
    upgraded = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        marked = _rows(upgraded, "SELECT id, import_batch_id FROM ledger_entry WHERE import_batch_id IS NOT NULL "
                                 "ORDER BY id")
        assert marked == imported
        assert _rows(upgraded, "SELECT method FROM ledger_entry WHERE import_batch_id IS NULL") == [("cash",)]
    finally:
        upgraded.close()


def test_payments_taken_at_the_desk_are_not_taken_again_from_the_pms_next_snapshots(workspace, tmp_path):
    """The PM learns of a desk payment (or a returned one) only after the payments export: its snapshots in
    between must neither undo it nor, once posted there, count it a second time."""
    from collections_desktop.cli.output import account_json
    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.desk.payments import record_returned_payment

    header = LEDGER.splitlines()[0]
    day = iter(range(1, 100))

    def snapshot(paid: str, balance: str):  # noqa: ANN202
        path = tmp_path / f"day{next(day)}.csv"
        # Blank lines at the end (skipped) keep each day's file distinct, as real exports' dates would.
        path.write_text(f"{header}\nP1,Ana,Ruiz,C-1,2026-03-03,500.00,200.00,50.00,{paid},{balance},Aetna\n"
                        + "\n" * int(path.stem[3:]), encoding="utf-8")
        return import_files(workspace, [path])

    def figures() -> tuple[str, str]:
        doc = account_json(get_account(workspace, "P1"))
        return doc["balance"]["patient_due"], doc["encounters"][0]["patient_paid"]

    assert snapshot("0.00", "250.00").applied
    record_payment(workspace, "P1", "100.00", "cash")
    not_yet = snapshot("0.00", "250.00")  # exported before the PM posted the desk's payment
    assert (not_yet.counts["unchanged"], not_yet.counts["payments"], not_yet.changes) == (1, 0, [])
    assert figures() == ("150.00", "100.00")
    posted = snapshot("100.00", "150.00")  # the PM has posted it now
    assert (posted.counts["unchanged"], posted.counts["payments"]) == (1, 0)
    assert figures() == ("150.00", "100.00")
    more = snapshot("130.00", "120.00")  # and received 30.00 more itself
    assert (more.counts["payments"], more.counts["accounts_updated"]) == (1, 1)
    assert figures() == ("120.00", "130.00")
    record_returned_payment(workspace, "P1", "30.00")
    assert figures() == ("150.00", "100.00")
    assert snapshot("130.00", "120.00").counts["unchanged"] == 1  # the return is not in the PM yet
    assert figures() == ("150.00", "100.00")
    assert snapshot("100.00", "150.00").counts["unchanged"] == 1  # now it is
    assert figures() == ("150.00", "100.00")
    with workspace.reading() as session:
        paid = session.execute(text("SELECT method, sum(amount_cents) FROM ledger_entry WHERE kind = "
                                    "'patient_payment' GROUP BY method ORDER BY method")).all()
    assert [tuple(row) for row in paid] == [("cash", 10000), ("csv", 3000), ("returned", -3000)]
