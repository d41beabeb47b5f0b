"""Every hold's life and every hand-off answer through the command line, as the specialist types them."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from collections_desktop.cli import main
from tests.conftest import PASSPHRASE

TODAY = date.today().isoformat()
CURE = (date.today() + timedelta(days=30)).isoformat()

# (hold, options when set, options to record while it stands, options to end it, what the end posts)
LIVES = [
    ("dispute", [], ["--verification-sent", TODAY], ["--outcome", "upheld", "--adjustment", "1.00"], "1.00"),
    ("dispute", [], ["--verification-sent", TODAY], ["--outcome", "not_upheld"], "0.00"),
    ("financial_assistance_pending", [], ["--cure-by", CURE], ["--outcome", "approved", "--discount", "100"],
     "all"),
    ("financial_assistance_pending", [], ["--cure-by", CURE], ["--outcome", "denied"], "0.00"),
    ("bankruptcy", ["--chapter", "7", "--filed", TODAY], ["--case-number", "26-1"], ["--outcome", "discharged"],
     "all"),
    ("bankruptcy", ["--chapter", "13"], ["--case-number", "26-2"], ["--outcome", "dismissed"], "0.00"),
    ("attorney", ["--contact", "Law office, 555-0100"], ["--contact", "New firm, 555-0199"], [], "0.00"),
    ("deceased", [], ["--contact", "Executor, 555-0101"], [], "0.00"),
    ("cease_contact", [], None, ["--written-request"], "0.00"),
]


def run(capsys, *args: str) -> dict:
    assert main(["--data-dir", *args]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def an_account_owing(directory) -> tuple[str, str]:
    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.workspace import open_workspace

    ws = open_workspace(directory, passphrase=PASSPHRASE)
    try:
        for row in worklist(ws, view="due", limit=100):
            view = get_account(ws, row.account)
            if not view.flags and view.patient_due_cents > 500:
                return row.account, f"{view.patient_due_cents // 100}.{view.patient_due_cents % 100:02d}"
    finally:
        ws.close()
    raise AssertionError("no account owing without a hold")


def an_account_and_claim_owing(directory) -> tuple[str, str]:
    """An account owing without a hold, and its first claim with more than a dollar owed."""
    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.workspace import open_workspace

    number, _due = an_account_owing(directory)
    ws = open_workspace(directory, passphrase=PASSPHRASE)
    try:
        return number, next(e.claim for e in get_account(ws, number).encounters
                            if e.balance.patient_balance_cents > 100)
    finally:
        ws.close()


@pytest.mark.parametrize(("hold", "setting", "recording", "ending", "posted"), LIVES,
                         ids=[f"{life[0]}-{(life[3] or ['released'])[1] if len(life[3]) > 1 else 'reason'}"
                              for life in LIVES])
def test_a_hold_lives_and_ends_on_the_command_line(demo_dir, monkeypatch, capsys, hold, setting, recording,
                                                   ending, posted):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, due = an_account_owing(demo_dir)
    d = str(demo_dir)
    done = run(capsys, d, "hold", number, "set", hold, "--reason", "as told", *setting, "--json")
    assert done["active"] and done["hold"] == hold
    assert hold in run(capsys, d, "account", number, "--json")["flags"]
    if recording is not None:
        kept = run(capsys, d, "hold", number, "update", hold, *recording, "--json")["details"]
        assert kept and all(value for value in kept.values())
    ended = run(capsys, d, "hold", number, "release", hold, "--reason", "as decided", *ending, "--json")
    assert not ended["active"] and ended["adjusted"] == (due if posted == "all" else posted)
    assert hold not in run(capsys, d, "account", number, "--json")["flags"]
    codes = [e["code"] for e in run(capsys, d, "history", number, "--kind", "hold", "--json")["events"]]
    assert codes[0] in ("hold_ended", "hold_released") and codes[-1] == "hold_set"


@pytest.mark.parametrize("answer", ["rebilled", "adjusted", "upheld", "no_change"])
def test_each_hand_off_answer_on_the_command_line(demo_dir, monkeypatch, capsys, answer):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, claim = an_account_and_claim_owing(demo_dir)
    d = str(demo_dir)
    sent = run(capsys, d, "handoff", number, "--claim", claim, "--team", "denials", "--reason", "wrong_payer",
               "--note", "plan changed in March", "--json")
    assert sent["team"] == "denials"
    opened = run(capsys, d, "account", number, "--json")["open_handoffs"]
    assert [(h["claim"], h["team"], h["days"]) for h in opened] == [(claim, "denials", 0)]
    extra = ["--adjustment", "1.00"] if answer == "adjusted" else []
    back = run(capsys, d, "handoff", number, "--claim", claim, "--answer", answer, *extra, "--json")
    assert back["answer"] == answer and back["insurance_pending"] is (answer == "rebilled")
    assert run(capsys, d, "account", number, "--json")["open_handoffs"] == []


def test_the_with_billing_view_lists_hand_offs_oldest_first_with_their_age(demo_dir, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, claim = an_account_and_claim_owing(demo_dir)
    d = str(demo_dir)
    run(capsys, d, "handoff", number, "--claim", claim, "--team", "billing", "--json")
    rows = run(capsys, d, "worklist", "--view", "with_billing", "--json")["rows"]
    mine = next(r for r in rows if r["account"] == number)
    assert (mine["why"], mine["team"], mine["days"]) == ("why_with_team_today", "billing", 0)
    assert main(["--data-dir", d, "--lang", "es", "worklist", "--view", "with_billing"]) == 0
    assert "una reclamación con facturación desde hoy" in capsys.readouterr().out


def test_as_of_only_looks(demo_dir, monkeypatch, capsys):
    from sqlalchemy import func, select

    from collections_desktop.services.workspace import open_workspace
    from collections_desktop.storage.models import AuditRow

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, _due = an_account_owing(demo_dir)

    def audit_rows() -> int:
        ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
        with ws.reading() as session:
            count = session.scalar(select(func.count()).select_from(AuditRow)
                                   .where(AuditRow.action != "account.viewed"))
        ws.close()
        return int(count or 0)

    before = audit_rows()
    later = (date.today() + timedelta(days=400)).isoformat()
    assert main(["--data-dir", str(demo_dir), "agency", number, "--as-of", later]) in (0, 1)
    out = capsys.readouterr()
    assert "nothing was written" in out.out or "placement refused" in out.err
    assert main(["--data-dir", str(demo_dir), "promise", number, "--part", f"{later}=5.00", "--as-of", later]) == 1
    assert "never writes" in capsys.readouterr().err
    assert audit_rows() == before


def test_a_vault_remembered_on_this_device_opens_on_the_command_line_without_the_passphrase(
        demo_dir, monkeypatch, capsys):
    from collections_desktop.services.vault.vault_ops import forget_on_device, remember_on_device
    from collections_desktop.services.workspace import open_workspace

    monkeypatch.delenv("COLLECTIONS_DESKTOP_PASSPHRASE", raising=False)
    number, _due = an_account_owing(demo_dir)
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    assert remember_on_device(ws)
    ws.close()
    assert run(capsys, str(demo_dir), "history", number, "--json")["account"] == number
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    forget_on_device(ws)
    ws.close()
    assert main(["--data-dir", str(demo_dir), "history", number, "--json"]) == 1  # no terminal to ask on
    assert "passphrase" in capsys.readouterr().err


def test_history_on_the_command_line_reads_as_the_desk_does_and_logs_the_view(demo_dir, monkeypatch, capsys):
    from collections_desktop.services.desk.timeline import account_timeline
    from collections_desktop.services.vault.vault_ops import verify_audit
    from collections_desktop.services.workspace import open_workspace
    from collections_desktop.storage.audit import details_of

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, _due = an_account_owing(demo_dir)
    d = str(demo_dir)
    run(capsys, d, "note", number, "--text", "Spanish only", "--pinned", "--json")
    run(capsys, d, "hold", number, "set", "dispute", "--reason", "says billed twice", "--json")
    shown = run(capsys, d, "history", number, "--json", "--limit", "500")
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        desk = account_timeline(ws, number, limit=500, seen_in=None)
        assert shown["total"] == desk.total and [e["code"] for e in shown["events"]] == [e.code for e in desk.events]
        assert [p["text"] for p in shown["pinned"]] == ["Spanish only"]
        with ws.reading() as session:
            views = [v for d in details_of(session, "account.viewed") for v in d["views"]]
        assert any(view[1] == "history" for view in views)
        assert verify_audit(ws).intact
    finally:
        ws.close()


def test_insurance_pending_on_the_command_line_names_its_claim(demo_dir, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    number, claim = an_account_and_claim_owing(demo_dir)
    d = str(demo_dir)
    assert main(["--data-dir", d, "hold", number, "set", "insurance_pending", "--reason", "x"]) == 1
    assert "--claim" in capsys.readouterr().err
    held = run(capsys, d, "hold", number, "set", "insurance_pending", "--claim", claim, "--reason", "reprocessing",
               "--json")
    assert held["active"] and held["details"] == {"claim": claim}
    assert not run(capsys, d, "hold", number, "release", "insurance_pending", "--claim", claim, "--reason",
                   "finished", "--json")["active"]
