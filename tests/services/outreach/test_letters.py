"""Statements: figures equal to the account's to the cent, the addresses inside the envelope's windows and
nothing else there, both languages, refused for a held account, kept in the vault and counted as a letter."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from collections_desktop.cli import main
from collections_desktop.documents.statement import FOLD, RECIPIENT_WINDOW, RETURN_WINDOW
from collections_desktop.domain.money import format_display
from collections_desktop.services.demo.demo_plans import name_demo_clinic
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.holds import set_hold
from collections_desktop.services.outreach.letters import prepare_letter
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import Account
from tests.conftest import PASSPHRASE

PAGE_HEIGHT = 11 * 72


def _placed(content: bytes) -> list[tuple[str, float, float]]:
    """(text, x, distance from the page's top) of each piece of text on page 1."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:  # noqa: ANN001
        if text.strip():
            found.append((text.strip(), tm[4], PAGE_HEIGHT - tm[5]))

    PdfReader(io.BytesIO(content)).pages[0].extract_text(visitor_text=visit)
    return found


def _inside(window: tuple[float, float, float, float], x: float, top: float) -> bool:
    left, upper, width, height = window
    return left <= x <= left + width and upper <= top <= upper + height


@pytest.fixture
def owing(demo_workspace):
    name_demo_clinic(demo_workspace)
    for row in worklist(demo_workspace, view="due", limit=40):
        view = get_account(demo_workspace, row.account)
        if not view.flags and can_contact(demo_workspace, row.account, "letter").decision.allowed:
            return row.account
    raise AssertionError("no account to write to")


def test_a_statement_adds_up_and_fits_the_envelope(demo_workspace, owing):
    view = get_account(demo_workspace, owing)
    letter = prepare_letter(demo_workspace, owing, lang="en")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.content)).pages)
    assert f"Total you owe: {format_display(view.patient_due_cents)}" in text
    for visit in view.encounters:
        assert format_display(visit.balance.billed_cents) in text
        if visit.balance.insurance_pending_cents == 0:
            assert format_display(visit.balance.patient_balance_cents) in text
    placed = _placed(letter.content)
    above_fold = [(t, x, top) for t, x, top in placed if top < FOLD]
    # Above the first fold: the clinic's name and address in the return window, the guarantor's in the other.
    assert above_fold and all(_inside(RETURN_WINDOW, x, top) or _inside(RECIPIENT_WINDOW, x, top)
                              for _t, x, top in above_fold)
    assert any(t == view.guarantor.name and _inside(RECIPIENT_WINDOW, x, top) for t, x, top in above_fold)
    assert any(t == "Clínica Familiar del Valle" and _inside(RETURN_WINDOW, x, top) for t, x, top in above_fold)
    assert not any("statement" in t.lower() or "$" in t for t, _x, _top in above_fold)  # F-15
    with demo_workspace.reading() as session:
        kept = letters_repo.documents_of(session, account_by_number(session, owing).id)
    assert [(d.kind, d.sha256) for d in kept] == [("statement", letter.sha256)] and kept[0].contact_event_id
    from collections_desktop.services.desk.timeline import account_timeline

    assert "letter_statement" in [e.code for e in account_timeline(demo_workspace, owing, kinds=("document",)).events]
    assert can_contact(demo_workspace, owing, "letter").decision.counters  # the letter counts like any contact


def test_a_spanish_statement_and_a_held_account(demo_workspace, owing):
    letter = prepare_letter(demo_workspace, owing, lang="es")
    assert "Total que usted debe" in PdfReader(io.BytesIO(letter.content)).pages[0].extract_text()
    set_hold(demo_workspace, owing, "cease_contact", "asked in writing to stop")
    with pytest.raises(UserError) as refused:
        prepare_letter(demo_workspace, owing)
    assert refused.value.code == "letter_blocked" and refused.value.params["account"] == owing


