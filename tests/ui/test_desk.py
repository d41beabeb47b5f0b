"""The desk in the window: the worklist fills after unlock, selecting shows the account, lock empties both."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.test_shell import unlock


def open_desk(controller_factory, demo_dir, qtbot, lang="en"):
    controller = controller_factory(demo_dir, lang)
    controller.start()
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0, timeout=20_000)
    return controller


def test_worklist_fills_and_the_detail_follows_the_selection(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    pane = controller.window.worklist
    qtbot.waitUntil(lambda: controller.window.account.view is not None, timeout=10_000)
    first = controller.window.account.view
    assert first.number == controller.model.account_number(0)
    assert first.guarantor.name in controller.window.account.browser.toPlainText()
    pane.move(1)
    qtbot.waitUntil(lambda: controller.window.account.view.number == controller.model.account_number(1),
                    timeout=10_000)


def test_search_and_views_requery_in_sql(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    pane = controller.window.worklist
    number = controller.model.account_number(0)
    pane.view_box.setCurrentIndex(pane.view_box.count() - 1)  # All accounts
    qtbot.waitUntil(lambda: controller.model.rowCount() == 400, timeout=10_000)
    pane.search.setText(number)
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=10_000)
    assert controller.model.account_number(0) == number


def test_language_switch_reaches_the_desk_and_lock_empties_it(controller_factory, demo_dir, qtbot):
    from collections_desktop.ui.actions import MainAction

    controller = open_desk(controller_factory, demo_dir, qtbot)
    window = controller.window
    window.registry[MainAction.LANGUAGE_ES].trigger()
    qtbot.waitUntil(lambda: window.worklist.view_box.itemText(0) == "Hoy", timeout=2000)
    assert controller.model.headerData(2, Qt.Orientation.Horizontal) == "Saldo"
    window.registry[MainAction.LOCK].trigger()
    assert controller.model.rowCount() == 0 and window.account.view is None
    assert window.stack.currentWidget() is window.placeholder
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
    from collections_desktop.ui.dialogs.unlock import UnlockDialog
    from collections_desktop.ui.idle import MAXIMUM_MINUTES

    controller = open_desk(controller_factory, demo_dir, qtbot)
    controller.idle.set_minutes(60)
    assert controller.idle.minutes == MAXIMUM_MINUTES  # never longer than fifteen minutes
    controller.idle.set_minutes(0.005)  # 0.3 s for the test
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    assert controller.model.rowCount() == 0 and controller.window.account.view is None
    assert isinstance(controller.dialog, UnlockDialog)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.model.rowCount() > 0, timeout=20_000)
