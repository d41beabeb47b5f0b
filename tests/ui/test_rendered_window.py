"""No text the window shows (list, account pane, script, every dialog) holds a bare code or an ISO date, in
either language, on accounts of every kind in the demo vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.ui.gallery import DIALOGS, open_dialog
from collections_desktop.ui.models.worklist_model import Column
from tests.test_rendered_words import leaks
from tests.ui.test_desk import open_desk

VIEWS = ("today", "holds", "plans_late", "promises_due", "insurance_pending")


def shown_texts(top: QWidget) -> str:
    """What a person reads on `top`: labels, buttons, choices and hints (a path typed by the person aside)."""
    parts = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            parts.append(widget.placeholderText())
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_window_shows_no_code_or_iso_date(controller_factory, demo_dir, qtbot, lang):
    from collections_desktop.services.demo.demo_plans import seed_plans

    controller = open_desk(controller_factory, demo_dir, qtbot, lang=lang)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    workspace = controller.workspace
    done = []
    controller.runner.run(lambda: seed_plans(workspace, date.today()), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    numbers = []
    for view in VIEWS:
        numbers += [row.account for row in rows_for(workspace, ids_for(workspace, view)[:2])]
    assert len(set(numbers)) >= 6
    assert leaks("Hold: financial_assistance_pending on 2026-05-15") != []  # the rule bites
    found: dict[str, list[str]] = {}
    model = controller.model
    for number in dict.fromkeys(numbers):
        controller.desk.open_account(number)
        qtbot.waitUntil(lambda n=number: controller.current_view is not None and controller.current_view.number == n
                        and controller.window.account.timeline is not None, timeout=10_000)
        qtbot.wait(20)
        texts = (controller.window.account.browser.toPlainText() + "\n"
                 + controller.window.scripts.text.toPlainText() + "\n" + shown_texts(controller.window.scripts))
        problems = leaks(texts)
        if problems:
            found[number] = problems[:3]
    rows = "\n".join(str(model.data(model.index(row, column)) or "")
                     for row in range(min(model.rowCount(), 40)) for column in Column)
    found["worklist"] = leaks(rows)
    for name in DIALOGS:
        dialog = open_dialog(controller, workspace, name)
        problems = leaks(shown_texts(dialog) + "\n" + dialog.windowTitle())
        if problems:
            found[name] = problems[:3]
        dialog.close()
    assert {k: v for k, v in found.items() if v} == {}