def test_the_letters_command_writes_each_and_one_to_print(demo_dir, monkeypatch, capsys, tmp_path):
    from collections_desktop.services.workspace import open_workspace

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    workspace = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        name_demo_clinic(workspace)
        numbers = [r.account for r in worklist(workspace, view="due", limit=30)
                   if not get_account(workspace, r.account).flags][:2]
    finally:
        workspace.close()
    out = tmp_path / "letters"
    assert main(["--data-dir", str(demo_dir), "letters", *numbers, "--out", str(out), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [w["account"] for w in shown["written"]] == numbers
    combined = PdfReader(out / f"statements-{date.today().isoformat()}.pdf")
    singles = [PdfReader(out / f"statement-{n}.pdf") for n in numbers]
    assert len(combined.pages) == sum(len(r.pages) for r in singles)
    assert main(["--data-dir", str(demo_dir), "--lang", "es", "letters", "--view", "holds", "--out",
                 str(tmp_path / "held")]) == 0
    said = capsys.readouterr().out
    assert "sin carta" in said and "No se escribió ninguna carta." in said


def test_an_itemised_bill_answers_a_dispute(demo_workspace, owing):
    from collections_desktop.services.desk.timeline import account_timeline

    set_hold(demo_workspace, owing, "dispute", "says a charge is wrong")
    assert not can_contact(demo_workspace, owing, "letter").decision.allowed  # no collection letter meanwhile
    with pytest.raises(UserError):
        prepare_letter(demo_workspace, owing, "statement")
    letter = prepare_letter(demo_workspace, owing, "itemised_bill", lang="en")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(letter.content)).pages)
    assert text.startswith("Clínica") or "Itemized bill" in text
    with demo_workspace.reading() as session:
        lines = letters_repo.service_lines(session, account_by_number(session, owing).id)
    for visit in lines.values():
        for code, _description, _units, billed in visit:
            assert code in text and format_display(billed) in text
    view = get_account(demo_workspace, owing)
    assert view.hold_details["dispute"]  # the verification is recorded with the dispute (F-11)
    events = account_timeline(demo_workspace, owing, kinds=("document", "contact")).events
    assert "letter_itemised_bill" in [e.code for e in events]


def test_a_statement_goes_to_the_mailing_address_the_person_gave(demo_workspace):
    from sqlalchemy import select

    from collections_desktop.storage.models import AccountMember, Address

    name_demo_clinic(demo_workspace)
    with demo_workspace.reading() as session:
        boxed = session.scalars(select(Account.number).join(AccountMember, AccountMember.account_id == Account.id)
                                .join(Address, Address.person_id == AccountMember.person_id)
                                .where(AccountMember.role == "guarantor", Address.kind == "mailing")).all()
    number = next(n for n in boxed if can_contact(demo_workspace, n, "letter").decision.allowed
                  and get_account(demo_workspace, n).patient_due_cents > 0)
    view = get_account(demo_workspace, number)
    assert view.mailing_lines[0].startswith("PO Box") and view.mailing_lines != view.address_lines
    placed = _placed(prepare_letter(demo_workspace, number).content)
    assert any(t == view.mailing_lines[0] and _inside(RECIPIENT_WINDOW, x, top) for t, x, top in placed)
    assert not any(t == view.address_lines[0] for t, _x, _top in placed)  # the home address is not printed


def test_a_long_batch_is_written_as_it_goes_in_print_files_of_a_few_hundred(demo_workspace, tmp_path, monkeypatch):
    from collections_desktop.services.outreach import letters

    name_demo_clinic(demo_workspace)
    monkeypatch.setattr(letters, "PRINT_LETTERS", 3)  # three letters a print file, to see the parts
    numbers = [r.account for r in worklist(demo_workspace, view="due", limit=12)]
    batch = letters.write_batch(demo_workspace, tmp_path / "out", numbers=numbers)
    assert len(batch.letters) + len(batch.skipped) == len(numbers) and batch.letters
    assert all(m.content == b"" for m in batch.letters)  # nothing of the batch stays in memory
    assert len(batch.print_files) == -(-len(batch.letters) // 3)
    pages = sum(len(PdfReader(p).pages) for p in batch.print_files)
    assert pages == sum(len(PdfReader(f).pages) for f in batch.files)
