"""The command-line contract: exit codes 0/1/2, one clear line on errors, JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from collections_desktop import __version__
from collections_desktop.cli import main
from tests.conftest import AS_OF, PASSPHRASE


def run_cli(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "collections_desktop", *args], capture_output=True, text=True,
                          env=full_env, input=stdin, timeout=120)


@pytest.fixture
def cli_env(demo_dir, monkeypatch):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    return demo_dir


def test_version_and_usage_errors():
    done = run_cli("--version")
    assert done.returncode == 0 and __version__ in done.stdout
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("worklist", "--limit", "many").returncode == 2


def test_user_errors_are_one_line_without_traceback(tmp_path):
    env = {"COLLECTIONS_DESKTOP_DATA_DIR": str(tmp_path / "none"), "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE}
    done = run_cli("worklist", env=env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "no vault" in done.stderr
    done = run_cli("--lang", "es", "worklist", env=env)
    assert "no hay bóveda" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are a Linux matter")
def test_no_screen_is_one_clear_line_not_a_qt_abort(tmp_path, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--data-dir", str(tmp_path), "--lang", "es"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("collections-desktop: no hay pantalla") and "\n" not in err
    assert not any(tmp_path.iterdir())  # nothing started, nothing written


def test_init_without_a_passphrase_source_fails_cleanly(tmp_path):
    done = run_cli("--data-dir", str(tmp_path / "v"), "init", stdin="")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "v").exists()


def test_init_prints_a_recovery_key_and_refuses_twice(tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    args = ["--data-dir", str(tmp_path / "v"), "--passphrase-file", str(secret)]
    assert main([*args, "init"]) == 0
    out = capsys.readouterr().out
    key_line = out.strip().splitlines()[-1]
    assert len(key_line.split("-")) == 13
    assert main([*args, "init"]) == 1
    assert "already exists" in capsys.readouterr().err
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(key_line)
    assert main(["--data-dir", str(tmp_path / "v"), "--recovery-key-file", str(recovery), "audit", "verify"]) == 0


def test_wrong_passphrase_exit_1(cli_env, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", "definitely not it")
    assert main(["worklist"]) == 1
    assert "wrong passphrase" in capsys.readouterr().err


def test_worklist_and_account_json(cli_env, capsys):
    assert main(["worklist", "--json", "--limit", "5", "--as-of", AS_OF.isoformat()]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == 5
    dues = [Decimal(r["patient_due"]) for r in rows]
    assert dues == sorted(dues, reverse=True) and all(d > 0 for d in dues)
    assert set(rows[0]) >= {"account", "guarantor", "patient_due"}
    assert main(["account", rows[0]["account"], "--json", "--as-of", AS_OF.isoformat()]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"account", "guarantor", "balance", "aging", "encounters", "flags"}
    assert set(doc["guarantor"]) >= {"name", "birth_date", "preferred_language", "state", "zip"}
    assert list(doc["aging"]) == ["0-30", "31-60", "61-90", "91-120", "120+"]
    assert sum(Decimal(v) for v in doc["aging"].values()) == Decimal(doc["balance"]["patient_due"])
    assert Decimal(doc["balance"]["patient_due"]) == dues[0]
    for enc in doc["encounters"]:
        assert set(enc) >= {"claim", "service_date", "billed", "insurance_paid", "contractual", "deductible",
                            "coinsurance", "copay", "noncovered", "patient_paid", "patient_balance", "status"}
        assert all(len(enc[k].split(".")[1]) == 2 for k in ("billed", "patient_balance"))


def test_every_account_is_findable_in_the_all_view(cli_env, capsys):
    assert main(["worklist", "--view", "all", "--limit", "1000", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == 400
    assert any(Decimal(r["patient_due"]) <= 0 for r in rows)
    assert main(["worklist", "--view", "nonsense"]) == 1
    assert main(["account", "NOPE-1"]) == 1
    assert "no account NOPE-1" in capsys.readouterr().err


def test_text_output_in_spanish(cli_env, capsys):
    assert main(["--lang", "es", "worklist", "--limit", "1"]) == 0
    number = capsys.readouterr().out.split()[0]
    assert main(["account", number, "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Cuenta" in out and "Saldo del paciente" in out


def test_backup_restore_change_passphrase_via_cli(cli_env, tmp_path, capsys):
    out = tmp_path / "b.cdbackup"
    assert main(["backup", "--out", str(out)]) == 0
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase")
    assert main(["change-passphrase", "--new-passphrase-file", str(new)]) == 0
    assert main(["audit", "verify"]) == 1  # the env passphrase is the old one now
    capsys.readouterr()
    target = tmp_path / "restored"
    assert main(["--data-dir", str(target), "restore", str(out)]) == 0
    assert main(["--data-dir", str(target), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def vault_holding(tmp_path, monkeypatch, row: str) -> None:
    """A new vault (the command line's, through the environment) holding one ledger row."""
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(tmp_path / "vault"))
    assert main(["init"]) == 0
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Balance,Phone\n" + row + "\n",
                      encoding="utf-8")
    assert main(["import", str(ledger)]) == 0


