"""First run: create the encrypted vault with a passphrase, or explore synthetic demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.badges import alert_style
from collections_desktop.ui.retranslate import Retranslating

MIN_PASSPHRASE = 12


class FirstRunDialog(Retranslating, QDialog):
    """Asks for a new passphrase twice (checked here before any work) or offers demo data."""

    create_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunDialog")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.intro = QLabel(wordWrap=True)
        self.create_box = QGroupBox()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.repeat_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.create_button = QPushButton(default=True)
        form = QFormLayout(self.create_box)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.create_button)
        self.demo_box = QGroupBox()
        self.demo_text = QLabel(wordWrap=True)
        self.demo_button = QPushButton()
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.addWidget(self.demo_text)
        demo_layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(alert_style(self))
        self.error.setAccessibleName("error")
        layout = QVBoxLayout(self)
        # Grows to what its wrapped words need at any scale (a wrapped label's height follows its width).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.intro)
        layout.addWidget(self.create_box)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.error)
        self.create_button.clicked.connect(self._on_create)
        self.demo_button.clicked.connect(self._on_demo)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Collections Desk"))
        self.intro.setText(self.tr(
            "Patient balances are kept only in an encrypted vault on this computer. "
            "Choose a passphrase of at least 12 characters; you will also get a recovery key."))
        self.create_box.setTitle(self.tr("Create my vault"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.create_button.setText(self.tr("Create vault"))
        self.demo_box.setTitle(self.tr("Just looking?"))
        self.demo_text.setText(self.tr(
            "Open a separate vault filled with invented patients to try the desk. No real data goes there."))
        self.demo_button.setText(self.tr("Explore demo data"))


    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.create_button, self.demo_button):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)

    def _on_create(self) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        if len(first) < MIN_PASSPHRASE:
            self.show_error(self.tr("The passphrase must be at least 12 characters long."))
            return
        if first != second:
            self.show_error(self.tr("The two passphrases do not match."))
            return
        self.error.clear()
        self.set_busy(True)
        self.create_requested.emit(first)

    def _on_demo(self) -> None:
        self.error.clear()
        self.set_busy(True)
        self.demo_requested.emit()
