"""Holds and hand-offs from the window: Go → Holds sets, follows and ends a hold; a claim handed to billing
shows its age on the account and comes back with the team's answer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from collections_desktop.ui.models.worklist_model import Column
from tests.ui.test_desk import open_desk


def save(dialog, qtbot=None) -> None:
    """Saves; with `qtbot`, waits until the dialog closes (saved) or says why not."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    if qtbot is not None:
        qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.problem.text()), timeout=10_000)
        assert not dialog.problem.text()


def fresh_view(controller, qtbot, number: str, check) -> None:
    """Waits for the saved change, then opens the account again (a held account may leave the list's view, and
    the list then shows the next one)."""
    controller.desk.open_account(number)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.current_view.number == number
                    and check(controller.current_view), timeout=10_000)


def test_a_financial_assistance_hold_is_set_given_a_cure_date_and_approved(controller_factory, demo_dir, qtbot):
    from PySide6.QtCore import QDate

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    view = controller.current_view
    number, due = view.number, view.patient_due_cents
    for kind in list(view.hold_details):
        assert kind  # the first account may already carry holds; the dialog marks them
    dialog = controller.threads.holds("financial_assistance_pending")
    if "financial_assistance_pending" not in view.hold_details:
        assert dialog.current_action() == "set"
        dialog.reason.setPlainText("Application received at the front desk")
        save(dialog, qtbot)
        fresh_view(controller, qtbot, number, lambda v: "financial_assistance_pending" in v.hold_details)
        dialog = controller.threads.holds("financial_assistance_pending")
    assert dialog.current_action() == "update" and dialog.cure_by.isVisibleTo(dialog)
    dialog.cure_by.setDate(QDate.currentDate().addDays(20))
    save(dialog, qtbot)
    fresh_view(controller, qtbot, number,
               lambda v: "cure_by" in v.hold_details.get("financial_assistance_pending", {}))
    assert "cure by" in controller.window.account.browser.toPlainText()
    dialog = controller.threads.holds("financial_assistance_pending")
    dialog.action.setCurrentIndex(dialog.action.findData("release"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("approved"))
    assert dialog.discount.isVisibleTo(dialog) and not dialog.case_number.isVisibleTo(dialog)
    dialog.reason.setPlainText("Approved at 50%")
    save(dialog)  # no discount given: the dialog says so and stays open
    qtbot.waitUntil(lambda: "discount" in dialog.problem.text(), timeout=10_000)
    dialog.discount.setText("50")
    save(dialog, qtbot)
    fresh_view(controller, qtbot, number, lambda v: "financial_assistance_pending" not in v.hold_details)
    assert controller.current_view.patient_due_cents == due - (due + 1) // 2
    assert "hold ended: financial assistance pending" in controller.window.account.browser.toPlainText()


def test_a_claim_handed_to_billing_shows_its_age_and_comes_back_answered(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    view = controller.current_view
    claim = next(e.claim for e in view.encounters if e.balance.patient_balance_cents > 0)
    dialog = controller.threads.hand_off(claim)
    assert dialog.claim_box.currentData() == claim and dialog.claim_box.count() == len(view.encounters)
    assert claim in dialog.claim_box.currentText() and "$" in dialog.claim_box.currentText()
    dialog.team.setCurrentIndex(dialog.team.findData("denials"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("wrong_payer"))
    save(dialog, qtbot)
    fresh_view(controller, qtbot, view.number, lambda v: any(h.claim == claim for h in v.handoffs))
    pane = controller.window.account.browser.toPlainText()
    assert "with denials since today" in pane and "Record the answer" in pane
    worklist = controller.window.worklist
    worklist.view_box.setCurrentIndex(worklist.view_box.findText("With billing"))
    model = controller.window.worklist.model

    def listed() -> list[str]:
        return [model.data(model.index(row, Column.NEXT_ACTION)) or "" for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: any("a claim with denials since today" in text for text in listed()), timeout=10_000)
    dialog = controller.threads.answer(claim)
    dialog.answer.setCurrentIndex(dialog.answer.findData("adjusted"))
    assert dialog.adjustment.isVisibleTo(dialog)
    dialog.adjustment.setText("1.00")
    dialog.note.setPlainText("Payer corrected; small courtesy adjustment")
    save(dialog, qtbot)
    fresh_view(controller, qtbot, view.number, lambda v: not v.handoffs)
    assert f"claim {claim} back from the team: adjusted by the clinic" in \
        controller.window.account.browser.toPlainText()


def test_the_attorneys_contact_heads_the_call_script(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    dialog = controller.threads.holds("attorney")
    if dialog.current_action() == "set":
        dialog.contact.setText("Law office of the patient, 555-0100")
        dialog.reason.setPlainText("Letter of representation received")
    else:
        dialog.contact.setText("Law office of the patient, 555-0100")
    save(dialog, qtbot)
    fresh_view(controller, qtbot, number, lambda v: "attorney_contact" in v.hold_details.get("attorney", {}))
    qtbot.waitUntil(lambda: "all contact goes to Law office" in controller.window.scripts.pinned.text(),
                    timeout=10_000)
    shown = controller.window.scripts.text.toPlainText()
    assert shown.startswith("Not to be read on this account") and "attorney" in shown


def test_the_history_in_the_pane_filters_by_kind_and_pages(controller_factory, demo_dir, qtbot):
    from PySide6.QtCore import QUrl

    from collections_desktop.services.desk.notes import add_note

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    for text in [f"note {n}" for n in range(35)]:
        controller.ctx.op(lambda ws, text=text: add_note(ws, number, text)).run()
    controller.runner.wait()
    controller.desk.open_account(number)
    pane = controller.window.account
    qtbot.waitUntil(lambda: pane.timeline is not None and pane.timeline.total >= 35, timeout=10_000)
    pane._on_link(QUrl("history:note/0"))
    qtbot.waitUntil(lambda: pane.history_kind == "note", timeout=10_000)
    assert {e.kind for e in pane.timeline.events} == {"note"} and "Older →" in pane.browser.toPlainText()
    pane._on_link(QUrl("history:note/30"))
    qtbot.waitUntil(lambda: pane.timeline.offset == 30, timeout=10_000)
    shown = pane.browser.toPlainText()
    assert "History (31–" in shown and "← Newer" in shown
    pane._on_link(QUrl("history:all/0"))
    qtbot.waitUntil(lambda: pane.history_kind == "" and pane.timeline.offset == 0, timeout=10_000)


def test_insurance_pending_is_set_claim_by_claim_from_the_holds_dialog(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    view = controller.current_view
    visit = next(e for e in view.encounters if e.status != "insurance_pending")
    dialog = controller.threads.holds("insurance_pending")
    dialog.claim.setCurrentIndex(dialog.claim.findData(visit.claim))
    assert dialog.claim.isVisibleTo(dialog) and not dialog.case_number.isVisibleTo(dialog)
    assert dialog.current_action() == "set"
    dialog.reason.setPlainText("Payer reprocessing")
    save(dialog, qtbot)
    fresh_view(controller, qtbot, view.number,
               lambda v: next(e for e in v.encounters if e.claim == visit.claim).status == "insurance_pending")
