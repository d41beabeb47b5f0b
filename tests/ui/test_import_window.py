"""File → Import in the window: the dry run shown, errors hold the import back, Apply posts and refreshes the desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.dialogs.import_report import ImportDialog
from tests.ui.test_desk import open_desk

LEDGER = (
    "Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,Patient Paid,"
    "Balance,Payer\n"
    "Z900,Inés,Ibáñez,ZC-1,2026-03-03,300.00,100.00,50.00,0,150.00,Aetna\n"
    "Z901,Tomás,Ortega,ZC-2,2026-03-04,80.00,0,0,0,80.00,\n"
)


def choose(monkeypatch, path: Path) -> None:
    """The system file dialog cannot be clicked offscreen: it answers with this file."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], "")))


def start_import(controller, qtbot) -> ImportDialog:
    controller.files.import_dialog = None
    controller.window.registry[MainAction.IMPORT].trigger()
    qtbot.waitUntil(lambda: controller.files.import_dialog is not None and controller.files.import_dialog.isVisible(),
                    timeout=10_000)
    return controller.files.import_dialog


def test_import_shows_what_would_change_then_applies_and_the_desk_finds_it(
        controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    totals_before = controller.window.status_label.text()
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER, encoding="utf-8")
    choose(monkeypatch, source)
    dialog = start_import(controller, qtbot)
    assert dialog.count_labels["accounts_created"][1].text() == "2"
    assert dialog.changes.rowCount() == 2 and dialog.changes.item(0, 0).text() == "Z900"
    assert dialog.changes_title.text() == "Patient balances that would change: 2"
    assert dialog.apply_button.isEnabled() and not dialog.skip_bad.isVisible()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert "Imported: 2 claims" in controller.window.statusBar().currentMessage()
    # The patient-balance total in the status bar follows the import (it used to stay as it was).
    qtbot.waitUntil(lambda: controller.window.status_label.text() != totals_before, timeout=10_000)
    pane = controller.window.worklist
    pane.view_box.setCurrentIndex(pane.view_box.count() - 1)  # All accounts
    pane.search.setText("ZC-1")
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1 and controller.model.account_number(0) == "Z900",
                    timeout=10_000)
    # The same file again changes nothing, and says so.
    dialog = start_import(controller, qtbot)
    assert dialog.already.isVisibleTo(dialog) and not dialog.apply_button.isEnabled()


def test_a_file_with_errors_is_held_back_until_told_to_skip_them_in_spanish(
        controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER.replace("80.00,0,0,0,80.00", "ochenta,0,0,0,80.00"), encoding="utf-8")
    choose(monkeypatch, source)
    dialog = start_import(controller, qtbot)
    assert dialog.windowTitle() == "Importar del sistema de gestión de la clínica"
    # The field is named, its content (which may be anything a shifted column holds) is not repeated.
    problem = dialog.problems.item(0, 2).text()
    assert dialog.problems.rowCount() == 1 and "Charge" in problem and "monto" in problem and "ochenta" not in problem
    assert dialog.problems.item(0, 0).text() == "ledger.csv:3"
    assert not dialog.apply_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert "1 cuentas nuevas" in controller.window.statusBar().currentMessage()


def test_a_file_changed_after_the_preview_is_not_imported(controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    """What is applied is what the specialist saw: the dry run's SHA-256 of each file is checked at Import."""
    from collections_desktop.services.desk.accounts import worklist

    controller = open_desk(controller_factory, demo_dir, qtbot)
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER, encoding="utf-8")
    choose(monkeypatch, source)
    dialog = start_import(controller, qtbot)
    source.write_text(LEDGER.replace("300.00,100.00", "900.00,100.00"), encoding="utf-8")  # changed meanwhile
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "changed since it was read" in dialog.message.text(), timeout=20_000)
    assert dialog.isVisible()
    assert worklist(controller.workspace, view="all", search="ZC-1") == []


