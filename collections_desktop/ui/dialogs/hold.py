"""Set, follow or end a hold on the account on screen, with why and what is known about it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.services.outreach.holds import ADJUSTING, DETAILS, KINDS, OUTCOMES, WHOLE_BALANCE
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit, fit_hints
from collections_desktop.words import label, say

# The account-wide holds, then insurance pending, which is set and ended claim by claim.
SHOWN_KINDS = (*KINDS, "insurance_pending")
NO_DAY = QDate(2000, 1, 1)  # the minimum of a day field: shown as "—", read as not given


def _day_field() -> QDateEdit:
    field = date_edit(NO_DAY)
    field.setMinimumDate(NO_DAY)
    field.setSpecialValueText("—")
    field.setDate(NO_DAY)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


class HoldDialog(Retranslating, QDialog):
    """Emits `save_requested(action, kind, values)`: action `set`, `update` or `release`; values the details,
    the reason and, when ending, the outcome and its amount. The operation saves it, or the dialog says why not."""

    save_requested = Signal(str, str, dict)

    def __init__(self, account: str, active: dict[str, dict[str, str]], kind: str = "",
                 parent: QWidget | None = None, *, due: str = "", claims: dict[str, bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HoldDialog")
        self.account, self.active, self.due = account, active, due
        self.claims = claims or {}  # each claim of the account: whether its balance waits on insurance
        self.claim = QComboBox()
        self.claim.setObjectName("hold_claim")
        for claim in self.claims:
            self.claim.addItem(claim, claim)
        self.effect = QLabel(wordWrap=True)  # what ending the hold this way does to the balance
        self.kind = QComboBox()
        self.kind.setObjectName("hold_kind")
        for code in SHOWN_KINDS:
            self.kind.addItem("", code)
        self.action = QComboBox()
        self.action.setObjectName("hold_action")
        self.outcome = QComboBox()
        self.outcome.setObjectName("hold_outcome")
        self.case_number = QLineEdit(maxLength=40)
        self.chapter = QComboBox()
        for chapter in ("", "7", "11", "12", "13"):
            self.chapter.addItem(chapter, chapter)
        self.filed_on, self.verification_sent_on, self.cure_by = _day_field(), _day_field(), _day_field()
        self.contact = QLineEdit(maxLength=200)
        self.adjustment = QLineEdit(maxLength=12)
        self.discount = QLineEdit(maxLength=6)
        self.written_request = QCheckBox()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.problem = QLabel(wordWrap=True)
        self.form = QFormLayout()
        self.rows: dict[str, QWidget] = {
            "kind": self.kind, "claim": self.claim, "action": self.action, "outcome": self.outcome,
            "case_number": self.case_number,
            "chapter": self.chapter, "filed_on": self.filed_on, "verification_sent_on": self.verification_sent_on,
            "cure_by": self.cure_by, "contact": self.contact, "adjustment": self.adjustment,
            "discount": self.discount, "written_request": self.written_request, "reason": self.reason}
        self.labels: dict[str, QLabel] = {}
        for name, widget in self.rows.items():
            caption = QLabel()
            caption.setBuddy(widget)
            self.labels[name] = caption
            self.form.addRow(caption, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.effect)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if kind in SHOWN_KINDS:
            self.kind.setCurrentIndex(SHOWN_KINDS.index(kind))
        elif active:
            first = next(iter(active))
            self.kind.setCurrentIndex(SHOWN_KINDS.index(first) if first in SHOWN_KINDS else 0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.claim.currentIndexChanged.connect(self._kind_changed)
        self.action.currentIndexChanged.connect(self._fit)
        self.outcome.currentIndexChanged.connect(self._fit)
        self.retranslate_ui()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_action(self) -> str:
        return str(self.action.currentData() or "set")

    def _kind_changed(self) -> None:
        self.retranslate_ui()

    def _fit(self) -> None:
        """Shows the fields the chosen hold and step use, and nothing else."""
        kind, action = self.current_kind(), self.current_action()
        outcome = str(self.outcome.currentData() or "")
        shown = {"kind", "action", "reason"}
        if kind == "insurance_pending":
            shown.add("claim")
        elif action in ("set", "update"):
            shown |= {"contact" if name.endswith("_contact") else name for name in DETAILS.get(kind, ())}
            if action == "set":
                shown -= {"verification_sent_on", "cure_by"}  # they come later in the hold's life
        else:
            shown |= {"outcome"} if kind in OUTCOMES else set()
            if (kind, outcome) in ADJUSTING and (kind, outcome) not in WHOLE_BALANCE:
                shown.add("adjustment")
            if (kind, outcome) == ("financial_assistance_pending", "approved"):
                shown.add("discount")
            if kind == "cease_contact":
                shown.add("written_request")
        whole = action == "release" and (kind, outcome) in WHOLE_BALANCE
        self.effect.setText(self.tr("The whole patient balance, %1, is written off.").replace("%1", self.due)
                            if whole and self.due else "")
        self.effect.setVisible(bool(self.effect.text()))
        for name, widget in self.rows.items():
            self.form.setRowVisible(widget, name in shown)
        self.adjustSize()

    def values(self) -> dict[str, object]:
        """What the specialist gave, as the service takes it (days ISO, empty fields left out)."""
        kind = self.current_kind()
        days = {name: field.date().toString("yyyy-MM-dd") for name, field in
                (("filed_on", self.filed_on), ("verification_sent_on", self.verification_sent_on),
                 ("cure_by", self.cure_by)) if field.date() != NO_DAY}
        contact_name = {"attorney": "attorney_contact", "deceased": "estate_contact"}.get(kind, "")
        details: dict[str, str] = {"case_number": self.case_number.text().strip(),
                                   "chapter": str(self.chapter.currentData() or ""), **days}
        if contact_name:
            details[contact_name] = self.contact.text().strip()
        allowed = DETAILS.get(kind, ())
        return {"details": {k: v for k, v in details.items() if v and k in allowed},
                "claim": str(self.claim.currentData() or ""),
                "reason": self.reason.toPlainText(), "outcome": str(self.outcome.currentData() or ""),
                "adjustment": self.adjustment.text().strip() or None, "discount": self.discount.text().strip() or None,
                "written_request": self.written_request.isChecked()}

    def _save(self) -> None:
        self.problem.clear()
        self.save_requested.emit(self.current_action(), self.current_kind(), self.values())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Holds on account %1").replace("%1", self.account))
        for index, code in enumerate(SHOWN_KINDS):
            mark = " ●" if code in self.active or (code == "insurance_pending" and any(self.claims.values())) else ""
            self.kind.setItemText(index, label(say(f"hold_{code}")) + mark)
        kind = self.current_kind()
        self.action.blockSignals(True)
        chosen = self.action.currentData()
        self.action.clear()
        if kind == "insurance_pending" and self.claims.get(str(self.claim.currentData())):
            self.action.addItem(self.tr("End the hold"), "release")
        elif kind == "insurance_pending":
            self.action.addItem(self.tr("Set the hold"), "set")
        elif kind in self.active:
            self.action.addItem(self.tr("Record what is known"), "update")
            self.action.addItem(self.tr("End the hold"), "release")
        else:
            self.action.addItem(self.tr("Set the hold"), "set")
        if chosen is not None and self.action.findData(chosen) >= 0:
            self.action.setCurrentIndex(self.action.findData(chosen))
        self.action.blockSignals(False)
        self.outcome.blockSignals(True)
        picked = self.outcome.currentData()
        self.outcome.clear()
        for outcome in OUTCOMES.get(kind, ()):
            self.outcome.addItem(label(say(f"hold_outcome_{outcome}")), outcome)
        if picked is not None and self.outcome.findData(picked) >= 0:
            self.outcome.setCurrentIndex(self.outcome.findData(picked))
        self.outcome.blockSignals(False)
        known = self.active.get(kind, {})
        self.contact.setText(known.get("attorney_contact") or known.get("estate_contact") or self.contact.text())
        if known.get("case_number") and not self.case_number.text():
            self.case_number.setText(known["case_number"])
        texts = {
            "kind": self.tr("Hold"), "claim": self.tr("Claim"), "action": self.tr("Step"),
            "outcome": self.tr("Decision"),
            "case_number": self.tr("Case number"), "chapter": self.tr("Chapter"), "filed_on": self.tr("Filed on"),
            "verification_sent_on": self.tr("Verification sent on"), "cure_by": self.tr("Missing papers due by"),
            "contact": self.tr("Attorney (name, phone)") if kind == "attorney" else self.tr("Estate contact"),
            "adjustment": self.tr("Amount taken off"), "discount": self.tr("Discount (%)"),
            "written_request": self.tr("Release asked for"), "reason": self.tr("Why"),
        }
        for name, shown in self.labels.items():
            shown.setText(texts[name] + ":")
        self.written_request.setText(self.tr("The person's own written request to resume contact was received"))
        self.reason.setPlaceholderText(self.tr("Why (kept with the account)"))
        fit_hints(self)
        self._fit()
