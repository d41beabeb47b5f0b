"""The plan commands as the specialist types them: quote, create, agreement (+ e-mail), sign, show, promise."""

from __future__ import annotations

import email
import json
from datetime import date
from email import policy

import pytest
from pypdf import PdfReader

from collections_desktop.cli import main
from collections_desktop.resources import resource
from tests.cli.test_cli import cli_env  # noqa: F401 - fixture
from tests.services.plans.test_plans import CLINIC


def out_json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def due_account(capsys) -> str:
    """The first account on the due list whose guarantor has an e-mail address."""
    assert main(["worklist", "--json", "--limit", "40"]) == 0
    rows = out_json(capsys)
    for row in rows["rows"] if isinstance(rows, dict) else rows:
        assert main(["account", row["account"], "--json"]) == 0
        if out_json(capsys)["emails"]:
            return row["account"]
    raise AssertionError("no due account with an e-mail address")


def test_quote_create_agreement_sign_and_show(cli_env, capsys, tmp_path):  # noqa: F811
    number = due_account(capsys)
    assert main(["plan", "quote", number, "--installments", "5", "--down-payment", "20.00", "--first-due",
                 "2026-12-31", "--json", "--as-of", "2026-11-26"]) == 0
    offer = out_json(capsys)
    assert set(offer) >= {"account", "balance", "options", "warnings"}
    custom = offer["options"][-1]
    assert (custom["installments"], custom["down_payment"], custom["first_due"]) == (5, "20.00", "2026-12-31")
    assert custom["schedule"][1]["due"] == "2026-12-31" and custom["schedule"][2]["due"] == "2027-01-31"
    assert sum(int(s["amount"].replace(".", "")) for s in custom["schedule"]) == int(offer["balance"].replace(".", ""))
    assert "plan_over_4_installments" in offer["warnings"]

    assert main(["agreement", number, "--out", str(tmp_path / "x.pdf")]) == 1  # no plan yet
    capsys.readouterr()
    assert main(["plan", "create", number, "--installments", "3", "--first-due", "2026-12-31", "--json",
                 "--as-of", "2026-11-26"]) == 1  # --as-of only looks
    assert "never writes" in capsys.readouterr().err
    assert main(["plan", "create", number, "--installments", "3", "--first-due", "2026-12-31", "--json"]) == 0
    created = out_json(capsys)["plans"][0]
    assert (created["status"], created["version"]) == ("draft", 1)

    assert main(["agreement", number, "--out", str(tmp_path / "a.pdf")]) == 1
    assert "clinic.legal_name" in capsys.readouterr().err
    text = resource("policy", "plan_policy.toml").read_text(encoding="utf-8")
    for old, new in CLINIC.items():
        text = text.replace(old, new)
    (tmp_path / "clinic.toml").write_text(text, encoding="utf-8")
    assert main(["policy", "import", str(tmp_path / "clinic.toml")]) == 0
    assert main(["agreement", number, "--out", str(tmp_path / "a.pdf"), "--lang", "both",
                 "--email", str(tmp_path / "a.eml")]) == 0
    pages = PdfReader(tmp_path / "a.pdf").pages
    assert len(pages) >= 4 and "Clínica del Valle, P.C." in pages[0].extract_text()
    draft = email.message_from_bytes((tmp_path / "a.eml").read_bytes(), policy=policy.default)
    assert draft["X-Unsent"] == "1" and list(draft.iter_attachments())

    assert main(["plan", "sign", number, "--on", date.today().isoformat()]) == 0
    capsys.readouterr()
    assert main(["plan", "show", number, "--json", "--as-of", "2027-01-20"]) == 0
    shown = out_json(capsys)["plans"][0]
    assert shown["status"] == "late" and shown["tracker"]["installments"][0]["status"] == "missed"
    assert shown["follow_ups"][0]["installment"] == 1
    assert {d["kind"] for d in shown["documents"]} == {"agreement"}
    assert main(["--lang", "es", "plan", "show", number, "--as-of", "2027-01-20"]) == 0
    assert "atrasado" in capsys.readouterr().out
    assert main(["plan", "show", number, "--json"]) == 0  # the look ahead wrote nothing
    assert out_json(capsys)["plans"][0]["status"] == "active"


def test_promise_and_policy_export(cli_env, capsys, tmp_path):  # noqa: F811
    number = due_account(capsys)
    assert main(["promise", number, "--part", f"{date.today().isoformat()}=10.00", "--json"]) == 0
    assert out_json(capsys)["outcome"] == "pending"
    with pytest.raises(SystemExit) as usage:
        main(["promise", number, "--part", "yesterday=1"])
    assert usage.value.code == 2 and "DATE=AMOUNT" in capsys.readouterr().err
    soon = date.today().isoformat()
    assert main(["log-contact", number, "--channel", "phone", "--direction", "inbound", "--outcome", "PROMISE_TO_PAY",
                 "--promise", f"{soon}=5.00", "--follow-up", soon, "--json"]) == 0
    capsys.readouterr()
    assert main(["log-contact", number, "--channel", "phone", "--direction", "inbound", "--outcome", "NO_ANSWER",
                 "--promise", f"{soon}=5.00"]) == 1
    assert "PROMISE_TO_PAY" in capsys.readouterr().err
    assert main(["plan", "show", number, "--json"]) == 0
    assert len(out_json(capsys)["promises"]) == 2
    assert main(["policy", "export", "--out", str(tmp_path / "p.toml")]) == 0
    assert "Wrote the policy in force to" in capsys.readouterr().out
    assert (tmp_path / "p.toml").read_text(encoding="utf-8").startswith("# Clinic payment-plan policy")


def test_worklist_lists_late_plans_and_promises_due(cli_env, capsys, demo_dir):  # noqa: F811
    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    workspace = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        seed_plans(workspace, date.today())
    finally:
        workspace.close()
    for view in ("plans_late", "promises_due"):
        assert main(["worklist", "--view", view, "--json"]) == 0
        rows = out_json(capsys)
        rows = rows["rows"] if isinstance(rows, dict) else rows
        assert rows, view
