"""Write an e-mail or portal message from a template: the situation, the language, a statement for the portal,
a preview as the patient will read it, then an e-mail draft for the mail client or a copy for the portal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import say


class MessageDialog(Retranslating, QDialog):
    """Emits `preview_wanted(situation, language, attach)` when a choice changes (the operation answers with
    `show_preview`) and `hand_over(channel, situation, language, attach)` with channel "email" or "portal"."""

    preview_wanted = Signal(str, str, bool)
    hand_over = Signal(str, str, str, bool)

    def __init__(self, account: str, situations: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageDialog")
        self.account = account
        self.situation, self.language = QComboBox(), QComboBox()
        self.situation.setObjectName("message_situation")
        for code in situations:
            self.situation.addItem("", code)
        for code in ("", "en", "es"):
            self.language.addItem("", code)
        self.attach = QCheckBox()
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setObjectName("message_preview")
        self.problem = QLabel(wordWrap=True)
        self.labels = [QLabel(), QLabel()]
        self.email, self.portal = QPushButton(), QPushButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.email, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.portal, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for caption, field in zip(self.labels, (self.situation, self.language), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow(self.attach)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for signal in (self.situation.currentIndexChanged, self.language.currentIndexChanged):
            signal.connect(self.ask_preview)
        self.attach.toggled.connect(self.ask_preview)
        self.email.clicked.connect(lambda: self._hand_over("email"))
        self.portal.clicked.connect(lambda: self._hand_over("portal"))
        self.resize(560, 480)
        self.retranslate_ui()

    def chosen(self) -> tuple[str, str, bool]:
        return str(self.situation.currentData()), str(self.language.currentData() or ""), self.attach.isChecked()

    def ask_preview(self) -> None:
        self.problem.clear()
        self.email.setEnabled(not self.attach.isChecked())  # plain e-mail carries no statement (H-07)
        self.preview_wanted.emit(*self.chosen())

    def _hand_over(self, channel: str) -> None:
        self.hand_over.emit(channel, *self.chosen())

    def show_preview(self, subject: str, body: str) -> None:
        self.preview.setPlainText(f"{subject}\n\n{body}")

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Message for account %1").replace("%1", self.account))
        self.labels[0].setText(self.tr("&Situation:"))
        self.labels[1].setText(self.tr("&Language:"))
        for index in range(self.situation.count()):
            self.situation.setItemText(index, say(f"message_{self.situation.itemData(index)}"))
        self.language.setItemText(0, self.tr("The patient's own"))
        self.language.setItemText(1, "English")
        self.language.setItemText(2, "Español")
        self.attach.setText(self.tr("Attach the statement (portal only: plain e-mail carries none)"))
        self.email.setText(self.tr("Save as &e-mail draft…"))
        self.portal.setText(self.tr("Copy for the &portal…"))
        self.preview.setAccessibleName(self.tr("Message preview"))
