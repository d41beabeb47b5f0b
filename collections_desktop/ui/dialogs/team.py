"""The supervisor's Team window: each person's figures for today, this week or this month with the team's
total, and assigning accounts: some by number, or every account of one person to another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.domain.money import format_display
from collections_desktop.ui.retranslate import Retranslating

GRAINS = ("day", "week", "month")
# The report's figures in the table's order; money columns are shown as dollars.
COLUMNS = ("contacts", "conversations", "payments", "collected_cents", "promises", "promises_kept", "plans", "notes",
           "assigned", "assigned_due_cents")
NO_ONE = ""


class TeamWindow(Retranslating, QDialog):
    """Emits `period_chosen(grain)`, `assign_wanted(numbers, to)` and `move_wanted(holder, to)` (to "" = no
    one); the Team ops answer with `show_report`, `show_people` and `show_message`."""

    period_chosen = Signal(str)
    assign_wanted = Signal(list, str)
    move_wanted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamWindow")
        self.report: Any = None
        self.grain = QComboBox()
        self.heading = QLabel(wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.numbers = QLineEdit()
        self.assign_to, self.holder, self.move_to = QComboBox(), QComboBox(), QComboBox()
        self.assign_button, self.move_button = QPushButton(), QPushButton()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("team_message")
        self.labels = [QLabel() for _ in range(5)]
        top = QHBoxLayout()
        top.addWidget(self.labels[0])
        top.addWidget(self.grain)
        top.addStretch(1)
        self.assigning = QGroupBox()
        grid = QGridLayout(self.assigning)
        grid.addWidget(self.labels[1], 0, 0)
        grid.addWidget(self.numbers, 0, 1)
        grid.addWidget(self.labels[2], 0, 2)
        grid.addWidget(self.assign_to, 0, 3)
        grid.addWidget(self.assign_button, 0, 4)
        grid.addWidget(self.labels[3], 1, 0)
        grid.addWidget(self.holder, 1, 1)
        grid.addWidget(self.labels[4], 1, 2)
        grid.addWidget(self.move_to, 1, 3)
        grid.addWidget(self.move_button, 1, 4)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.assigning)
        layout.addWidget(self.message)
        for label, field in zip(self.labels[1:], (self.numbers, self.assign_to, self.holder, self.move_to),
                                strict=True):
            label.setBuddy(field)
        self.grain.currentIndexChanged.connect(lambda _i: self.ask_report())
        self.assign_button.clicked.connect(self._assign)
        self.move_button.clicked.connect(self._move)
        # Wide enough for every column with a long name (Spanish) on a 1280-pixel screen.
        screen = self.screen().availableGeometry()
        self.resize(min(self.fontMetrics().averageCharWidth() * 200, screen.width() - 40),
                    min(self.fontMetrics().height() * 32, screen.height() - 80))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Team"))
        chosen = max(self.grain.currentIndex(), 0)
        self.grain.blockSignals(True)
        self.grain.clear()
        self.grain.addItems([self.tr("Today"), self.tr("This week"), self.tr("This month")])
        self.grain.setCurrentIndex(chosen)
        self.grain.blockSignals(False)
        self.labels[0].setText(self.tr("&Period:"))
        self.labels[0].setBuddy(self.grain)
        self.table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Contacts"), self.tr("Right-party"), self.tr("Payments"), self.tr("Collected"),
            self.tr("Promises"), self.tr("Kept"), self.tr("Plans"), self.tr("Notes"), self.tr("Assigned"),
            self.tr("Assigned balance")])
        self.assigning.setTitle(self.tr("Assign accounts"))
        self.labels[1].setText(self.tr("A&ccounts:"))
        self.numbers.setPlaceholderText(self.tr("account numbers, separated by spaces or commas"))
        self.labels[2].setText(self.tr("&to:"))
        self.labels[3].setText(self.tr("Every account &of:"))
        self.labels[4].setText(self.tr("t&o:"))
        self.assign_button.setText(self.tr("&Assign"))
        self.move_button.setText(self.tr("&Move"))
        for box in (self.assign_to, self.move_to):
            if box.count():
                box.setItemText(0, self.tr("No one (anyone may take them)"))
        if self.report is not None:
            self.show_report(self.report)

    def ask_report(self) -> None:
        self.period_chosen.emit(GRAINS[max(self.grain.currentIndex(), 0)])

    def show_people(self, names: list[str]) -> None:
        """The people one may assign to (and take accounts from)."""
        for box, with_no_one in ((self.assign_to, True), (self.move_to, True), (self.holder, False)):
            box.clear()
            if with_no_one:
                box.addItem(self.tr("No one (anyone may take them)"), NO_ONE)
            for name in names:
                box.addItem(name, name)

    def show_report(self, report: Any) -> None:  # noqa: ANN401 - a services.team.team_report.TeamReport
        self.report = report
        self.heading.setText(self.tr("%1 to %2: what each person recorded, and the accounts assigned to them now.")
                             .replace("%1", report.period.start.isoformat())
                             .replace("%2", report.period.end.isoformat()))
        rows = [*report.people, report.total]
        self.table.setRowCount(len(rows))
        for row, figures in enumerate(rows):
            name = {"": self.tr("Imports and older rows"),
                    "total": self.tr("Team total")}.get(figures.person, figures.person) \
                if figures is report.total or figures.person == "" else figures.person
            cells = [name] + [format_display(getattr(figures, c)) if c.endswith("_cents") else str(getattr(figures, c))
                              for c in COLUMNS]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if figures is report.total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _assign(self) -> None:
        numbers = [n for n in self.numbers.text().replace(",", " ").split() if n]
        if not numbers:
            self.show_message(self.tr("Type the numbers of the accounts to assign."))
            return
        self.assign_wanted.emit(numbers, self.assign_to.currentData() or NO_ONE)

    def _move(self) -> None:
        holder = self.holder.currentData()
        if not holder:
            return
        self.move_wanted.emit(holder, self.move_to.currentData() or NO_ONE)