def test_control_characters_in_imported_names_are_shown_not_obeyed(tmp_path, monkeypatch, capsys):
    vault_holding(tmp_path, monkeypatch, "E1,Ana\x1b[2J\x07,Ruiz\u202eorp,EC-1,2026-03-03,10.00,10.00,")
    capsys.readouterr()
    assert main(["worklist", "--view", "all"]) == 0
    assert main(["account", "E1"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u001b[2J" in out and "\\u202e" in out


def test_notes_and_searches_can_come_from_standard_input_or_a_file(tmp_path, monkeypatch, capsys):
    """Patient data typed on the command line sits in the process list and the shell's history."""
    import io

    vault_holding(tmp_path, monkeypatch, "N1,Nora,Quintero,NC-1,2026-03-03,10.00,10.00,(212) 555-0100")
    monkeypatch.setattr("sys.stdin", io.StringIO("quintero\n"))
    capsys.readouterr()
    assert main(["worklist", "--view", "all", "--search-file", "-"]) == 0
    assert "N1" in capsys.readouterr().out
    note = tmp_path / "note.txt"
    note.write_text("Nora asked for a call back after her surgery\n", encoding="utf-8")
    assert main(["log-contact", "N1", "--channel", "phone", "--outcome", "conversation", "--note-file", str(note),
                 "--at", "2026-03-10T16:00Z", "--backdate-reason", "copied from the paper diary"]) == 0
    out = tmp_path / "activity.csv"
    assert main(["export", "activity", "--out", str(out)]) == 0
    assert "Nora asked for a call back after her surgery" in out.read_text(encoding="utf-8")
    assert main(["log-contact", "N1", "--channel", "phone", "--outcome", "conversation",
                 "--note-file", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_the_demo_vault_takes_no_real_data(tmp_path):
    """Its key is sealed under a constant anyone can read: no imported file, no typed note or reference."""
    from collections_desktop.services.demo.demo import fill_demo
    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.errors import UserError
    from collections_desktop.services.imports.imports import import_files
    from collections_desktop.services.outreach.contacts import log_contact
    from collections_desktop.services.workspace import create_workspace

    ws, _ = create_workspace(tmp_path / "demo", None, demo=True)
    fill_demo(ws, accounts=30, seed=3, today=AS_OF)
    number = worklist(ws, view="due", limit=1, as_of=AS_OF)[0].account
    ledger = tmp_path / "real.csv"
    ledger.write_text("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Balance\n"
                      "R1,Real,Person,RC-1,2026-03-03,10.00,10.00\n", encoding="utf-8")
    for attempt in (lambda: import_files(ws, [ledger]),
                    lambda: log_contact(ws, number, "letter", "LETTER_SENT", note="Real Person's diagnosis"),
                    lambda: record_payment(ws, number, "5.00", "check", reference="CHK 4411 Real Bank")):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.code == "demo_refuses_real_data"
    assert record_payment(ws, number, "5.00", "cash").amount_cents == 500  # trying the desk still works
    ws.close()


def test_no_stored_code_reaches_the_account_output_raw(demo_dir, monkeypatch, capsys):
    """Where a visit's balance sits, the holds on an account and why a call waits are said in words, in both
    languages."""
    import re

    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    numbers = [r.account for r in worklist(ws, view="holds", limit=5)] + [
        r.account for r in worklist(ws, view="all", limit=5)]
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    for lang in ("en", "es"):
        for number in numbers:
            assert main(["--data-dir", str(demo_dir), "--lang", lang, "account", number]) == 0
            main(["--data-dir", str(demo_dir), "--lang", lang, "can-contact", number, "--channel", "phone"])
            captured = capsys.readouterr()
            out = captured.out + captured.err
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", out.replace("@", " ")), out


def test_history_and_notes_on_the_command_line(demo_dir, monkeypatch, capsys):
    """A note written and pinned from the command line heads `account` and `history`, in Spanish too; JSON keeps
    both moments of every event."""
    import json

    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = worklist(ws, view="due", limit=1)[0].account
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir)]
    assert main([*base, "note", number, "--text", "Solo español", "--pinned"]) == 0
    assert main([*base, "pay", number, "--amount", "1.00", "--method", "cash", "--on", "2020-01-01"]) == 1
    assert "more than 3 days ago" in capsys.readouterr().err
    assert main([*base, "--lang", "es", "account", number]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Notas fijadas:\n  * Solo español") and "Últimos eventos:" in out and "[fijada]" in out
    assert main([*base, "history", number, "--kind", "note", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["total"] == 1 and doc["events"][0]["text"] == "Solo español" and doc["events"][0]["pinned"]
    assert {"at", "recorded_at", "kind", "code"} <= set(doc["events"][0])


def test_the_worklist_says_why_and_who_may_not_be_called(demo_dir, monkeypatch, capsys):
    import json

    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir)]
    assert main([*base, "worklist", "--view", "holds", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows and all(r["next_action"] == "hold" and r["why"] and r["callable_now"] is False for r in rows)
    assert main([*base, "--lang", "es", "worklist", "--view", "holds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("✖ en suspenso: " in line for line in lines)


def test_a_hold_from_the_command_line_in_spanish(demo_dir, monkeypatch, capsys):
    from collections_desktop.services.desk.accounts import worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = next(r.account for r in worklist(ws, view="due", limit=50))
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir), "--lang", "es"]
    assert main([*base, "hold", number, "set", "attorney", "--reason", "Carta del abogado"]) == 0
    assert "suspensión iniciada (abogado)" in capsys.readouterr().out
    assert main([*base, "hold", number, "set", "attorney", "--reason", "otra vez"]) == 1
    assert "ya está en suspenso (abogado)" in capsys.readouterr().err  # the hold is worded, not its code
    assert main([*base, "history", number, "--kind", "hold"]) == 0
    assert "suspensión iniciada: abogado" in capsys.readouterr().out


def test_a_claim_handed_off_and_answered_from_the_command_line(demo_dir, monkeypatch, capsys):
    import json

    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = worklist(ws, view="due", limit=1)[0].account
    claim = next(v.claim for v in get_account(ws, number).encounters if v.balance.patient_balance_cents > 0)
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir), "--lang", "es"]
    assert main([*base, "handoff", number, "--claim", claim, "--team", "denials", "--reason", "duplicate_charge"]) == 0
    assert "entregada al equipo de denegaciones" in capsys.readouterr().out
    assert main([*base, "handoff", number, "--claim", claim, "--answer", "no_change", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["answer"] == "no_change" and done["insurance_pending"] is False
    assert main([*base, "history", number, "--kind", "handoff"]) == 0
    out = capsys.readouterr().out
    assert "sin cambio: la factura se mantiene" in out and "cargo duplicado" in out


def test_today_on_the_command_line_is_the_windows_today(demo_dir, monkeypatch, capsys):
    """Ranked as the window ranks it, and no account on a hold that stops outreach (the `due` view lists them)."""
    import json

    from collections_desktop.services.desk.worklist import ids_for
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    window_today = ids_for(ws, "today")[:20]
    held = set(ids_for(ws, "holds"))
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(demo_dir), "worklist", "--view", "today", "--limit", "20", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows and all(r["next_action"] != "hold" for r in rows)
    from collections_desktop.services.desk.accounts import worklist as listed

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    ids = [r.account_id for r in listed(ws, view="today", limit=20)]
    ws.close()
    assert ids == window_today and not held & set(ids)


def test_a_bankruptcy_followed_to_its_discharge_from_the_command_line(demo_dir, monkeypatch, capsys):
    import json

    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = next(r.account for r in worklist(ws, view="due", limit=50)
                  if not get_account(ws, r.account).flags)
    ws.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir)]
    assert main([*base, "hold", number, "set", "bankruptcy", "--reason", "Court notice", "--chapter", "13",
                 "--filed", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main([*base, "hold", number, "release", "bankruptcy", "--reason", "x", "--outcome", "discharged"]) == 1
    assert "case number" in capsys.readouterr().err
    assert main([*base, "hold", number, "update", "bankruptcy", "--case-number", "26-55012"]) == 0
    capsys.readouterr()
    assert main([*base, "account", number]) == 0
    shown = capsys.readouterr().out
    assert "case number 26-55012" in shown and "chapter 13" in shown
    assert main([*base, "--lang", "es", "hold", number, "release", "bankruptcy", "--reason", "Orden de exoneración",
                 "--outcome", "discharged"]) == 0
    out = capsys.readouterr().out
    assert "deuda exonerada" in out and "$0.00" in out
    assert main([*base, "account", number, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["holds"] == {}
    assert main([*base, "history", number, "--kind", "hold", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [e["code"] for e in events] == ["hold_ended", "hold_set"]


def test_every_option_of_every_command_is_in_its_help():
    import argparse

    from collections_desktop.cli.parser import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    for name, sub in commands.choices.items():
        for action in sub._actions:  # noqa: SLF001
            assert action.help != argparse.SUPPRESS, (name, action.option_strings)
