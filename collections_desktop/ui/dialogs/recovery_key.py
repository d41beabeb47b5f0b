"""Shows the one-time recovery key and asks the user to confirm they have written it down."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from collections_desktop.ui.retranslate import Retranslating


class RecoveryKeyDialog(Retranslating, QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.explain = QLabel(wordWrap=True)
        self.key = QLineEdit(recovery_key, readOnly=True)
        self.key.setFont(QFont("DejaVu Sans Mono"))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.confirm = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.key, self.confirm, self.buttons):
            layout.addWidget(widget)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Your recovery key"))
        self.explain.setText(self.tr(
            "If you forget your passphrase, this key is the only way back into the vault. "
            "Write it down and keep it somewhere safe. It is shown only once."))
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.confirm.setText(self.tr("I have written the recovery key down"))

