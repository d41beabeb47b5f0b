"""Write a note on the account on screen; pinned notes head the account and stay in view while calling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from collections_desktop.ui.retranslate import Retranslating


class NoteDialog(Retranslating, QDialog):
    """Emits `save_requested(text, pinned)`; the operation saves it, or the dialog shows why not."""

    save_requested = Signal(str, bool)

    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NoteDialog")
        self.account = account
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.pinned = QCheckBox()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.save_requested.emit(self.text.toPlainText(),
                                                                       self.pinned.isChecked()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.pinned, self.problem, self.buttons):
            layout.addWidget(widget)
        self.resize(460, 260)
        self.retranslate_ui()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Note on account %1").replace("%1", self.account))
        self.text.setPlaceholderText(self.tr("What to remember about this account (kept in the vault)"))
        self.text.setAccessibleName(self.tr("Note"))
        self.pinned.setText(self.tr("Pin to the top of the account and the call script"))
