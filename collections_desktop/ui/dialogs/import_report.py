"""What an import would do, read from a dry run: counts, problems by place, the largest balance moves; then apply."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.domain.money import format_display
from collections_desktop.services.imports.imports import ImportReport
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.words.import_text import problem_text, severity_text
from collections_desktop.words import say

COUNTS = ("accounts_created", "accounts_updated", "claims", "payments", "unchanged")
# Problems listed in the window; the rest are counted (a bad export can have one per row).
SHOWN_PROBLEMS = 500


class ImportDialog(Retranslating, QDialog):
    """Emits `apply_requested(skip_bad)`; with errors in the files it applies only when told to skip them."""

    apply_requested = Signal(bool)

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.report = report
        self.errors = sum(1 for p in report.problems if p.severity == "error")
        self.count_labels = {key: (QLabel(), QLabel(str(report.counts.get(key, 0)))) for key in COUNTS}
        counts = QFormLayout()
        for name, value in self.count_labels.values():
            counts.addRow(name, value)
        self.already = QLabel(wordWrap=True)
        # Claims the payer denied (held until the specialist decides) and estimates that post nothing.
        self.payer_notes = QLabel(wordWrap=True)
        self.problems_title = QLabel()
        self.problems = self._table(3, [(p.where, severity_text(p.severity), problem_text(p.code, p.params))
                                        for p in report.problems[:SHOWN_PROBLEMS]])
        self.changes_title = QLabel(wordWrap=True)
        self.changes = self._table(3, [(c.account, format_display(c.patient_due_before),
                                        format_display(c.patient_due_after)) for c in report.changes],
                                   money_columns=(1, 2))
        self.skip_bad = QCheckBox()
        self.message = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        for widget in (self.already, self.payer_notes, self.problems_title, self.problems, self.changes_title,
                       self.changes, self.skip_bad, self.message, self.buttons):
            layout.addWidget(widget)
        self.already.setVisible(bool(report.already_imported))
        self.payer_notes.setVisible(bool(report.denied or report.predeterminations))
        self.problems_title.setVisible(bool(report.problems))
        self.problems.setVisible(bool(report.problems))
        self.changes.setVisible(bool(report.changes))
        self.skip_bad.setVisible(self.errors > 0)
        self.skip_bad.toggled.connect(self._update_apply)
        self.apply_button.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        self._update_apply()
        self.resize(760, 560)
        self.retranslate_ui()

    def _table(self, columns: int, rows: list[tuple[str, ...]], money_columns: tuple[int, ...] = ()) -> QTableWidget:
        table = QTableWidget(len(rows), columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        if money_columns:  # an account and its amounts: equal columns, amounts right-aligned in theirs
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            table.horizontalHeader().setStretchLastSection(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in money_columns:
                    item.setTextAlignment(right)
                table.setItem(r, c, item)
        return table

    def _has_work(self) -> bool:
        return any(self.report.counts.get(key, 0) for key in COUNTS if key != "unchanged")

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(self._has_work() and (self.errors == 0 or self.skip_bad.isChecked()))

    def _apply(self) -> None:
        self.apply_button.setEnabled(False)
        self.message.setText(self.tr("Importing…"))
        self.apply_requested.emit(self.skip_bad.isChecked())

    def show_progress(self, records: int) -> None:
        self.message.setText(self.tr("Importing… %1 records posted").replace("%1", QLocale().toString(records)))

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self._update_apply()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import from the practice system"))
        names = {"accounts_created": self.tr("New accounts"), "accounts_updated": self.tr("Accounts updated"),
                 "claims": self.tr("Claims posted"), "payments": self.tr("Patient payments"),
                 "unchanged": self.tr("Already in the vault, unchanged")}
        for key, (name, _value) in self.count_labels.items():
            name.setText(names[key])
        self.already.setText(self.tr("Already imported, nothing to do: %1").replace(
            "%1", ", ".join(self.report.already_imported)))
        notes = []
        if self.report.counts.get("answers"):
            notes.append(say("answers_imported", count=self.report.counts["answers"]))
        if self.report.counts.get("agency_returns"):
            notes.append(say("agency_returns_imported", count=self.report.counts["agency_returns"]))
        if self.report.denied:
            notes.append(self.tr("Denied by the payer, held from collection until you decide: %1")
                         .replace("%1", ", ".join(self.report.denied)))
        if self.report.predeterminations:
            notes.append(self.tr("Predeterminations (estimates: nothing owed, nothing posted): %1")
                         .replace("%1", ", ".join(self.report.predeterminations)))
        self.payer_notes.setText("\n".join(notes))
        shown = min(len(self.report.problems), SHOWN_PROBLEMS)
        self.problems_title.setText(self.tr("Problems found (%1 of %2 shown)").replace("%1", str(shown))
                                    .replace("%2", str(len(self.report.problems))))
        self.problems.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Kind"), self.tr("Problem")])
        if len(self.report.changes) < self.report.changes_total:  # only the largest moves are listed
            self.changes_title.setText(self.tr("Patient balances that would change: %1 (the largest %2 listed)")
                                       .replace("%1", str(self.report.changes_total))
                                       .replace("%2", str(len(self.report.changes))))
        elif self.report.changes:
            self.changes_title.setText(self.tr("Patient balances that would change: %1")
                                       .replace("%1", str(self.report.changes_total)))
        else:
            self.changes_title.setText(self.tr("No patient balance would change."))
        self.changes.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Patient due now"),
                                                self.tr("After the import")])
        for table in (self.problems, self.changes):
            table.resizeColumnsToContents()
        self.skip_bad.setText(self.tr("Skip the records with errors (%1) and import the rest")
                              .replace("%1", str(self.errors)))
        self.apply_button.setText(self.tr("Import"))
        if self.errors and not self.message.text():
            self.message.setText(self.tr("The files have errors: nothing is imported unless you choose to "
                                         "skip those records."))
