"""An application's life: received (the hold pauses collection), incomplete (a day to cure it), approved in part
(the discount posted, the balance lowered), denied (collection resumes); and `fap apply|decide`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collections_desktop.cli import main
from collections_desktop.services.assistance.applications import application_received, decide_application
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def owing(demo_workspace):
    for row in worklist(demo_workspace, view="due", limit=40):
        view = get_account(demo_workspace, row.account)
        if not view.flags and view.patient_due_cents > 10_000:
            return row.account
    raise AssertionError("no account without a hold")


def test_received_then_incomplete_then_approved_in_part(demo_workspace, owing):
    before = get_account(demo_workspace, owing).patient_due_cents
    pending = application_received(demo_workspace, owing, TODAY - timedelta(days=1))
    assert pending.active and pending.details["application_received_on"] == (TODAY - timedelta(days=1)).isoformat()
    assert "financial_assistance_pending" in get_account(demo_workspace, owing).flags
    assert any(r.code for r in can_contact(demo_workspace, owing, "phone").decision.reasons)
    with pytest.raises(UserError) as refused:
        decide_application(demo_workspace, owing, "incomplete")
    assert refused.value.code == "fap_incomplete_needs_cure_date"
    waiting = decide_application(demo_workspace, owing, "incomplete", cure_by=TODAY + timedelta(days=30))
    assert waiting.active and waiting.details["cure_by"] == (TODAY + timedelta(days=30)).isoformat()
    with pytest.raises(UserError) as refused:
        decide_application(demo_workspace, owing, "partial")
    assert refused.value.code == "fap_partial_needs_discount"
    done = decide_application(demo_workspace, owing, "partial", discount="50%")
    assert not done.active and done.outcome == "approved"
    assert done.adjusted_cents == (before + 1) // 2 or done.adjusted_cents == before // 2
    assert get_account(demo_workspace, owing).patient_due_cents == before - done.adjusted_cents


def test_approved_takes_all_and_denied_takes_nothing(demo_workspace, owing):
    application_received(demo_workspace, owing, TODAY)
    denied = decide_application(demo_workspace, owing, "denied")
    assert not denied.active and denied.adjusted_cents == 0
    application_received(demo_workspace, owing, TODAY)
    approved = decide_application(demo_workspace, owing, "approved")
    assert approved.patient_due_cents == 0
    with pytest.raises(UserError):
        decide_application(demo_workspace, owing, "maybe")


def test_the_fap_commands(demo_dir, monkeypatch, capsys):
    from collections_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = next(r.account for r in worklist(ws, view="due", limit=40)
                  if not get_account(ws, r.account).flags)
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(demo_dir), "fap", "apply", number, "--sent-on", TODAY.isoformat()]) == 0
    assert "collection is paused" in capsys.readouterr().out
    assert main(["--data-dir", str(demo_dir), "--lang", "es", "fap", "decide", number, "approved"]) == 0
    assert "asistencia aprobada" in capsys.readouterr().out
