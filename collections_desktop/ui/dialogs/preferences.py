"""Preferences: the clinic's details, payment-plan rules, and escalation and assistance, one tab each, saved as a
new policy version; TOML import and export."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.dialogs.preferences_ladder import LadderPreferences
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import checked_box
from collections_desktop.ui.words.plan_text import plan_text

FREQUENCIES = ("monthly", "semimonthly", "biweekly", "weekly")
CLINIC = ("legal_name", "doing_business_as", "address", "phone", "hours", "hours_es")
DAYS = ("grace_days", "reminder_day", "notice_day", "default_consecutive_missed", "default_days_after_notice",
        "cure_days")


class PreferencesDialog(Retranslating, QDialog):
    """Emits `save_requested(changes)` with {(section, key): value}; import/export ask the controller for files."""

    save_requested = Signal(object)  # {(section, key): value}; a dict signal would drop the tuple keys
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, values: dict, version: int, agent: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.version = version
        self.agent = QLineEdit(agent)
        self.agent.setMaxLength(60)
        self.agent_label = QLabel()
        self.agent_label.setBuddy(self.agent)
        self.clinic = {key: QLineEdit(str(values.get(("clinic", key)) or "")) for key in CLINIC}
        money = QRegularExpressionValidator(QRegularExpression(r"^\d{1,5}(\.\d{0,2})?$"), self)
        self.minimum = {key: QLineEdit(str(values.get(("terms", key)) or "")) for key in
                        ("minimum_installment", "higher_minimum_installment")}
        for field in self.minimum.values():
            field.setValidator(money)
        self.days = {key: QSpinBox(minimum=0, maximum=365, value=int(values.get(("follow_up", key)) or 0))
                     for key in DAYS}
        self.backdate = QSpinBox(minimum=0, maximum=30,
                                 value=int(values.get(("records", "backdate_limit_days")) or 3))
        allowed = set(values.get(("terms", "frequencies")) or ())
        self.frequencies = {code: checked_box(code in allowed) for code in FREQUENCIES}
        self.clinic_box, self.rules_box = QGroupBox(), QGroupBox()
        self.clinic_labels = [QLabel() for _ in CLINIC]
        self.rule_labels = [QLabel() for _ in range(len(self.minimum) + len(DAYS) + 2)]
        form = QFormLayout(self.clinic_box)
        for label, key in zip(self.clinic_labels, CLINIC, strict=False):
            label.setBuddy(self.clinic[key])
            form.addRow(label, self.clinic[key])
        rules = QFormLayout(self.rules_box)
        fields: list[QWidget] = [*self.minimum.values(), *self.days.values(), self.backdate]
        for label, rule in zip(self.rule_labels, fields, strict=False):
            label.setBuddy(rule)
            rules.addRow(label, rule)
        row = QHBoxLayout()
        for box in self.frequencies.values():
            row.addWidget(box)
        rules.addRow(self.rule_labels[-1], row)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("preferences_message")
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        you = QFormLayout()
        you.addRow(self.agent_label, self.agent)
        layout.addLayout(you)
        self.ladder = LadderPreferences(values)
        self.tabs = QTabWidget()
        for page in (self.clinic_box, self.rules_box, self.ladder):
            self.tabs.addTab(page, "")
        for widget in (self.tabs, self.message, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences — payment-plan policy version %1").replace("%1", str(self.version)))
        self.agent_label.setText(self.tr("Your &name in call scripts:"))
        self.clinic_box.setTitle(self.tr("Clinic (printed on every agreement)"))
        self.rules_box.setTitle(self.tr("Plan rules"))
        for label, text in zip(self.clinic_labels, (self.tr("&Legal name:"), self.tr("Doing &business as:"),
                                                    self.tr("&Address:"), self.tr("&Phone:"), self.tr("&Hours:"),
                                                    self.tr("Hours in Spanish (optional):")),
                               strict=True):
            label.setText(text)
        texts = (self.tr("Minimum installment per month:"), self.tr("Minimum above $500 per month:"),
                 self.tr("Grace days after a due date:"), self.tr("Reminder, days after grace:"),
                 self.tr("Written notice, days after grace:"), self.tr("Missed payments in a row for default:"),
                 self.tr("Days after the notice before default:"), self.tr("Cure period, days (at least 14):"),
                 self.tr("Days back a date may be given without a reason:"), self.tr("Allowed frequencies:"))
        for label, text in zip(self.rule_labels, texts, strict=False):
            label.setText(text)
        for code, box in self.frequencies.items():
            box.setText(plan_text(code))
        for index, title in enumerate((self.tr("Clinic"), self.tr("Plan rules"),
                                       self.tr("Escalation and assistance"))):
            self.tabs.setTabText(index, title)
        self.import_button.setText(self.tr("&Import policy file…"))
        self.export_button.setText(self.tr("E&xport policy file…"))

    def changes(self) -> dict:
        result: dict = {("clinic", key): field.text().strip() for key, field in self.clinic.items()}
        result.update({("terms", key): field.text().strip() for key, field in self.minimum.items()})
        result.update({("follow_up", key): box.value() for key, box in self.days.items()})
        result[("records", "backdate_limit_days")] = self.backdate.value()
        result[("terms", "frequencies")] = [code for code, box in self.frequencies.items() if box.isChecked()]
        result.update(self.ladder.changes())
        return result

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.buttons.setEnabled(True)

    def _save(self) -> None:
        self.buttons.setEnabled(False)
        self.save_requested.emit(self.changes())
