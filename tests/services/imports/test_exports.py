"""Exports: the payments lockbox file with its control total, atomic writes, audit rows."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date
from decimal import Decimal

import pytest

from collections_desktop.cli import main
from collections_desktop.services.exports.exports import export
from collections_desktop.services.vault import vault_ops
from tests.conftest import AS_OF, PASSPHRASE


def test_payments_export_control_total_and_round_trip(demo_workspace, tmp_path):
    out = tmp_path / "out" / "payments.csv"
    result = export(demo_workspace, "payments", out)
    with out.open(newline="") as handle:
        rows = list(csv.reader(handle))
    header, body, trailer = rows[0], rows[1:-1], rows[-1]
    assert header[:3] == ["batch_id", "account", "patient_id"] and len(body) == result.rows > 20
    assert trailer[0] == "TOTAL" and int(trailer[1]) == len(body)
    assert Decimal(trailer[7]) == sum(Decimal(r[7]) for r in body) == Decimal(result.total_cents) / 100
    assert all("/" in r[6] and r[8] in {"CASH", "CHECK", "CC", "ACH"} for r in body)
    assert not any(name.startswith(".payments.csv") for name in (p.name for p in out.parent.iterdir()))
    assert vault_ops.verify_audit(demo_workspace).intact


def test_since_filter_and_cli_json(demo_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    assert main(["export", "payments", "--out", str(tmp_path / "all.csv"), "--json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    assert main(["export", "payments", "--out", str(tmp_path / "recent.csv"), "--since", "2026-11-01",
                 "--json"]) == 0
    recent = json.loads(capsys.readouterr().out)
    assert everything["kind"] == "payments" and 0 < recent["rows"] < everything["rows"]
    with pytest.raises(SystemExit) as usage:
        main(["export", "agency-nonsense", "--out", str(tmp_path / "x.csv")])
    assert usage.value.code == 2


def test_activity_round_trip_keeps_every_field(demo_workspace, tmp_path):
    from datetime import datetime

    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.outreach.contacts import log_contact

    number = worklist(demo_workspace, view="due", limit=1)[0].account
    notes = ['Habló con José; pagará el viernes, "sin falta"', "Left LCM, line 2\nsecond line", ""]
    for day, note in zip((1, 9, 17), notes, strict=False):
        when = datetime(2026, 12, day, 17, 0, tzinfo=UTC)
        log_contact(demo_workspace, number, "letter", "CONNECTED_NO_CONVERSATION", at=when, note=note,
                    direction="inbound", now=when)
    out = tmp_path / "activity.csv"
    result = export(demo_workspace, "activity", out, since=date(2026, 12, 1))  # after the demo's own history
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert result.rows == len(rows) == 3
    assert [r["note"] for r in rows] == notes
    assert {r["account"] for r in rows} == {number}
    assert rows[0]["contact_time_utc"] == "2026-12-01T17:00:00Z" and rows[0]["channel"] == "letter"
    assert rows[0]["relationship"] == "self" and rows[0]["direction"] == "inbound"
    assert export(demo_workspace, "activity", tmp_path / "late.csv", since=date(2026, 12, 10)).rows == 1


def test_plans_export_lists_every_version_and_promise(demo_workspace, tmp_path):
    from collections_desktop.services.demo.demo_plans import seed_plans

    seed_plans(demo_workspace, AS_OF)
    out = tmp_path / "plans.csv"
    result = export(demo_workspace, "plans", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert result.rows == len(rows) == 32  # 11 plan versions, 5 recent promises and 16 over the year
    assert {r["status"] for r in rows if r["type"] == "plan"} == {
        "active", "late", "notice_sent", "defaulted", "completed", "superseded", "awaiting_signature", "draft"}
    assert {r["status"] for r in rows if r["type"] == "promise"} == {"pending", "kept", "partly_kept", "broken"}
    amended = [r for r in rows if r["version"] == "2"]
    assert len(amended) == 1 and any(r["account"] == amended[0]["account"] and r["status"] == "superseded"
                                     for r in rows)
    completed = next(r for r in rows if r["status"] == "completed")
    assert completed["remaining"] == "0.00" and completed["next_due"] == ""
    for row in rows:
        assert Decimal(row["remaining"]) <= Decimal(row["total"])


@pytest.mark.parametrize(("cell", "written"), [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1+1", "'+1+1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-1+1", "'-1+1"),
    ("-12.34", "-12.34"), ("12.34", "12.34"), ("Peña", "Peña"), ("", "")])
def test_no_cell_is_written_as_a_formula(tmp_path, cell, written):
    from collections_desktop.sync.writers import write_csv

    target = tmp_path / "out.csv"
    write_csv(target, ["note"], [[cell]])
    with target.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle))[1] == [written]
