"""The Preferences page for escalation, letters and financial assistance: the facility flag, the validation and
final notices, the least balance to escalate, credit reporting, and the sliding scale."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import checked_box

TIER_ROWS = 4  # lines of the sliding scale the page offers; a line up to 0 % is not used


class LadderPreferences(Retranslating, QWidget):
    """`changes()` gives {(section, key): value} for the policy fields it shows."""

    def __init__(self, values: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LadderPreferences")
        self.is_501r = checked_box(bool(values.get(("clinic", "is_501r_facility"))))
        self.validation_notice = checked_box(bool(values.get(("letters", "validation_notice"))))
        self.final_notice_days = QSpinBox(minimum=30, maximum=365,
                                          value=int(values.get(("letters", "final_notice_days")) or 30))
        self.minimum_balance = QLineEdit(str(values.get(("escalation", "minimum_balance")) or "25.00"))
        self.minimum_balance.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{1,5}(\.\d{0,2})?$"), self))
        self.credit_reporting = checked_box(bool(values.get(("escalation", "credit_reporting"))))
        tiers = list(values.get(("assistance", "tiers")) or [])
        self.tiers = [(QSpinBox(minimum=0, maximum=1000, singleStep=25), QSpinBox(minimum=0, maximum=100, singleStep=5))
                      for _ in range(TIER_ROWS)]
        for (line, discount), tier in zip(self.tiers, tiers, strict=False):
            line.setValue(int(tier.get("up_to_percent", 0)))
            discount.setValue(int(tier.get("discount_percent", 0)))
        self.letters_box, self.ladder_box, self.scale_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.labels = [QLabel() for _ in range(2)]
        letters = QFormLayout(self.letters_box)
        letters.addRow(self.is_501r)
        letters.addRow(self.validation_notice)
        letters.addRow(self.labels[0], self.final_notice_days)
        ladder = QFormLayout(self.ladder_box)
        ladder.addRow(self.labels[1], self.minimum_balance)
        ladder.addRow(self.credit_reporting)
        self.credit_hint = QLabel(wordWrap=True)
        ladder.addRow(self.credit_hint)
        for label, field in zip(self.labels, (self.final_notice_days, self.minimum_balance), strict=True):
            label.setBuddy(field)
        scale = QGridLayout(self.scale_box)
        self.scale_heads = [QLabel(), QLabel()]
        scale.addWidget(self.scale_heads[0], 0, 0)
        scale.addWidget(self.scale_heads[1], 0, 1)
        for row, (line, discount) in enumerate(self.tiers, start=1):
            scale.addWidget(line, row, 0)
            scale.addWidget(discount, row, 1)
        layout = QVBoxLayout(self)
        for box in (self.letters_box, self.ladder_box, self.scale_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.letters_box.setTitle(self.tr("Letters"))
        self.ladder_box.setTitle(self.tr("Escalation"))
        self.scale_box.setTitle(self.tr("Financial assistance: the clinic's sliding scale"))
        self.is_501r.setText(self.tr("Part of a 501(c)(3) hospital facility (IRS 501(r))"))
        self.validation_notice.setText(self.tr("Offer a validation notice with the first letter"))
        self.labels[0].setText(self.tr("Days a final notice gives the patient:"))
        self.labels[1].setText(self.tr("Least balance to escalate:"))
        self.credit_reporting.setText(self.tr("The clinic reports unpaid balances to the credit bureaus"))
        self.credit_hint.setText(self.tr("Never in the states that forbid it, under $500, within a year of the "
                                         "first statement, or before the patient was reached."))
        self.scale_heads[0].setText(self.tr("Income up to (% of the poverty guideline)"))
        self.scale_heads[1].setText(self.tr("Discount (%)"))
        for line, discount in self.tiers:
            line.setSuffix(" %")
            discount.setSuffix(" %")
            line.setSpecialValueText(self.tr("not used"))

    def changes(self) -> dict:
        tiers = [{"up_to_percent": line.value(), "discount_percent": discount.value()}
                 for line, discount in self.tiers if line.value() > 0]
        return {("clinic", "is_501r_facility"): self.is_501r.isChecked(),
                ("letters", "validation_notice"): self.validation_notice.isChecked(),
                ("letters", "final_notice_days"): self.final_notice_days.value(),
                ("escalation", "minimum_balance"): self.minimum_balance.text().strip(),
                ("escalation", "credit_reporting"): self.credit_reporting.isChecked(),
                ("assistance", "tiers"): tiers}
