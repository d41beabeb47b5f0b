"""The window says words, never codes: the worklist, the account pane and the script panel, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from collections_desktop.ui.panes.worklist import VIEWS
from tests.ui.test_desk import open_desk
from tests.words.test_rendered import raw_codes

HOLDS = VIEWS.index("holds")  # "Disputes and holds" in the view list


def _shown(controller, qtbot) -> dict[str, str]:
    window, model = controller.window, controller.model
    said = {"status": window.statusBar().currentMessage() + " " + window.status_label.text()}
    window.worklist.view_box.setCurrentIndex(HOLDS)
    qtbot.wait(50)
    controller.runner.wait()
    controller.ranker.wait()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    rows = min(model.rowCount(), 12)
    said["worklist"] = "\n".join(
        " | ".join(str(model.data(model.index(row, column), role) or "")
                   for column in range(model.columnCount()) for role in (Qt.ItemDataRole.DisplayRole,
                                                                           Qt.ItemDataRole.ToolTipRole))
        for row in range(rows))
    for row in range(rows):
        number = model.account_number(row)
        controller.desk.open_account(number)
        qtbot.waitUntil(lambda n=number: controller.current_view is not None and controller.current_view.number == n
                        and n in window.account.browser.toPlainText(), timeout=10_000)
        scripts = window.scripts
        said[f"account {number}"] = window.account.browser.toPlainText()
        said[f"script {number}"] = scripts.banner.text() + "\n" + scripts.text.toPlainText()
    return said


def test_the_window_in_spanish_shows_no_code(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="es")
    said = _shown(controller, qtbot)
    assert len(said) > 10 and "Saldo" in "".join(said.values())
    assert {name: raw_codes(text) for name, text in said.items() if raw_codes(text)} == {}


def test_the_window_in_english_shows_no_code(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang="en")
    said = _shown(controller, qtbot)
    assert {name: raw_codes(text) for name, text in said.items() if raw_codes(text)} == {}
