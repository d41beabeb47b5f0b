"""Log a contact: channel, direction, outcome, note; a blocked attempt shows why and needs a reason to override."""

from __future__ import annotations

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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.services.outreach.contacts import ASKED_AFTER, REASONS
from collections_desktop.ui.badges import alert_style, filled_style
from collections_desktop.ui.dialogs.contact_choices import (
    CHANNELS,
    SOMEONE_ELSE,
    channel_text,
    outcome_text,
    outcomes_for,
    third_party_note,
)
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit, grow_to_fit
from collections_desktop.words import current_language, label, say

# Every outcome the service knows, for callers that pick one by code.
OUTCOMES = ("CONVERSATION", "CONNECTED_NO_CONVERSATION", "VOICEMAIL_LCM", "NO_ANSWER", "BUSY", "NOT_IN_SERVICE",
            "NETWORK_FAIL", "WRONG_PARTY", "PROMISE_TO_PAY", "REFUSED_TO_PAY", "DISPUTE", "CEASE_REQUEST",
            "ATTORNEY", "OPT_OUT", "CONSENT_TO_CALL", "IDENTITY_VERIFIED", "VERIFICATION_SENT", "SENT")


class ContactDialog(Retranslating, QDialog):
    """Emits `save_requested(channel, direction, outcome, note, override, extras)`; the controller does the work.

    `people` are the account's people as (key, label, may hear the balance): the guarantor first; the person
    reached is chosen among them or "someone else", which narrows the outcomes to those that tell nothing."""

    # channel, direction, outcome, note, override,
    # {"person": key, "promise": [(date, amount)] or None, "follow_up": date or None}
    save_requested = Signal(str, str, str, str, str, object)
    check_requested = Signal(str, str)  # channel, person: the engine's decision comes back through `show_decision`

    def __init__(self, account: str, parent: QWidget | None = None,
                 people: list[tuple[str, str, bool]] | None = None,
                 reasons: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.account = account
        # (code, English, Spanish): ours with no words of their own, then those the clinic's policy adds.
        self.reasons = reasons or [(code, "", "") for code in REASONS]
        self.people = people or [("guarantor", "", True)]
        self.channel = QComboBox()
        self.person = QComboBox()
        self.direction = QComboBox()
        self.outcome = QComboBox()
        for code in CHANNELS:
            self.channel.addItem("", code)
        for key, shown, _may_hear in self.people:
            self.person.addItem(shown, key)
        self.person.addItem("", SOMEONE_ELSE)
        for code in ("outbound", "inbound"):
            self.direction.addItem("", code)
        self.person_note = QLabel(wordWrap=True)
        self.person_note.setObjectName("person_note")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.override = QLineEdit()
        self.override_label = QLabel()
        self.promise_amount = QLineEdit()
        self.promise_amount.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{1,7}(\.\d{0,2})?$"),
                                                                     self))
        self.promise_date = date_edit(QDate.currentDate().addDays(7))
        self.reason = QComboBox()  # why the person says the bill is not paid, for the billing-issue reports
        self.reason.setObjectName("nonpayment_reason")
        self.reason.addItem("", "")
        for code, _en, _es in self.reasons:
            self.reason.addItem("", code)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.promise_labels = [QLabel(), QLabel()]
        self.follow_up_on = QCheckBox()
        self.follow_up = date_edit(QDate.currentDate().addDays(3))
        self.follow_up.setEnabled(False)
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        self.blocked = QLabel(wordWrap=True)
        self.blocked.setStyleSheet(alert_style(self, "hold"))
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        fields = (self.channel, self.person, self.direction, self.outcome, self.note)
        for caption, field in zip(self.labels, fields, strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
            if field is self.person:
                form.addRow(self.person_note)
        for caption, field in zip(self.promise_labels, (self.promise_amount, self.promise_date), strict=False):
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.follow_up_on, self.follow_up)
        form.addRow(self.override_label, self.override)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.decision = QLabel(wordWrap=True)  # may this channel be used now, and if not why and from when
        self.decision.setObjectName("contact_decision")
        self.channel.currentIndexChanged.connect(self._ask)
        self.person.currentIndexChanged.connect(self._ask)
        for combo in (self.channel, self.person, self.direction):
            combo.currentIndexChanged.connect(self._fill_outcomes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addLayout(form)
        layout.addWidget(self.blocked)
        layout.addWidget(self.buttons)
        self.set_blocked("")
        self._fill_outcomes()
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Log contact — account %1").replace("%1", self.account))
        for index, code in enumerate(CHANNELS):
            self.channel.setItemText(index, channel_text(code))
        self.person.setItemText(self.person.count() - 1, self.tr("Someone else (not on the account)"))
        self.direction.setItemText(0, self.tr("We contacted them"))
        self.direction.setItemText(1, self.tr("They contacted us"))
        channel = self.chosen_channel()
        for index in range(self.outcome.count()):
            self.outcome.setItemText(index, outcome_text(str(self.outcome.itemData(index)), channel))
        texts = (self.tr("&Channel:"), self.tr("&Person reached:"), self.tr("&Direction:"), self.tr("&Outcome:"),
                 self.tr("&Note:"))
        for caption, text in zip(self.labels, texts, strict=True):
            caption.setText(text)
        self._person_changed()
        self.override_label.setText(self.tr("Override &reason:"))
        self.promise_labels[0].setText(self.tr("Promised &amount:"))
        self.promise_labels[1].setText(self.tr("Promised &date:"))
        self.reason_label.setText(self.tr("Why &unpaid, as they said:"))
        self.reason.setItemText(0, self.tr("(not said)"))
        spanish = current_language() == "es"
        for index, (code, english, words_es) in enumerate(self.reasons, start=1):
            own = words_es if spanish else english
            self.reason.setItemText(index, label(own or say(f"reason_{code}")))
        self.follow_up_on.setText(self.tr("&Follow up on:"))
        self.override.setAccessibleName(self.tr("Override reason"))
        self.note.setAccessibleName(self.tr("Note"))


    def chosen_channel(self) -> str:
        return str(self.channel.currentData())

    def chosen_person(self) -> str:
        """The person the contact counts for: the one reached, or the guarantor when someone else answered."""
        key = str(self.person.currentData())
        return self.people[0][0] if key == SOMEONE_ELSE else key

    def chosen_outcome(self) -> str:
        return str(self.outcome.currentData() or "")

    def may_hear_balance(self) -> bool:
        key = str(self.person.currentData())
        return any(k == key and may_hear for k, _label, may_hear in self.people)

    def _ask(self) -> None:
        self.check_requested.emit(self.chosen_channel(), self.chosen_person())

    def _fill_outcomes(self) -> None:
        """The outcomes of this channel and direction; with a person who may not hear the balance, only those
        that tell them nothing."""
        chosen, channel = self.chosen_outcome(), self.chosen_channel()
        codes = outcomes_for(channel, str(self.direction.currentData()), third_party=not self.may_hear_balance())
        self.outcome.blockSignals(True)
        self.outcome.clear()
        for code in codes:
            self.outcome.addItem(outcome_text(code, channel), code)
        self.outcome.setCurrentIndex(max(self.outcome.findData(chosen), 0))
        self.outcome.blockSignals(False)
        self._outcome_changed()
        self._person_changed()

    def _person_changed(self) -> None:
        told = self.may_hear_balance()
        self.person_note.setText("" if told else third_party_note())
        self.form.setRowVisible(self.person_note, not told)

    def _outcome_changed(self) -> None:
        promised = self.chosen_outcome() == "PROMISE_TO_PAY"
        for widget in (self.promise_amount, self.promise_date, *self.promise_labels):
            widget.setVisible(promised)
        asked = self.chosen_outcome() in ASKED_AFTER and self.may_hear_balance()
        self.form.setRowVisible(self.reason, asked)
        if not asked:
            self.reason.setCurrentIndex(0)

    def choose_outcome(self, code: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(code))

    def extras(self) -> dict:
        """The person, the promise (when the outcome is a promise to pay) and the next follow-up date, if set."""
        promise = [(self.promise_date.date().toPython(), self.promise_amount.text())] \
            if self.chosen_outcome() == "PROMISE_TO_PAY" else None
        follow_up = self.follow_up.date().toPython() if self.follow_up_on.isChecked() else None
        return {"person": self.chosen_person(), "promise": promise, "follow_up": follow_up,
                "reason": str(self.reason.currentData() or "")}

    def show_decision(self, text: str, allowed: bool) -> None:
        """The compliance decision for the chosen channel, before anything is typed."""
        self.decision.setText(text)
        self.decision.setStyleSheet(filled_style("ok" if allowed else "hold"))
        grow_to_fit(self)

    def set_blocked(self, reasons: str) -> None:
        """Shows why the attempt is not allowed and the override field, which then needs a reason."""
        self.blocked.setText(reasons)
        for widget in (self.override, self.override_label):
            widget.setVisible(bool(reasons))
        self.buttons.setEnabled(True)

    def _save(self) -> None:
        if self.chosen_outcome() == "PROMISE_TO_PAY" and not self.promise_amount.text():
            self.promise_amount.setFocus()
            self.blocked.setText(self.tr("Type the promised amount."))
            return
        if self.override.isVisible() and not self.override.text().strip():
            self.override.setFocus()
            self.blocked.setText(self.blocked.text() + "\n" + self.tr("Give a reason to record it anyway."))
            return
        self.buttons.setEnabled(False)
        self.save_requested.emit(self.chosen_channel(), str(self.direction.currentData()),
                                 self.chosen_outcome(), self.note.toPlainText(),
                                 self.override.text().strip() if self.override.isVisible() else "", self.extras())
