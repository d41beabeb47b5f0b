"""Record a payment: amount, method, the day it was paid (never later than today; dated back, with why) and a
reference suited to the method (never a card number); an overpayment needs a second look."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit, fit_hints

METHODS = ("cash", "check", "card", "ach", "portal", "other")


class PaymentDialog(Retranslating, QDialog):
    """Emits `save_requested(amount, method, reference, allow_overpayment)`; the controller does the work."""

    save_requested = Signal(str, str, str, bool)
    print_requested = Signal()
    save_receipt_requested = Signal()

    def __init__(self, account: str, due: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.account, self.due = account, due
        self.amount = QLineEdit()
        self.amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{1,7}(\.\d{0,2})?$"), self))
        self.method = QComboBox()
        for _ in METHODS:
            self.method.addItem("")
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.paid_on = date_edit(QDate.currentDate())
        self.paid_on.setMaximumDate(QDate.currentDate())  # a payment expected later is a promise or a plan
        self.why_late = QLineEdit()
        self.why_late.setMaxLength(200)
        self.overpay = QCheckBox()
        self.overpay.setVisible(False)
        self.message = QLabel(wordWrap=True)
        self.balance = QLabel()  # the patient's balance, to read back before typing the amount
        self.balance.setObjectName("payment_balance")
        self.caution = QLabel(wordWrap=True)  # what to tell the patient before taking the money (F-17)
        self.caution.setObjectName("payment_caution")
        self.caution.setVisible(False)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        self.form = form
        for label, field in zip(self.labels, (self.amount, self.method, self.paid_on, self.why_late, self.reference),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.setRowVisible(self.why_late, False)
        self.paid_on.dateChanged.connect(self._dated)
        self.method.currentIndexChanged.connect(lambda _index: self._reference_hint())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.after = QDialogButtonBox()
        self.print_button = self.after.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.after.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.after.addButton(QDialogButtonBox.StandardButton.Close)
        self.after.setVisible(False)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_receipt_requested)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(self.caution)
        layout.addLayout(form)
        layout.addWidget(self.overpay)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.addWidget(self.after)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record payment — account %1").replace("%1", self.account))
        names = (self.tr("Cash"), self.tr("Check"), self.tr("Card"), self.tr("Bank transfer"),
                 self.tr("Patient portal"), self.tr("Other"))
        for index, name in enumerate(names):
            self.method.setItemText(index, name)
        for label, text in zip(self.labels, (self.tr("&Amount:"), self.tr("&Method:"), self.tr("Paid &on:"),
                                             self.tr("&Why only now:"), self.tr("&Reference:")), strict=True):
            label.setText(text)
        self.balance.setText(self.tr("Patient balance: %1").replace("%1", self.due))
        self.amount.setPlaceholderText(self.tr("Dollars and cents, e.g. 25.00"))
        self.why_late.setPlaceholderText(self.tr("Why a payment made days ago is recorded only now (kept)"))
        self._reference_hint()
        self.overpay.setText(self.tr("Keep the amount over the balance as a credit"))
        self.print_button.setText(self.tr("&Print receipt…"))
        self.save_button.setText(self.tr("&Save receipt…"))

    def _reference_hint(self) -> None:
        hints = {"cash": self.tr("Receipt number, if any"), "check": self.tr("Check number"),
                 "card": self.tr("Authorization code — never the card number"),
                 "ach": self.tr("Bank transfer trace number"), "portal": self.tr("Portal confirmation number"),
                 "other": self.tr("Where the payment came from")}
        self.reference.setPlaceholderText(hints[METHODS[max(self.method.currentIndex(), 0)]])
        fit_hints(self)

    def _dated(self) -> None:
        """A payment dated before today asks why it is recorded only now (the service decides if it must)."""
        self.form.setRowVisible(self.why_late, self.paid_on.date() < QDate.currentDate())
        self.adjustSize()

    def paid_day(self) -> date:
        chosen = self.paid_on.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def show_recorded(self, text: str) -> None:
        """The payment is saved: the form locks and the receipt can be printed or saved before closing."""
        self.message.setText(text)
        for widget in (self.amount, self.method, self.paid_on, self.why_late, self.reference, self.overpay):
            widget.setEnabled(False)
        self.buttons.setVisible(False)
        self.after.setVisible(True)
        self.close_button.setFocus()

    def show_caution(self, text: str) -> None:
        """A warning to read before the payment is taken (the debt is time-barred); the text comes translated."""
        self.caution.setText(f"⚠ {text}")
        self.caution.setVisible(bool(text))
        self.adjustSize()

    def show_problem(self, text: str, *, overpayment: bool = False) -> None:
        self.message.setText(text)
        if overpayment:
            self.overpay.setVisible(True)
        self.buttons.setEnabled(True)

    def _save(self) -> None:
        if not self.amount.text():
            self.show_problem(self.tr("Type the amount paid."))
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(self.amount.text(), METHODS[self.method.currentIndex()], self.reference.text(),
                                 self.overpay.isVisible() and self.overpay.isChecked())
