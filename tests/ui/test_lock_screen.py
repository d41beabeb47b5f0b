"""The locked window: the vault's name and a passphrase field, the recovery-key path, nothing of a patient."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from collections_desktop.services.workspace import create_workspace
from collections_desktop.ui.panes.lock import UnlockPanel
from tests.conftest import PASSPHRASE


def _texts(widget):
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QLineEdit) if w.isVisibleTo(widget)]


def test_the_lock_screen_names_the_vault_and_asks_in_the_window(controller_factory, demo_dir, qtbot):
    controller = controller_factory(demo_dir)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockPanel), timeout=10_000)
    window, panel = controller.window, controller.window.lock_panel
    assert window.stack.currentWidget() is panel and panel.isVisible()
    assert panel.secret.isVisible() and panel.unlock_button.isVisible()
    assert "vault.db" in panel.vault.text() and "locked" in window.windowTitle()
    assert not panel.new_passphrase.isVisible()
    panel.use_recovery.setChecked(True)
    assert panel.new_passphrase.isVisible() and panel.recovery_hint.isVisible()
    assert panel.secret_label.text() == "&Recovery key:"
    panel.use_recovery.setChecked(False)
    panel.secret.setText(PASSPHRASE)
    panel.secret.returnPressed.emit()
    qtbot.waitUntil(lambda: controller.workspace is not None and controller.model.rowCount() > 0, timeout=20_000)
    assert controller.dialog is None and panel.secret.text() == ""
    assert "locked" not in window.windowTitle()
    window.set_vault_name("Valle Family Medicine")  # what Preferences' clinic name gives the title
    assert window.windowTitle().startswith("Valle Family Medicine — Collections Desk")
    names = {controller.model.data(controller.model.index(row, 0)) for row in range(5)}
    controller.lock()
    shown = " ".join(_texts(panel))
    assert not any(name and name in shown for name in names)
    assert window.windowTitle() == "Collections Desk — locked"


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(controller_factory, data_dir, qtbot):
    workspace, recovery_key = create_workspace(data_dir, PASSPHRASE)
    workspace.close()
    controller = controller_factory(data_dir)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockPanel), timeout=10_000)
    panel = controller.dialog
    panel.use_recovery.setChecked(True)
    panel.secret.setText(recovery_key)
    panel.new_passphrase.setText("short")
    panel.repeat.setText("short")
    panel.unlock_button.click()
    assert "12 characters" in panel.error.text() and panel.secret.isEnabled()
    panel.new_passphrase.setText("a brand new passphrase")
    panel.repeat.setText("a brand new passphrase!")
    panel.unlock_button.click()
    assert "do not match" in panel.error.text()
    panel.repeat.setText("a brand new passphrase")
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
    controller.lock()
    panel.secret.setText(PASSPHRASE)  # the old one no longer opens it
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=20_000)
    assert "Wrong passphrase" in panel.error.text()
    panel.secret.setText("a brand new passphrase")
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
