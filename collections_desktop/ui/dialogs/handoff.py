"""Hand a claim to the billing or denials team with why, or record the answer the team sent back."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.services.outreach.handoffs import ANSWERS, REASONS, TEAMS
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import label, say


class HandoffDialog(Retranslating, QDialog):
    """Sending: emits `send_requested(claim, team, reason, note)`, the claim chosen among `claims` ((claim, how it
    reads) pairs; the one clicked first). Answering (`answering=True`): emits
    `answer_requested(answer, adjustment, note)`. The operation saves it, or the dialog says why not."""

    send_requested = Signal(str, str, str, str)  # claim, team, reason, note
    answer_requested = Signal(str, str, str)

    def __init__(self, account: str, claim: str, *, answering: bool = False, team: str = "billing",
                 claims: list[tuple[str, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HandoffDialog")
        self.account, self.claim, self.answering, self.sent_to = account, claim, answering, team
        self.team, self.reason, self.answer = QComboBox(), QComboBox(), QComboBox()
        self.claim_box = QComboBox()
        self.claim_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, shown in claims or [(claim, claim)]:
            self.claim_box.addItem(shown, code)
        self.claim_box.setCurrentIndex(max(self.claim_box.findData(claim), 0))
        for combo, codes in ((self.team, TEAMS), (self.reason, REASONS), (self.answer, ANSWERS)):
            for code in codes:
                combo.addItem("", code)
        self.adjustment = QLineEdit()
        self.adjustment.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{1,7}(\.\d{0,2})?$"), self))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.problem = QLabel(wordWrap=True)
        self.form = QFormLayout()
        fields = ((self.answer, self.adjustment, self.note) if answering
                  else (self.claim_box, self.team, self.reason, self.note))
        self.labels = [QLabel() for _ in fields]
        for caption, field in zip(self.labels, fields, strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        for unused in ((self.claim_box, self.team, self.reason) if answering else (self.answer, self.adjustment)):
            unused.setParent(self)
            unused.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.answer.currentIndexChanged.connect(self._fit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _fit(self) -> None:
        if self.answering:
            self.form.setRowVisible(self.adjustment, self.answer.currentData() == "adjusted")
            self.adjustSize()

    def _save(self) -> None:
        self.problem.clear()
        note = self.note.toPlainText()
        if self.answering:
            self.answer_requested.emit(str(self.answer.currentData()), self.adjustment.text().strip(), note)
        else:
            self.send_requested.emit(str(self.claim_box.currentData()), str(self.team.currentData()),
                                     str(self.reason.currentData()), note)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        for combo, prefix in ((self.team, "team_"), (self.reason, "handoff_reason_"), (self.answer, "answer_")):
            for index in range(combo.count()):
                combo.setItemText(index, label(say(f"{prefix}{combo.itemData(index)}")))
        if self.answering:
            title = self.tr("Answer from the %1 team about claim %2").replace("%1", say(f"team_{self.sent_to}"))
            texts: tuple[str, ...] = (self.tr("Answer"), self.tr("Amount taken off"), self.tr("Note"))
            self.note.setPlaceholderText(self.tr("What the team said (kept with the account)"))
        else:
            title = self.tr("Hand a claim to billing or denials")
            texts = (self.tr("Claim"), self.tr("Team"), self.tr("Why"), self.tr("Note"))
            self.note.setPlaceholderText(self.tr("What the team needs to know (kept with the hand-off)"))
        self.setWindowTitle(title.replace("%2", self.claim))
        for shown, text in zip(self.labels, texts, strict=True):
            shown.setText(text + ":")
        self._fit()
