"""Applying 835 files to a real vault: worked numbers, secondary payers, reversals, idempotence, rejection."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.models import ImportBatch, PostingSource
from tests.conftest import PASSPHRASE

X12 = Path(__file__).resolve().parents[2] / "fixtures" / "x12_835"
UHC = X12 / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt"
BCBS = X12 / "keironstoddart_edi-835-parser" / "blue_cross_nc_sample.txt"
ALL_835 = sorted(p for p in X12.rglob("*") if p.is_file() and "LICENSE" not in p.name)


def everything(ws) -> list[dict]:
    return [account_json(get_account(ws, r.account)) for r in worklist(ws, view="all", limit=1000)]


def encounter(ws, account: str, claim: str) -> dict:
    return next(e for e in account_json(get_account(ws, account))["encounters"] if e["claim"] == claim)


def test_worked_numbers_land_in_the_ledger(workspace):
    report = import_files(workspace, [UHC, BCBS])
    assert report.applied and report.counts["claims"] == 3
    uhc = encounter(workspace, "234567890", "001-18604-358")
    assert (uhc["billed"], uhc["insurance_paid"], uhc["contractual"]) == ("816.24", "261.07", "440.04")
    assert (uhc["deductible"], uhc["coinsurance"], uhc["patient_balance"]) == ("110.00", "5.13", "115.13")
    bcbs = encounter(workspace, "YPB123456789001", "200200964A52")
    assert (bcbs["coinsurance"], bcbs["copay"], bcbs["patient_balance"]) == ("117.54", "25.00", "142.54")


def test_secondary_and_tertiary_leave_no_double_patient_due(workspace):
    import_files(workspace, [X12 / "LinuxForHealth_x12" / "secondary-payment.835",
                             X12 / "LinuxForHealth_x12" / "tertiary-payment.835",
                             X12 / "LinuxForHealth_x12" / "cob-contractural-adjustment.835"])
    dues = {r.account: r.patient_due_cents for r in worklist(workspace, view="all", limit=100)}
    assert dues["456789123"] == 22000  # the secondary's PR 150 + 70, nothing of the primary's share
    assert dues["XXX123456789"] == 0 and dues["789123456"] == 0


def test_primary_forwarded_then_secondary(workspace, tmp_path):
    primary = tmp_path / "primary.835"
    primary.write_text(UHC.read_text().replace("CLP*001-18604-358*1*", "CLP*001-18604-358*19*"))
    import_files(workspace, [primary])
    pending = account_json(get_account(workspace, "234567890"))
    assert pending["balance"] == {"patient_due": "0.00", "insurance_pending": "115.13"}
    secondary = tmp_path / "secondary.835"
    secondary.write_text(UHC.read_text().replace("CLP*001-18604-358*1*816.24*261.07*115.13",
                                                 "CLP*001-18604-358*2*816.24*100.00*15.13")
                         .replace("*1234567890*1234567890*000088888~", "*2222222222*1234567890*000088888~", 1)
                         .replace("CAS*PR*2*5.13**1*110~", "CAS*PR*2*15.13~CAS*OA*23*261.07~"))
    # The file re-sends the other claim's primary payment unchanged: a duplicate, left out.
    report = import_files(workspace, [secondary], skip_bad=True)
    assert [(p.code, p.params["claim"]) for p in report.problems if p.is_error] == [
        ("claim_already_remitted", "001-18573-358")]
    assert "001-18604-358" in report.claims_now_patient_due
    after = account_json(get_account(workspace, "234567890"))
    assert after["balance"] == {"patient_due": "15.13", "insurance_pending": "0.00"}
    # The explanation names what each payer paid, so the visit's figures add up to what was billed.
    from collections_desktop.services.desk.accounts import visit_explanations

    for lang, first, second in (("en", "Your first insurer", "second insurer"),
                                ("es", "Su primera aseguradora", "segunda aseguradora")):
        said = " ".join(dict(visit_explanations(get_account(workspace, "234567890"), lang))["001-18604-358"])
        assert first in said and "$261.07" in said and second in said and "$100.00" in said, said
        assert "$440.04" in said and "$15.13" in said


def test_4010_reversal_nets_out(workspace):
    import_files(workspace, [X12 / "azoner_pyx12" / "835_simple_4010.txt"])
    fred = encounter(workspace, "373899999", "123839-24635")
    assert (fred["billed"], fred["insurance_paid"], fred["patient_balance"]) == ("300.00", "200.00", "0.00")


def test_reversal_after_its_original_takes_it_back(workspace, tmp_path):
    import_files(workspace, [UHC])
    text = UHC.read_text()
    reversal = tmp_path / "reversal.835"
    reversal.write_text(text.replace("*1234567890*1234567890*000088888~", "*999*1234567890*000088888~", 1)
                        .replace("CLP*001-18604-358*1*816.24*261.07*115.13",
                                 "CLP*001-18604-358*22*-816.24*-261.07*-115.13"))
    # The file also re-sends the other claim's payment unchanged: that duplicate is left out.
    assert import_files(workspace, [reversal], skip_bad=True).applied
    back = encounter(workspace, "234567890", "001-18604-358")
    assert (back["insurance_paid"], back["contractual"], back["patient_balance"]) == ("0.00", "0.00", "816.24")


def test_same_content_again_changes_nothing_and_says_so(workspace, tmp_path):
    # The eMedNY sample gives one claim id to three members: two of them are left out (test_remittance_truth).
    assert import_files(workspace, ALL_835, skip_bad=True).applied
    before = everything(workspace)
    again = import_files(workspace, ALL_835, skip_bad=True)
    assert not again.applied and len(again.already_imported) == len(ALL_835)
    renamed_and_touched = tmp_path / "resent.835"
    renamed_and_touched.write_text(UHC.read_text() + "\n")  # new bytes, same remittance
    resent = import_files(workspace, [renamed_and_touched])
    assert resent.counts["unchanged"] == 2 and resent.counts["claims"] == 0
    assert everything(workspace) == before


def test_dry_run_changes_nothing(workspace):
    report = import_files(workspace, ALL_835, dry_run=True)
    assert not report.applied and report.counts["accounts_created"] > 5 and report.changes
    assert worklist(workspace, view="all", limit=10) == []
    with workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_truncated_file_is_rejected_whole_unless_skipping(workspace, tmp_path):
    text = UHC.read_text()
    cut = tmp_path / "cut.835"
    cut.write_text(text[: text.index("CLP*001-18604-358") + 60])
    report = import_files(workspace, [cut])
    assert not report.applied
    errors = [p for p in report.problems if p.severity == "error"]
    assert errors and errors[0].where.startswith("cut.835:segment ")
    assert worklist(workspace, view="all", limit=10) == []
    skipped = import_files(workspace, [cut], skip_bad=True)
    assert skipped.applied and [r.account for r in worklist(workspace, view="all", limit=10)]


def test_cli_import_json_and_exit_codes(demo_dir, tmp_path, monkeypatch, capsys):
    from collections_desktop.cli import main

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    assert main(["import", str(UHC), "--json", "--dry-run"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)
    assert doc["applied"] is False and doc["format"] == "x12-835"
    assert set(doc["counts"]) == {"accounts_created", "accounts_updated", "claims", "payments", "unchanged"}
    bad = tmp_path / "bad.835"
    bad.write_text(UHC.read_text().replace("*816.24*", "*8x16.24*"))
    assert main(["import", str(bad), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["problems"][0] == {"where": "bad.835:segment 39", "severity": "error", "code": "bad_amount",
                                  "message": "CLP03 is not an amount"}
    assert main(["import", str(tmp_path / "missing.835")]) == 1


def big_835(target: Path, copies: int) -> Path:
    text = UHC.read_text()
    start, end = text.index("ST*835"), text.index("GE*")
    body = text[start:end]
    parts = [text[:start]]
    for n in range(copies):
        parts.append(body.replace("TRN*1*1234567890", f"TRN*1*{n:010d}")
                     .replace("001-18604-358", f"C{n:07d}A").replace("001-18573-358", f"C{n:07d}B")
                     .replace("MI*234567890", f"MI*M{n:07d}").replace("MI*123456789", f"MI*N{n:07d}"))
    parts.append(text[end:])
    target.write_text("".join(parts))
    return target


@pytest.mark.slow
def test_kill_during_apply_leaves_the_previous_state(tmp_path):
    data_dir = tmp_path / "vault"
    ws, _ = create_workspace(data_dir, PASSPHRASE)
    import_files(ws, [UHC])
    before = everything(ws)
    ws.close()
    big = big_835(tmp_path / "big.835", 3000)
    env = {**os.environ, "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE}
    proc = subprocess.Popen([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), "import",
                             str(big)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    assert proc.poll() is None, "the import finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        assert everything(ws) == before
        with ws.reading() as session:
            assert session.scalar(select(func.count()).select_from(ImportBatch)) == 1
            assert session.scalar(select(func.count()).select_from(PostingSource)
                                  .where(PostingSource.import_batch_id > 1)) == 0
    finally:
        ws.close()
