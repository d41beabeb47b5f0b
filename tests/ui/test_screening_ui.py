"""The screening dialog from the Go menu and from the hardship script: the answer as the household's figures are
typed, in the interface language, then recorded on the account."""

from __future__ import annotations

from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.outreach.scripts import SITUATIONS
from tests.ui.test_desk import open_desk


def test_screening_answers_as_typed_and_records(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    number = controller.current_view.number
    panel = controller.window.scripts
    panel.situation.setCurrentIndex(SITUATIONS.index("hardship"))
    assert panel.screening.isVisibleTo(panel)
    panel.situation.setCurrentIndex(SITUATIONS.index("opening"))
    assert not panel.screening.isVisibleTo(panel)
    panel.situation.setCurrentIndex(SITUATIONS.index("hardship"))
    panel.screening.click()
    dialog = controller.assistance.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=10_000)
    assert not dialog.record.isEnabled()
    dialog.household.setValue(3)
    dialog.period.setCurrentIndex(dialog.period.findData("monthly"))
    qtbot.waitUntil(lambda: "income" in dialog.answer.text() or "ingresos" in dialog.answer.text(), timeout=5_000)
    dialog.income.setText("2450")
    qtbot.waitUntil(lambda: "% of the" in dialog.answer.text(), timeout=5_000)
    assert "Likely tier" in dialog.answer.text() and "An application asks for" in dialog.answer.text()
    assert dialog.record.isEnabled()
    dialog.record.click()
    qtbot.waitUntil(lambda: controller.assistance.recorded is not None, timeout=10_000)
    assert controller.assistance.recorded.screening.household == 3
    events = account_timeline(controller.workspace, number, kinds=("hold",)).events
    assert any(e.code == "assistance_screened" for e in events)


def test_the_dialog_speaks_spanish(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    dialog = controller.assistance.screen()
    qtbot.waitUntil(lambda: "Escriba" in dialog.answer.text(), timeout=5_000)
    dialog.income.setText("52000")
    qtbot.waitUntil(lambda: "de la guía de pobreza" in dialog.answer.text(), timeout=5_000)
    assert dialog.windowTitle().startswith("Evaluación de asistencia financiera")
    dialog.close()
