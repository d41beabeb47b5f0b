"""Screening for financial assistance with the patient on the phone: household, income and how often it comes,
the answer as they are typed (the percent of the poverty guideline, the likely discount, what would be left,
what to send), then the screening recorded on the account."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import say


class ScreeningDialog(Retranslating, QDialog):
    """Emits `answers_changed(household, income, period)` as they change (the operation answers with
    `show_answer`) and `record_wanted(household, income, period)` when the specialist records it."""

    answers_changed = Signal(int, str, str)
    record_wanted = Signal(int, str, str)

    def __init__(self, account: str, periods: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreeningDialog")
        self.account = account
        self.household = QSpinBox(minimum=1, maximum=30, value=1)
        self.household.setObjectName("screening_household")
        self.income = QLineEdit()
        self.income.setObjectName("screening_income")
        self.income.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{1,7}(\.\d{0,2})?$"), self))
        self.period = QComboBox()
        for code in periods:
            self.period.addItem("", code)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.answer = QLabel(wordWrap=True)
        self.answer.setObjectName("screening_answer")
        self.answer.setMinimumHeight(120)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record = QPushButton()
        self.record.setObjectName("screening_record")
        self.record.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.record, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for caption, field in zip(self.labels, (self.household, self.income, self.period), strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer, 1)
        layout.addWidget(buttons)
        self.household.valueChanged.connect(self._changed)
        self.income.textChanged.connect(self._changed)
        self.period.currentIndexChanged.connect(self._changed)
        self.record.clicked.connect(lambda: self.record_wanted.emit(*self.answers()))
        self.resize(520, 380)
        self.retranslate_ui()

    def answers(self) -> tuple[int, str, str]:
        return self.household.value(), self.income.text().strip(), str(self.period.currentData())

    def _changed(self) -> None:
        self.answers_changed.emit(*self.answers())

    def show_answer(self, lines: list[str]) -> None:
        """The screening so far (empty: the answers are incomplete)."""
        self.answer.setText("\n\n".join(lines) if lines else self.tr("Type the household's income to see the "
                                                                     "likely tier."))
        self.record.setEnabled(bool(lines))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Financial assistance screening for account %1").replace("%1", self.account))
        self.labels[0].setText(self.tr("People in the &household:"))
        self.labels[1].setText(self.tr("Household &income, $:"))
        self.labels[2].setText(self.tr("&Counted over:"))
        for index in range(self.period.count()):
            self.period.setItemText(index, say(f"period_{self.period.itemData(index)}"))
        self.record.setText(self.tr("&Record the screening"))
        self._changed()
