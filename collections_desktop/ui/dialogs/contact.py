"""Log a contact: channel, direction, outcome, note; a blocked attempt shows why and needs a reason to override."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
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

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit

CHANNELS = ("phone", "sms", "email", "letter", "portal")
OUTCOMES = ("CONVERSATION", "CONNECTED_NO_CONVERSATION", "VOICEMAIL_LCM", "NO_ANSWER", "BUSY", "NOT_IN_SERVICE",
            "NETWORK_FAIL", "WRONG_PARTY", "PROMISE_TO_PAY", "REFUSED_TO_PAY", "DISPUTE", "CEASE_REQUEST",
            "ATTORNEY", "OPT_OUT", "CONSENT_TO_CALL", "IDENTITY_VERIFIED", "VERIFICATION_SENT")


def outcome_text(code: str) -> str:
    t = {
        "CONVERSATION": QCoreApplication.translate("ContactDialog", "Spoke with the person"),
        "CONNECTED_NO_CONVERSATION": QCoreApplication.translate("ContactDialog", "Answered, no conversation"),
        "VOICEMAIL_LCM": QCoreApplication.translate("ContactDialog", "Left a limited-content voicemail"),
        "NO_ANSWER": QCoreApplication.translate("ContactDialog", "No answer"),
        "BUSY": QCoreApplication.translate("ContactDialog", "Busy"),
        "NOT_IN_SERVICE": QCoreApplication.translate("ContactDialog", "Number not in service"),
        "NETWORK_FAIL": QCoreApplication.translate("ContactDialog", "Call did not connect"),
        "WRONG_PARTY": QCoreApplication.translate("ContactDialog", "Wrong person"),
        "PROMISE_TO_PAY": QCoreApplication.translate("ContactDialog", "Promised to pay"),
        "REFUSED_TO_PAY": QCoreApplication.translate("ContactDialog", "Refused to pay"),
        "DISPUTE": QCoreApplication.translate("ContactDialog", "Disputes the bill"),
        "CEASE_REQUEST": QCoreApplication.translate("ContactDialog", "Asked us to stop contact"),
        "ATTORNEY": QCoreApplication.translate("ContactDialog", "Has an attorney"),
        "OPT_OUT": QCoreApplication.translate("ContactDialog", "Opted out of this channel"),
        "CONSENT_TO_CALL": QCoreApplication.translate("ContactDialog", "Asked us to call back"),
        "IDENTITY_VERIFIED": QCoreApplication.translate("ContactDialog", "Identity verified"),
        "VERIFICATION_SENT": QCoreApplication.translate("ContactDialog", "Sent the itemized bill (verification)"),
    }
    return t.get(code, code)


class ContactDialog(Retranslating, QDialog):
    """Emits `save_requested(channel, direction, outcome, note, override)`; the controller does the work."""

    # channel, direction, outcome, note, override, {"promise": [(date, amount)] or None, "follow_up": date or None}
    save_requested = Signal(str, str, str, str, str, object)
    check_requested = Signal(str)  # a channel: the engine's decision for it comes back through `show_decision`

    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.account = account
        self.channel = QComboBox()
        self.direction = QComboBox()
        self.outcome = QComboBox()
        for _ in CHANNELS:
            self.channel.addItem("")
        for _ in range(2):
            self.direction.addItem("")
        for _ in OUTCOMES:
            self.outcome.addItem("")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.override = QLineEdit()
        self.override_label = QLabel()
        self.promise_amount = QLineEdit()
        self.promise_amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{1,7}(\.\d{0,2})?$"),
                                                                     self))
        self.promise_date = date_edit(QDate.currentDate().addDays(7))
        self.promise_labels = [QLabel(), QLabel()]
        self.follow_up_on = QCheckBox()
        self.follow_up = date_edit(QDate.currentDate().addDays(3))
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.blocked = QLabel(wordWrap=True)
        self.blocked.setStyleSheet("color:#8a4b00;")
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.channel, self.direction, self.outcome, self.note), strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        for label, field in zip(self.promise_labels, (self.promise_amount, self.promise_date), strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.follow_up_on, self.follow_up)
        form.addRow(self.override_label, self.override)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.decision = QLabel(wordWrap=True)  # may this channel be used now, and if not why and from when
        self.decision.setObjectName("contact_decision")
        self.channel.currentIndexChanged.connect(
            lambda _index: self.check_requested.emit(CHANNELS[self.channel.currentIndex()]))
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addLayout(form)
        layout.addWidget(self.blocked)
        layout.addWidget(self.buttons)
        self.set_blocked("")
        self._outcome_changed()
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log contact — account %1").replace("%1", self.account))
        names = (self.tr("Phone"), self.tr("Text message"), self.tr("E-mail"), self.tr("Letter"), self.tr("Portal"))
        for index, name in enumerate(names):
            self.channel.setItemText(index, name)
        self.direction.setItemText(0, self.tr("We contacted them"))
        self.direction.setItemText(1, self.tr("They contacted us"))
        for index, code in enumerate(OUTCOMES):
            self.outcome.setItemText(index, outcome_text(code))
        for label, text in zip(self.labels, (self.tr("&Channel:"), self.tr("&Direction:"), self.tr("&Outcome:"),
                                             self.tr("&Note:")), strict=False):
            label.setText(text)
        self.override_label.setText(self.tr("Override &reason:"))
        self.promise_labels[0].setText(self.tr("Promised &amount:"))
        self.promise_labels[1].setText(self.tr("Promised &date:"))
        self.follow_up_on.setText(self.tr("&Follow up on:"))
        self.override.setAccessibleName(self.tr("Override reason"))
        self.note.setAccessibleName(self.tr("Note"))


    def _outcome_changed(self) -> None:
        promised = OUTCOMES[self.outcome.currentIndex()] == "PROMISE_TO_PAY"
        for widget in (self.promise_amount, self.promise_date, *self.promise_labels):
            widget.setVisible(promised)

    def extras(self) -> dict:
        """The promise (when the outcome is a promise to pay) and the next follow-up date, if set."""
        promise = [(self.promise_date.date().toPython(), self.promise_amount.text())] \
            if OUTCOMES[self.outcome.currentIndex()] == "PROMISE_TO_PAY" else None
        follow_up = self.follow_up.date().toPython() if self.follow_up_on.isChecked() else None
        return {"promise": promise, "follow_up": follow_up}

    def show_decision(self, text: str, allowed: bool) -> None:
        """The compliance decision for the chosen channel, before anything is typed."""
        self.decision.setText(text)
        self.decision.setStyleSheet("background:#e3f4e1; color:#1d3b1a; padding:6px;" if allowed
                                    else "background:#fbead0; color:#4a2c00; padding:6px;")

    def set_blocked(self, reasons: str) -> None:
        """Shows why the attempt is not allowed and the override field, which then needs a reason."""
        self.blocked.setText(reasons)
        for widget in (self.override, self.override_label):
            widget.setVisible(bool(reasons))
        self.buttons.setEnabled(True)

    def _save(self) -> None:
        if OUTCOMES[self.outcome.currentIndex()] == "PROMISE_TO_PAY" and not self.promise_amount.text():
            self.promise_amount.setFocus()
            self.blocked.setText(self.tr("Type the promised amount."))
            return
        if self.override.isVisible() and not self.override.text().strip():
            self.override.setFocus()
            self.blocked.setText(self.blocked.text() + "\n" + self.tr("Give a reason to record it anyway."))
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(CHANNELS[self.channel.currentIndex()],
                                 ("outbound", "inbound")[self.direction.currentIndex()],
                                 OUTCOMES[self.outcome.currentIndex()], self.note.toPlainText(),
                                 self.override.text().strip() if self.override.isVisible() else "", self.extras())
