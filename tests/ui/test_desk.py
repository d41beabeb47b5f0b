"""The desk in the window: the worklist fills after unlock, selecting shows the account, lock empties both."""

from __future__ import annotations

from PySide6.QtCore import Qt

from collections_desktop.domain.money import format_display
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.models.worklist_model import Column
from tests.conftest import PASSPHRASE
from tests.ui.test_shell import unlock


def open_desk(controller_factory, demo_dir, qtbot, lang="en"):
    controller = controller_factory(demo_dir, lang)
    controller.start()
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0 and controller.workspace is not None, timeout=20_000)
    return controller


def selected_number(controller) -> str | None:
    model = controller.model
    return model.account_number(model.row_of(controller.window.worklist.selected_id()))


def test_worklist_fills_and_the_detail_follows_the_selection(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    pane = controller.window.worklist
    qtbot.waitUntil(lambda: controller.window.account.view is not None, timeout=10_000)
    first = controller.window.account.view
    # Today's ranked order (which depends on the hour in each patient's zone) may arrive after the
    # first page: the account on screen stays selected wherever it moves.
    assert first.number == selected_number(controller)
    assert first.guarantor.name in controller.window.account.browser.toPlainText()
    pane.step(1)
    qtbot.waitUntil(lambda: controller.window.account.view.number != first.number
                    and controller.window.account.view.number == selected_number(controller), timeout=10_000)


def test_search_and_views_requery_in_sql(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    pane = controller.window.worklist
    number = controller.model.account_number(0)
    qtbot.waitUntil(lambda: controller.window.account.view is not None, timeout=10_000)
    chosen = pane.selected_id()
    pane.view_box.setCurrentIndex(pane.view_box.count() - 1)  # All accounts
    qtbot.waitUntil(lambda: controller.model.rowCount() == 400, timeout=10_000)
    # Shown from a window around the account on screen, other places read as they are reached.
    qtbot.waitUntil(lambda: pane.selected_id() == chosen, timeout=10_000)
    assert [controller.model.account_id(r) for r in range(400)] == ids_for(controller.workspace, "all")
    pane.search.setText(number)
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=10_000)
    assert controller.model.account_number(0) == number


def test_language_switch_reaches_the_desk_and_lock_empties_it(controller_factory, demo_dir, qtbot):
    from collections_desktop.ui.actions import MainAction

    controller = open_desk(controller_factory, demo_dir, qtbot)
    window = controller.window
    window.registry[MainAction.LANGUAGE_ES].trigger()
    qtbot.waitUntil(lambda: window.worklist.view_box.itemText(0) == "Hoy", timeout=2000)
    assert controller.model.headerData(Column.PATIENT_DUE, Qt.Orientation.Horizontal) == "Saldo"
    window.registry[MainAction.LOCK].trigger()
    assert controller.model.rowCount() == 0 and window.account.view is None
    assert window.stack.currentWidget() is window.lock_panel
    window.registry[MainAction.LANGUAGE_EN].trigger()


def test_screenshots_in_both_languages(demo_dir, tmp_path):
    """The suite writes the window as a specialist sees it (kept out of git) for people to look at."""
    import os

    from collections_desktop.cli import main

    os.environ["COLLECTIONS_DESKTOP_PASSPHRASE"] = PASSPHRASE
    try:
        for lang in ("en", "es"):
            out = tmp_path / f"desk-{lang}.png"
            assert main(["--data-dir", str(demo_dir), "--lang", lang, "screenshot", "--out", str(out)]) == 0
            assert out.stat().st_size > 20_000
    finally:
        del os.environ["COLLECTIONS_DESKTOP_PASSPHRASE"]


def test_idle_lock_hides_everything(controller_factory, demo_dir, qtbot):
    from collections_desktop.ui.idle import MAXIMUM_MINUTES
    from collections_desktop.ui.panes.lock import UnlockPanel

    controller = open_desk(controller_factory, demo_dir, qtbot)
    controller.idle.set_minutes(60)
    assert controller.idle.minutes == MAXIMUM_MINUTES  # never longer than fifteen minutes
    controller.idle.set_minutes(0.005)  # 0.3 s for the test
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    assert controller.model.rowCount() == 0 and controller.window.account.view is None
    assert isinstance(controller.dialog, UnlockPanel)
    controller.idle.set_minutes(10)  # or it would lock again while the list reloads on a slow machine
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0, timeout=20_000)


