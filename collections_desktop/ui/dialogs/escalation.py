"""The account's escalation ladder: each step with the day it was taken, the next one, what stands in its way
(each with its rule and the day a wait ends), and the button that takes it when nothing does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.words import label, say
from collections_desktop.words.formats import day as shown_day


class EscalationDialog(Retranslating, QDialog):
    """`show_ladder(position)` fills it; emits `step_wanted(step, note)` when the specialist takes the next step."""

    step_wanted = Signal(str, str)

    def __init__(self, account: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EscalationDialog")
        self.account = account
        self.position = None
        self.steps = QTreeWidget()
        self.steps.setObjectName("escalation_steps")
        self.steps.setColumnCount(2)
        self.steps.setRootIsDecorated(False)
        self.steps.setMaximumHeight(150)
        self.gates = QLabel(wordWrap=True)
        self.gates.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.gates.setObjectName("escalation_gates")
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note_label.setBuddy(self.note)
        self.take = QPushButton()
        self.take.setObjectName("escalation_take")
        self.take.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.gates, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.take.clicked.connect(self._take)
        self.resize(560, 380)
        self.retranslate_ui()

    def _take(self) -> None:
        if self.position is not None and self.position.next_step:
            self.step_wanted.emit(self.position.next_step, self.note.text().strip())

    def show_ladder(self, position) -> None:  # noqa: ANN001 - a domain escalation Position
        self.position = position
        self._fill()

    def show_problem(self, text: str) -> None:
        self.gates.setText(text)

    def _fill(self) -> None:
        where = self.position
        self.steps.clear()
        if where is None:
            return
        for step, day in where.steps:
            mark = "✓" if day else ("→" if step == where.next_step else "·")
            item = QTreeWidgetItem([f"{mark}  {label(say(f'step_{step}'))}", shown_day(day) if day else ""])
            if step == where.next_step:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.steps.addTopLevelItem(item)
        self.steps.resizeColumnToContents(0)
        lines = []
        for gate in where.gates:
            opens = f" — {say('opens_on', day=gate.opens_on.isoformat())}" if gate.opens_on else ""
            lines.append(f"✗ {say(gate.code)} [{gate.rule}]{opens}")
        if where.next_step is None:
            lines.append(say("escalation_done"))
        elif where.ready:
            lines.append(say("escalation_ready", step=say(f"step_{where.next_step}")))
        elif where.next_on is not None:
            lines.append(say("escalation_next_on", day=where.next_on.isoformat()))
        else:
            lines.append(say("escalation_blocked"))
        self.gates.setText("\n".join(lines))
        self.take.setEnabled(where.ready)
        self.take.setText(self.tr("&Take the next step: %1").replace("%1", say(f"step_{where.next_step}"))
                          if where.next_step else self.tr("&Take the next step"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Escalation ladder of account %1").replace("%1", self.account))
        self.steps.setAccessibleName(self.tr("Steps of the ladder"))
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("Taken on")])
        self.note_label.setText(self.tr("&Note (kept with a supervisor's review):"))
        self._fill()
        if self.position is None:
            self.take.setText(self.tr("&Take the next step"))
