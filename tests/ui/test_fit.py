"""The desk fits a laptop: at 1366×768 and 1280×800, in both languages, the worklist's five key columns are
within view without scrolling, and long text is elided with the whole of it on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from collections_desktop.ui.models.worklist_model import Column
from tests.ui.test_desk import open_desk

KEY = (Column.GUARANTOR, Column.PATIENT_DUE, Column.OLDEST_AGING, Column.NEXT_ACTION, Column.CALLABLE)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 800), (1024, 640)])
def test_the_key_columns_are_in_view_at_laptop_sizes(controller_factory, demo_dir, qtbot, size, lang):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang=lang)
    window = controller.window
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0, timeout=10_000)
    qtbot.wait(50)
    window.grab()  # laid out and painted, scroll bars shown, as on screen
    table = window.worklist.table
    visible = table.viewport().width()
    for column in KEY:
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnWidth(column) > 0 and right <= visible, (column.name, right, visible)
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    model = controller.model
    tip = model.data(model.index(0, Column.NEXT_ACTION), Qt.ItemDataRole.ToolTipRole)
    assert tip == model.data(model.index(0, Column.NEXT_ACTION))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_account_pane_shows_dates_in_the_languages_format(controller_factory, demo_dir, qtbot, lang):
    import re

    controller = open_desk(controller_factory, demo_dir, qtbot, lang=lang)
    qtbot.waitUntil(lambda: controller.current_view is not None and controller.window.account.timeline is not None,
                    timeout=10_000)
    shown = controller.window.account.browser.toPlainText()
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", shown), re.search(r".{30}\b20\d\d-\d\d-\d\d\b.{10}", shown)