def test_script_panel_follows_the_patient_and_the_toggle(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    panel = controller.window.scripts
    qtbot.waitUntil(lambda: panel.decision is not None and panel.text.toPlainText() != "", timeout=10_000)
    view = controller.current_view
    expected = "es" if view.guarantor.preferred_language == "es" else "en"
    assert panel.language == expected
    assert view.guarantor.first_name in panel.text.toPlainText()
    assert "7" in panel.banner.text()
    other = panel.english if expected == "es" else panel.spanish
    other.click()
    # The greeting follows the hour where the patient lives (good morning, afternoon or evening): the ask is fixed.
    asking = "may I speak with" if expected == "es" else "¿me permite hablar con"
    qtbot.waitUntil(lambda: asking in panel.text.toPlainText(), timeout=5000)
    panel.situation.setCurrentIndex(9)  # voicemail
    qtbot.waitUntil(lambda: "balance" not in panel.text.toPlainText().split("\n\n", 1)[1].lower(), timeout=5000)
    controller.window.registry[MainAction.LOCK].trigger()
    assert panel.text.toPlainText() == "" and panel.banner.text() == ""


def test_contact_dialog_records_and_blocked_attempts_need_a_reason(controller_factory, demo_dir, qtbot):
    from collections_desktop.services.vault import vault_ops

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    dialog = controller.desk.log_contact()
    dialog.direction.setCurrentIndex(1)  # they called us: always recorded
    dialog.choose_outcome("CONVERSATION")
    dialog.note.setPlainText("Habló de su saldo")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    qtbot.waitUntil(lambda: controller.window.scripts.decision is not None
                    and not controller.window.scripts.decision.allowed, timeout=10_000)
    second = controller.desk.log_contact()
    second.choose_outcome("NO_ANSWER")
    second.buttons.accepted.emit()
    qtbot.waitUntil(lambda: second.override.isVisible(), timeout=10_000)
    assert "7-day wait" in second.blocked.text()
    second.buttons.accepted.emit()  # no reason given yet
    assert "reason" in second.blocked.text()
    second.override.setText("patient asked for a call back today")
    second.buttons.accepted.emit()
    qtbot.waitUntil(lambda: second.result() == second.DialogCode.Accepted, timeout=10_000)
    assert vault_ops.verify_audit(controller.workspace).intact
    # The call was logged, so the refreshed Today list moves that account down.
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0 and controller.model.account_number(0) != number,
                    timeout=10_000)


def test_payment_dialog_updates_the_detail_and_the_audit(controller_factory, demo_dir, qtbot, tmp_path):
    from pypdf import PdfReader

    from collections_desktop.services.vault import vault_ops

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    before = controller.current_view
    dialog = controller.desk.record_payment()
    dialog.amount.setText(f"{(before.patient_due_cents + 1000) // 100}")
    dialog.reference.setText("4111 1111 1111 1111")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "card number" in dialog.message.text(), timeout=10_000)
    dialog.reference.setText("AUTH 5521")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.overpay.isVisible(), timeout=10_000)
    dialog.amount.setText("20.00")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.after.isVisibleTo(dialog), timeout=10_000)
    assert "$20.00" in dialog.message.text() and not dialog.amount.isEnabled()
    dialog.close_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == before.number
                    and controller.current_view.patient_due_cents == before.patient_due_cents - 2000
                    or controller.desk.last_payment is not None, timeout=10_000)
    assert controller.desk.last_payment.balance_after_cents == before.patient_due_cents - 2000
    receipt = tmp_path / "receipt.pdf"
    controller.desk.save_receipt(receipt)
    qtbot.waitUntil(receipt.exists, timeout=10_000)
    assert "$20.00" in PdfReader(str(receipt)).pages[0].extract_text()
    assert vault_ops.verify_audit(controller.workspace).intact


