"""The Reports window on the demo vault: cards with their changes, the charts, billing issues; a card or an
issue lists the accounts behind it in the desk's worklist."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.outreach.contacts import log_contact
from tests.ui.test_desk import open_desk


def test_the_reports_window_shows_the_period_and_its_issues(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    workspace = controller.workspace
    numbers = [row.account for row in worklist(workspace, view="due", limit=4)]
    for number in numbers:  # four people said they were charged twice, today
        log_contact(workspace, number, "phone", "CONVERSATION", direction="inbound",
                    at=max(datetime.now(UTC) - timedelta(minutes=5),
                           datetime.combine(date.today(), time(0, 0, 1), tzinfo=UTC)), reason="duplicate_charge")
    window = controller.reports.reports()
    qtbot.waitUntil(lambda: window.figures is not None, timeout=20_000)
    window.period.setCurrentIndex(window.period.findData("week"))
    qtbot.waitUntil(lambda: window.figures is not None and window.figures["period"].days == 7, timeout=20_000)
    assert window.cards["right_party"].value.text() == "4"
    assert window.cards["collected"].value.text().startswith("$")
    texts = [window.issues.item(i).text() for i in range(window.issues.count())]
    duplicate = next(i for i, text in enumerate(texts) if text.startswith("Charged twice")
                     and ("to 4:" in text or text.startswith("Charged twice: 4 ")))
    assert "Clinic" not in texts[duplicate]  # account numbers, never names
    assert window.chart_view is not None and window.chart_view.objectName() == "chart_collected"
    # The issue's accounts: the four who said so today and any who said so earlier in the week.
    window.issues.itemDoubleClicked.emit(window.issues.item(duplicate))
    pane = controller.window.worklist
    qtbot.waitUntil(lambda: pane.from_report.isVisible(), timeout=10_000)
    listed = {controller.model.account_number(row) for row in range(controller.model.rowCount())}
    assert set(numbers) <= listed and "Charged twice" in pane.from_report.text()
    # A card: the accounts reached by a right-party contact this week.
    window.cards["right_party"].clicked.emit()
    qtbot.waitUntil(lambda: "Right-party contacts: 4" in pane.from_report.text(), timeout=10_000)
    assert {controller.model.account_number(row) for row in range(controller.model.rowCount())} == set(numbers)
    pane.view_box.setCurrentIndex(pane.view_box.count() - 1)  # a view replaces the report's accounts
    assert not pane.from_report.isVisible()
    assert window.aging_view is None  # the portfolio is read only when its tab is shown
    window.charts.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.aging_view is not None, timeout=20_000)
    assert len(window.portfolio.months) == 12 and all(m.closes() for m in window.portfolio.months)
    assert "collected" in window.aging_view.toolTip() and window.aging_view.objectName() == "chart_aging"
    assert {name: view.objectName() for name, view in window.chart_views.items()} == {
        "collections": "chart_collected", "kept": "chart_kept", "issues": "chart_issues", "aging": "chart_aging"}
    # A bar: the accounts owing 0-30 days at the last month end (today), as the bar counts them.
    current = window.aging_view.chart().series()[0].barSets()[0]
    current.clicked.emit(current.count() - 1)
    qtbot.waitUntil(lambda: pane.from_report.isVisible() and "0-30" in pane.from_report.text(), timeout=10_000)
    assert controller.model.rowCount() > 0
    controller.lock()
    assert controller.reports.window is None  # nothing of a patient is left open after a lock


def test_the_contact_dialog_offers_the_clinics_own_reasons(qtbot):
    from collections_desktop.services.outreach.contacts import REASONS
    from collections_desktop.ui.dialogs.contact import ContactDialog
    from collections_desktop.words import current_language, use_language

    reasons = [(code, "", "") for code in REASONS] + [("portal_down", "the payment portal did not work",
                                                        "el portal de pagos no funcionó")]
    was = current_language()
    try:
        for language, shown in (("en", "The payment portal did not work"), ("es", "El portal de pagos no funcionó")):
            use_language(language)
            dialog = ContactDialog("10000001", reasons=reasons)
            qtbot.addWidget(dialog)
            combo = dialog.reason
            assert combo.itemData(combo.count() - 1) == "portal_down" and combo.itemText(combo.count() - 1) == shown
            assert combo.count() == len(REASONS) + 2  # "(not said)" first
    finally:
        use_language(was)


def test_letters_for_the_listed_accounts(controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from collections_desktop.services.demo.demo_plans import name_demo_clinic

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    name_demo_clinic(controller.workspace)
    pane = controller.window.worklist
    pane.search.setText("1000001")  # a few accounts: 10000010 … 10000019
    pane._emit_query()
    qtbot.waitUntil(lambda: 0 < controller.model.rowCount() < 20, timeout=10_000)
    listed = controller.model.rowCount()
    # The menu's dialog: the letters the clinic writes (no validation notice unless the policy asks), explained.
    dialog = controller.letters.choose_letters()
    kinds = [dialog.kinds.itemData(i) for i in range(dialog.kinds.count())]
    assert kinds == ["statement", "itemised_bill", "final_notice", "assistance_application"]
    dialog.kinds.setCurrentIndex(2)
    assert str(listed) in dialog.about.text() and "escalation" in dialog.about.text()
    dialog.reject()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    assert controller.letters.prepare_letters("statement")
    qtbot.waitUntil(lambda: controller.letters.last is not None, timeout=30_000)
    batch = controller.letters.last
    assert len(batch.letters) + len(batch.skipped) == listed and all(p.exists() for p in batch.print_files)
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {f"statement-{m.account}.pdf" for m in batch.letters}
    box = controller.letters.done_box
    assert box.findChild(object, "open_print_file") is not None
    box.close()


def test_a_message_is_previewed_and_copied_for_the_portal(controller_factory, demo_dir, qtbot, tmp_path,
                                                           monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from collections_desktop.services.demo.demo_plans import name_demo_clinic

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    name_demo_clinic(controller.workspace)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = controller.letters.write_message()
    qtbot.waitUntil(lambda: "Clínica Familiar del Valle" in dialog.preview.toPlainText(), timeout=10_000)
    dialog.attach.setChecked(True)
    assert not dialog.email.isEnabled()  # a statement never goes by plain e-mail
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "portal"))
    dialog.portal.click()
    qtbot.waitUntil(lambda: bool(controller.letters.handed or dialog.problem.text()), timeout=15_000)
    # Now is outside calling hours somewhere, or a hold stands: the dialog says why; else the files are there.
    if controller.letters.handed:
        assert [p.suffix for p in controller.letters.handed] == [".txt", ".pdf"]
    else:
        assert dialog.problem.text()
