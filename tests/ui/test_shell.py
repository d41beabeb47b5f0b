"""The window shell with real Qt offscreen: first run, unlock, lock, live language switch."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.dialogs.first_run import FirstRunDialog
from collections_desktop.ui.panes.lock import UnlockPanel
from tests.conftest import PASSPHRASE


def test_pyside_void_calls_do_not_leak_none_references(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        label.setText("x")
        label.clear()
    assert sys.getrefcount(None) >= before - 50


def test_first_run_creates_a_vault_and_shows_the_recovery_key(controller_factory, data_dir, qtbot):
    controller = controller_factory(data_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog)
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.create_button.click()
    assert "12" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.create_button.click()
    assert "match" in dialog.error.text()
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: controller.recovery_dialog is not None, timeout=10_000)
    recovery = controller.recovery_dialog
    assert len(recovery.key.text().split("-")) == 13
    recovery.confirm.setChecked(True)
    recovery.accept()
    qtbot.waitUntil(lambda: controller.window.summary is not None, timeout=10_000)
    assert controller.window.summary == (0, 0, 0)
    assert (data_dir / "vault.db").exists()


def unlock(controller, qtbot, secret=PASSPHRASE):
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockPanel), timeout=10_000)
    controller.dialog.secret.setText(secret)
    controller.dialog.unlock_button.click()


def test_unlock_wrong_then_right_then_lock_hides_everything(controller_factory, demo_dir, qtbot):
    controller = controller_factory(demo_dir)
    controller.start()
    unlock(controller, qtbot, "wrong passphrase!!")
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "Wrong passphrase or recovery key" in dialog.error.text()
    assert dialog.secret.isEnabled()
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.window.summary is not None, timeout=10_000)
    assert controller.window.stack.currentWidget() is controller.window.desk
    assert "$" in controller.window.status_label.text()
    controller.window.registry[MainAction.LOCK].trigger()
    assert controller.workspace is None
    assert controller.window.stack.currentWidget() is controller.window.lock_panel
    assert controller.window.status_label.text() == ""
    assert controller.dialog.secret.text() == "" and controller.dialog.error.text() == ""
    assert isinstance(controller.dialog, UnlockPanel)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.window.summary is not None, timeout=10_000)


def test_language_switches_live_everywhere(controller_factory, demo_dir, qtbot):
    controller = controller_factory(demo_dir)
    controller.start()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockPanel), timeout=10_000)
    window, dialog = controller.window, controller.dialog
    assert window.file_menu.title() == "&File"
    assert dialog.secret_label.text() == "&Passphrase:"
    controller.window.registry[MainAction.LANGUAGE_ES].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Archivo", timeout=2000)
    assert window.registry[MainAction.LOCK].text() == "&Bloquear"
    assert dialog.secret_label.text() == "&Frase de contraseña:"
    assert dialog.unlock_button.text() == "&Desbloquear"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    controller.window.registry[MainAction.LANGUAGE_EN].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert dialog.secret_label.text() == "&Passphrase:"


def test_demo_data_opens_in_its_own_vault(controller_factory, data_dir, qtbot):
    controller = controller_factory(data_dir, lang="es")
    controller.start()
    controller.dialog.demo_button.click()
    qtbot.waitUntil(lambda: controller.window.summary is not None, timeout=60_000)
    assert controller.window.summary[0] == 300
    assert "DEMOSTRACIÓN" in controller.window.windowTitle()
    assert not (data_dir / "vault.db").exists() and (data_dir / "demo" / "vault.db").exists()
    controller.window.grab().save(str(data_dir.parent / "demo-es.png"))