def test_review_shows_and_hand_off_puts_the_claim_on_hold(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None and bool(controller.window.account.review),
                    timeout=10_000)
    pane = controller.window.account
    assert "Review before calling" in pane.browser.toPlainText()
    view = controller.current_view
    claim = next(e for e in view.encounters if e.balance.patient_balance_cents > 0)
    dialog = controller.threads.hand_off(claim.claim)
    dialog.reason.setCurrentIndex(dialog.reason.findData("denial_to_appeal"))
    dialog.note.setPlainText("Denied; resubmit")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: any(not c.ok and c.code == "handed_to_billing" for c in pane.review)
                    if pane.view is not None and pane.view.number == view.number else False, timeout=10_000)
    assert "With the billing team" in pane.browser.toPlainText()


def test_a_damaged_page_is_reported_after_unlocking(controller_factory, demo_dir, qtbot):
    """The check at unlock authenticates every page on its own thread, after the first page is shown."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    vault = demo_dir / "vault.db"
    data = bytearray(vault.read_bytes())
    data[len(data) - 4096 + 200] ^= 0xFF  # the last page: not needed for the first page of the worklist
    vault.write_bytes(bytes(data))
    controller = open_desk(controller_factory, demo_dir, qtbot)

    def warning() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()),
                    None)

    qtbot.waitUntil(lambda: warning() is not None, timeout=20_000)
    assert "fails its check" in warning().text() and "restore" in warning().text()
    controller.lock()  # the lock closes it like every other dialog
    assert warning() is None


def test_a_note_written_in_the_window_heads_the_account_and_the_script(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    dialog = controller.desk.write_note()
    dialog.buttons.accepted.emit()  # empty: refused, the dialog says why and stays
    qtbot.waitUntil(lambda: "vacía" in dialog.problem.text(), timeout=10_000)
    dialog.text.setPlainText("Solo español; <b>llamar</b> después de las 5 pm")
    dialog.pinned.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10_000)
    pane, scripts = controller.window.account, controller.window.scripts
    qtbot.waitUntil(lambda: "Notas fijadas" in pane.browser.toPlainText(), timeout=10_000)
    text = pane.browser.toPlainText()
    assert "Solo español; <b>llamar</b>" in text and "Historial" in text and "[fijada]" in text
    assert scripts.pinned.isVisible() and "<b>llamar</b>" in scripts.pinned.text()
    assert controller.current_view.number == number
    controller.window.registry[MainAction.LOCK].trigger()
    assert not scripts.pinned.isVisible() and "Solo español" not in pane.browser.toPlainText()


def test_a_payment_dated_back_asks_why_and_keeps_it(controller_factory, demo_dir, qtbot):
    from PySide6.QtCore import QDate

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    dialog = controller.desk.record_payment()
    assert dialog.paid_on.maximumDate() == QDate.currentDate() and not dialog.why_late.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(1)
    assert dialog.reference.placeholderText() == "Check number"
    dialog.amount.setText("5.00")
    dialog.paid_on.setDate(QDate.currentDate().addDays(-10))
    assert dialog.why_late.isVisibleTo(dialog)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "give the reason" in dialog.message.text(), timeout=10_000)
    dialog.why_late.setText("Check found in the mail tray")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.after.isVisibleTo(dialog), timeout=10_000)
    assert controller.desk.last_payment.paid_on == QDate.currentDate().addDays(-10).toPython()


def test_the_contact_dialog_opens_with_the_decision_for_its_channel(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    dialog = controller.desk.log_contact()
    qtbot.waitUntil(lambda: bool(dialog.decision.text()), timeout=10_000)
    assert dialog.decision.text().startswith(("Allowed now", "Not allowed now", "no "))
    dialog.decision.clear()
    dialog.channel.setCurrentIndex(dialog.channel.findData("letter"))
    qtbot.waitUntil(lambda: bool(dialog.decision.text()), timeout=10_000)
    offered = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
    assert offered == ["SENT", "VERIFICATION_SENT", "NOT_IN_SERVICE"]  # a letter is sent, not answered
    assert dialog.outcome.itemText(2) == "Returned: undeliverable"
    assert not dialog.reason.isVisibleTo(dialog)  # nothing was said about the bill
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.choose_outcome("CONVERSATION")
    assert dialog.reason.isVisibleTo(dialog) and dialog.reason.itemText(0) == "(not said)"
    dialog.reason.setCurrentIndex(dialog.reason.findData("above_estimate"))
    assert dialog.extras()["reason"] == "above_estimate"
    assert "No Surprises Act" in dialog.reason.currentText()
    dialog.reject()


def test_the_contact_dialog_knows_who_may_hear_the_balance(controller_factory, demo_dir, qtbot):
    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.desk.worklist import ids_for, rows_for
    from collections_desktop.storage.models import ContactEventRow

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    workspace = controller.workspace
    # An account whose patient is a child: the child may not hear the balance (H-02).
    number = next(row.account for row in rows_for(workspace, ids_for(workspace, "all")[:200])
                  if any(m.relationship == "child" and not m.may_hear_balance
                         for m in get_account(workspace, row.account).members))
    controller.desk.open_account(number)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == number,
                    timeout=10_000)
    dialog = controller.desk.log_contact()
    labels = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert labels[0].endswith("(guarantor)") and labels[-1] == "Someone else (not on the account)"
    assert any("(patient, child): may not hear the balance" in label for label in labels)
    assert not dialog.person_note.isVisibleTo(dialog)
    dialog.person.setCurrentIndex(dialog.person.count() - 1)  # someone else answered
    assert dialog.person_note.isVisibleTo(dialog) and "may not hear about the bill" in dialog.person_note.text()
    offered = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
    assert offered == ["CONNECTED_NO_CONVERSATION", "WRONG_PARTY"]
    assert dialog.extras()["person"] == "guarantor"  # the call was to the guarantor's number: it counts there
    child = next(i for i, label in enumerate(labels) if "child" in label)
    dialog.person.setCurrentIndex(child)
    assert dialog.extras()["person"].isdigit()
    dialog.direction.setCurrentIndex(1)
    dialog.choose_outcome("WRONG_PARTY")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted or bool(dialog.blocked.text()),
                    timeout=10_000)
    assert dialog.blocked.text() == ""
    with workspace.reading() as session:
        last = session.query(ContactEventRow).order_by(ContactEventRow.id.desc()).first()
        assert last.person_id == int(dialog.extras()["person"]) and last.outcome == "WRONG_PARTY"


def test_a_script_says_where_to_set_what_is_missing(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: bool(controller.window.scripts.text.toPlainText()), timeout=10_000)
    assert "[your name: set it in Preferences]" in controller.window.scripts.text.toPlainText()


def test_a_payment_against_a_balance_that_changed_is_refused_then_taken(controller_factory, demo_dir, qtbot):
    """Something else recorded a payment after the dialog opened: the dialog says so, shows the balance now, and
    the specialist's next save is taken against it."""
    from collections_desktop.services.desk import payments

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    before = controller.current_view
    dialog = controller.desk.record_payment()
    payments.record_payment(controller.workspace, before.number, "5.00", "cash")  # the other desk, first
    dialog.amount.setText("10.00")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "recorded a payment" in dialog.message.text(), timeout=10_000)
    now = format_display(before.patient_due_cents - 500)
    assert now in dialog.message.text() and now in dialog.balance.text()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.after.isVisibleTo(dialog), timeout=10_000)
    assert controller.desk.last_payment.balance_after_cents == before.patient_due_cents - 1500
