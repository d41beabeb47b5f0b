"""Unlock: the passphrase (or the recovery key), and 'remember on this device' only where a real keyring exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating


class UnlockDialog(Retranslating, QDialog):
    """Emits `unlock_requested(secret, is_recovery_key, remember)`; the caller does the work off the GUI thread."""

    unlock_requested = Signal(str, bool, bool)

    def __init__(self, keyring_available: bool, parent: QWidget | None = None, *, plaintext_keyring: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.keyring_available = keyring_available
        self.plaintext_keyring = plaintext_keyring  # a keyring refused because it stores secrets unencrypted
        self.intro = QLabel(wordWrap=True)
        self.secret_label = QLabel()
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.use_recovery = QCheckBox()
        self.remember = QCheckBox()
        self.remember.setVisible(keyring_available)
        self.no_keyring = QLabel(wordWrap=True)
        self.no_keyring.setVisible(not keyring_available)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.remember)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_unlock)
        self.buttons.rejected.connect(self.reject)
        self.use_recovery.toggled.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Unlock Collections Desk"))
        self.intro.setText(self.tr("The vault is locked. Patient information stays hidden until you unlock it."))
        recovery = self.use_recovery.isChecked()
        self.secret_label.setText(self.tr("&Recovery key:") if recovery else self.tr("&Passphrase:"))
        self.secret.setAccessibleName(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self.use_recovery.setText(self.tr("I forgot my passphrase; use the recovery key"))
        self.remember.setText(self.tr("Remember on this device"))
        if self.plaintext_keyring:
            self.no_keyring.setText(self.tr(
                "This computer's keyring ({name}) stores secrets unencrypted, so it is not used: the passphrase "
                "is asked every time.").format(name=self.plaintext_keyring))
        else:
            self.no_keyring.setText(self.tr(
                "This computer has no system keyring, so the passphrase is asked every time."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))


    def set_busy(self, busy: bool) -> None:
        self.secret.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.secret.selectAll()
        self.secret.setFocus()

    def _on_unlock(self) -> None:
        if not self.secret.text():
            self.show_error(self.tr("Type the passphrase to unlock."))
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.secret.text(), self.use_recovery.isChecked(),
                                   self.remember.isVisible() and self.remember.isChecked())

