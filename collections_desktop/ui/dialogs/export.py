"""File → Export: which file to write for the practice system or a partner, and from which day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit

# The service's export kinds, in the order the specialist needs them at the end of a day.
KINDS = ("payments", "activity", "plans", "insurance-followup", "agency")
# Kinds that can be limited to a first day (the agency file always holds every approved account).
DATED = {"payments", "activity", "plans", "insurance-followup"}


class ExportDialog(Retranslating, QDialog):
    """Emits `export_requested(kind, since or None)`; the controller asks where to save and writes."""

    export_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.kind = QComboBox()
        for _ in KINDS:
            self.kind.addItem("")
        self.explain = QLabel(wordWrap=True)
        self.limit = QCheckBox()
        self.since = date_edit(QDate.currentDate())
        self.since.setEnabled(False)
        self.message = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        self.kind_label, self.since_label = QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.limit)
        form.addRow(self.since_label, self.since)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.explain, self.message, self.buttons):
            layout.addWidget(widget)
        self.limit.toggled.connect(self.since.setEnabled)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._kind_changed()

    def selected_kind(self) -> str:
        return KINDS[self.kind.currentIndex()]

    def _kind_changed(self) -> None:
        dated = self.selected_kind() in DATED
        self.limit.setEnabled(dated)
        self.since.setEnabled(dated and self.limit.isChecked())
        self.explain.setText(self._explanations()[self.selected_kind()])

    def _export(self) -> None:
        since = None
        if self.selected_kind() in DATED and self.limit.isChecked():
            day = self.since.date()
            since = date(day.year(), day.month(), day.day())
        self.export_requested.emit(self.selected_kind(), since)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)

    def _names(self) -> dict[str, str]:
        return {
            "payments": self.tr("Payments collected"),
            "activity": self.tr("Calls, messages and notes"),
            "plans": self.tr("Payment plans and promises"),
            "insurance-followup": self.tr("Claims handed to the billing team"),
            "agency": self.tr("Accounts approved for a collection agency"),
        }

    def _explanations(self) -> dict[str, str]:
        return {
            "payments": self.tr("Every payment recorded in the desk, with a control total, for posting in the "
                                "practice system."),
            "activity": self.tr("One row per contact and note, for the account notes in the practice system."),
            "plans": self.tr("Every plan version and promise with its schedule status."),
            "insurance-followup": self.tr("Claims the review found to need the billing or denials team."),
            "agency": self.tr("Accounts approved for placement, with what the agency needs and nothing more."),
        }

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.kind_label.setText(self.tr("File"))
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, self._names()[kind])
        self.limit.setText(self.tr("Only from a day on"))
        self.since_label.setText(self.tr("From"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as…"))
        self._kind_changed()