def test_export_writes_the_chosen_file_from_the_chosen_day(controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    import csv

    from PySide6.QtCore import QDate

    from collections_desktop.ui.dialogs.export import KINDS

    controller = open_desk(controller_factory, demo_dir, qtbot)
    out = tmp_path / "notes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    controller.window.registry[MainAction.EXPORT].trigger()
    dialog = controller.files.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.kind.setCurrentIndex(KINDS.index("agency"))
    assert not dialog.limit.isEnabled()  # the agency file always holds every approved account
    dialog.kind.setCurrentIndex(KINDS.index("activity"))
    dialog.limit.setChecked(True)
    dialog.since.setDate(QDate(2000, 1, 1))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 1 and f"Wrote {len(rows) - 1} rows" in controller.window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_where(controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    out = blocker / "payments.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    controller.window.registry[MainAction.EXPORT].trigger()
    dialog = controller.files.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "Cannot write" in dialog.message.text(), timeout=10_000)
    assert str(out) in dialog.message.text() and dialog.isVisible() and not out.exists()


def test_a_long_list_of_balance_moves_says_only_the_largest_are_listed(qtbot):
    from collections_desktop.services.imports.imports import AccountChange, ImportReport

    counts = dict.fromkeys(("accounts_created", "accounts_updated", "claims", "payments", "unchanged"), 0)
    moves = [AccountChange(f"A{n}", 0, 100 * n, True, False) for n in range(1, 4)]
    dialog = ImportDialog(ImportReport(False, True, ["csv"], counts, [], moves, changes_total=1234), None)
    qtbot.addWidget(dialog)
    assert dialog.changes_title.text() == "Patient balances that would change: 1234 (the largest 3 listed)"


def test_a_denied_claim_is_decided_from_the_account_pane(controller_factory, demo_dir, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from collections_desktop.services.imports.imports import import_files
    from collections_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    denied = Path(__file__).resolve().parents[1] / "fixtures" / "x12_835" / "handwritten" / "denied.835"
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    assert import_files(ws, [denied]).denied == ["DEN-1001"]
    ws.close()
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    pane = controller.window.account
    qtbot.waitUntil(lambda: pane.view is not None, timeout=10_000)  # the first account of Today, opened by itself
    controller.ranker.wait()  # Today's ranked order re-opens the selected account when it lands: let it land
    qtbot.wait(300)
    controller.desk.open_account("SHP100200")  # no phone on file: shown with its review all the same
    qtbot.waitUntil(lambda: pane.view is not None and pane.view.number == "SHP100200" and bool(pane.review),
                    timeout=10_000)
    text = pane.browser.toPlainText()
    assert "Denegada por el pagador: consulte al equipo de denegaciones" in text and "CO-50: el pagador" in text
    assert "La debe el paciente" in text
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    pane.settle_requested.emit("DEN-1001", -1)
    qtbot.waitUntil(lambda: pane.view is not None and pane.view.flags == [], timeout=10_000)
    assert "La debe el paciente" not in pane.browser.toPlainText()


def test_lock_closes_every_window_that_shows_patient_data(controller_factory, demo_dir, qtbot, tmp_path,
                                                          monkeypatch):
    """The import preview, a note typed for the billing team, a message box: none survives the lock, nor the
    copies handed to the system's viewer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from collections_desktop.ui import printing

    controller = open_desk(controller_factory, demo_dir, qtbot)
    source = tmp_path / "ledger.csv"
    source.write_text(LEDGER, encoding="utf-8")
    choose(monkeypatch, source)
    preview = start_import(controller, qtbot)
    monkeypatch.setattr(printing.QDesktopServices, "openUrl", staticmethod(lambda url: True))
    printing.hand_to_system(b"%PDF-1.4 a receipt", "open")
    handed = list(printing._PENDING)
    assert handed and handed[0].exists()
    box = QMessageBox(QMessageBox.Icon.Information, "Agency", "Z900: not yet", parent=controller.window)
    box.open()
    answers = []
    # A modal note box (hand-off to billing) is open when the idle lock fires.
    QTimer.singleShot(200, controller.lock)
    answers.append(QInputDialog.getText(controller.window, "Hand off to billing", "Note for claim ZC-1:"))
    assert answers == [("", False)]
    qtbot.waitUntil(lambda: not preview.isVisible() and not box.isVisible(), timeout=5_000)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not controller.window]
    assert visible == []  # the window alone, showing its lock
    assert controller.window.stack.currentWidget() is controller.window.lock_panel
    assert not handed[0].exists()


def test_copies_a_crashed_session_handed_over_are_removed_at_the_next_start(tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    from collections_desktop.ui import printing

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / "collections-desktop-abc123"
    old.mkdir()
    (old / "document.pdf").write_bytes(b"%PDF- a receipt")
    os.utime(old, (time.time() - 600, time.time() - 600))
    fresh = tmp_path / "collections-desktop-def456"  # another session is handing this one over right now
    fresh.mkdir()
    assert printing.remove_leftovers() == 1
    assert not old.exists() and fresh.exists()
