"""Payments: oldest visit first, no card numbers, overpayment only on purpose, a receipt PDF read back."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from collections_desktop.cli import main
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.payments import receipt_pdf, record_payment
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.vault import vault_ops
from tests.conftest import PASSPHRASE
from tests.pdf_pages import render_pages


@pytest.fixture
def due_account(demo_workspace):
    for row in worklist(demo_workspace, view="due", limit=400):
        view = get_account(demo_workspace, row.account)
        if sum(1 for e in view.encounters if e.balance.patient_balance_cents > 0) >= 2:
            return view
    raise AssertionError("no account with two open visits")


def test_applied_oldest_visit_first(demo_workspace, due_account):
    open_visits = sorted((e for e in due_account.encounters if e.balance.patient_balance_cents > 0),
                         key=lambda e: e.service_date)
    first = open_visits[0].balance.patient_balance_cents
    amount = first + 100
    result = record_payment(demo_workspace, due_account.number, f"{amount // 100}.{amount % 100:02d}", "check",
                            reference="CHK 1042")
    assert result.applied[0] == (open_visits[0].claim, first) and result.applied[1][1] == 100
    assert result.balance_after_cents == due_account.patient_due_cents - amount
    assert get_account(demo_workspace, due_account.number).patient_due_cents == result.balance_after_cents
    assert vault_ops.verify_audit(demo_workspace).intact


@pytest.mark.parametrize("reference", ["4111 1111 1111 1111", "4111-1111-1111-1111", "5500000000000004"])
def test_card_numbers_are_refused(demo_workspace, due_account, reference):
    with pytest.raises(UserError) as err:
        record_payment(demo_workspace, due_account.number, "10.00", "card", reference=reference)
    assert err.value.code == "card_number_refused"


def test_overpayment_only_on_purpose_and_floats_never(demo_workspace, due_account):
    too_much = due_account.patient_due_cents + 5000
    text = f"{too_much // 100}.{too_much % 100:02d}"
    with pytest.raises(UserError) as err:
        record_payment(demo_workspace, due_account.number, text, "cash")
    assert err.value.code == "overpayment"
    result = record_payment(demo_workspace, due_account.number, text, "cash", allow_overpayment=True)
    assert result.overpaid_cents == 5000 and result.balance_after_cents == -5000
    for bad in ("0", "-5", "12.345", "abc"):
        with pytest.raises(UserError):
            record_payment(demo_workspace, due_account.number, bad, "cash")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_receipt_pdf_reads_back(demo_workspace, due_account, tmp_path, lang):
    result = record_payment(demo_workspace, due_account.number, "25.00", "card", reference="AUTH 883201")
    from tests.services.plans.test_plans import clinic_policy

    clinic_policy(demo_workspace, tmp_path)  # the clinic named in its policy
    clinic = current_policy(demo_workspace).clinic
    pdf = receipt_pdf(demo_workspace, result, lang=lang)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    heading = clinic.get("doing_business_as") or clinic["legal_name"]
    assert heading and heading in text and clinic["phone"] in text
    assert due_account.guarantor.name in text and "$25.00" in text
    assert ("Recibo de pago" in text and "Página 1 de 1" in text) if lang == "es" else (
        "Payment receipt" in text and "Page 1 of 1" in text)
    assert receipt_pdf(demo_workspace, result, lang=lang) == pdf  # byte-stable
    [png] = render_pages(pdf, tmp_path, stem=lang)
    assert png.stat().st_size > 2000


def test_pay_command(demo_dir, due_account, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    receipt = tmp_path / "r.pdf"
    assert main(["pay", due_account.number, "--amount", "10.00", "--method", "cash", "--json",
                 "--receipt", str(receipt)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["amount"] == "10.00" and receipt.read_bytes()[:5] == b"%PDF-"
    assert main(["pay", due_account.number, "--amount", "10", "--method", "card", "--reference",
                 "4111111111111111"]) == 1
    assert "card number" in capsys.readouterr().err


def test_a_receipt_that_cannot_be_written_records_no_payment(demo_dir, due_account, tmp_path, monkeypatch, capsys):
    """The payment and its receipt succeed together or neither: a retry never pays twice."""
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    assert main(["pay", due_account.number, "--amount", "10.00", "--method", "cash",
                 "--receipt", str(blocked / "r.pdf")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert main(["account", due_account.number, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["balance"]["patient_due"] == f"{due_account.patient_due_cents / 100:.2f}"
    receipt = tmp_path / "r.pdf"
    assert main(["pay", due_account.number, "--amount", "10.00", "--method", "cash", "--receipt", str(receipt)]) == 0
    assert receipt.read_bytes()[:5] == b"%PDF-"
