"""Signing in to the team's server: the person's name and password; a wrong pair is said without saying which."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from collections_desktop.ui.retranslate import Retranslating


class SignInDialog(Retranslating, QDialog):
    """Emits `sign_in_requested(name, password)`; the controller opens the server and answers."""

    sign_in_requested = Signal(str, str)

    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.server = server  # the server's name as the window shows it (never the password in the address)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.where = QLabel()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("sign_in_message")
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in to the team"))
        self.where.setText(self.tr("Team server: %1").replace("%1", self.server))
        self.labels[0].setText(self.tr("Your &name on the team:"))
        self.labels[1].setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()
        self.buttons.setEnabled(True)

    def _sign_in(self) -> None:
        if not self.name.text().strip() or not self.password.text():
            self.message.setText(self.tr("Type your name and your password."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        self.sign_in_requested.emit(self.name.text().strip(), self.password.text())
