"""The payment-plan dialog: terms, the quoted options side by side with schedules and warnings, then the agreement."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.domain.money import format_display
from collections_desktop.domain.plans.lifecycle import OPEN
from collections_desktop.domain.plans.quote import PlanOption
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import checked_box, date_edit, fit_hints
from collections_desktop.ui.words.plan_text import plan_text
from collections_desktop.words.formats import day

FREQUENCIES = ("monthly", "semimonthly", "biweekly", "weekly")
LANGUAGES = ("", "en", "es", "both")
MONEY = QRegularExpression(r"^\d{0,7}(\.\d{0,2})?$")

# The options' cards show their summary, warnings and the first installments without scrolling.
OPTIONS_HEIGHT = 210


class PlanDialog(Retranslating, QDialog):
    """Emits requests; the controller runs the services and calls `show_quote`, `show_agreement`, `show_problem`."""

    quote_requested = Signal(object)  # dicts of terms (dates stay Python dates)
    create_requested = Signal(object)
    agreement_requested = Signal(str)
    print_requested = Signal()
    email_requested = Signal()
    save_requested = Signal()
    signed_requested = Signal(QDate)
    notice_requested = Signal(QDate)
    notice_print_requested = Signal()
    default_requested = Signal()
    cancel_requested = Signal()
    income_cap_changed = Signal(bool)

    def __init__(self, account: str, due: str, parent: QWidget | None = None, *, income_cap: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("PlanDialog")
        self.account, self.due = account, due
        self.options: list[PlanOption] = []
        self.frequency, self.language = QComboBox(), QComboBox()
        for _ in FREQUENCIES:
            self.frequency.addItem("")
        for _ in LANGUAGES:
            self.language.addItem("")
        self.count = QSpinBox(minimum=0, maximum=520)
        self.amount, self.down = QLineEdit(), QLineEdit()
        for field in (self.amount, self.down):
            field.setValidator(QRegularExpressionValidator(MONEY, self))
        self.first_due = date_edit(QDate.currentDate().addMonths(1))
        self.income = QLineEdit()
        self.income.setValidator(QRegularExpressionValidator(MONEY, self))
        self.income_cap = checked_box(income_cap)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        fields: tuple[QWidget, ...] = (self.frequency, self.count, self.amount, self.down, self.first_due, self.income)
        for label, term in zip(self.labels, fields, strict=False):
            label.setBuddy(term)
            form.addRow(label, term)
        form.addRow("", self.income_cap)
        self.income_cap.toggled.connect(self.income_cap_changed)
        self.quote_button, self.create_button = QPushButton(), QPushButton()
        self.choices = QButtonGroup(self)
        self.option_row = QHBoxLayout()
        options = QWidget()
        options.setLayout(self.option_row)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(options)
        scroll.setMinimumHeight(OPTIONS_HEIGHT)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("plan_message")
        self.agreement_box = QGroupBox()
        self.language_label = QLabel()
        self.preview, self.print_button, self.email_button = QPushButton(), QPushButton(), QPushButton()
        self.save_button, self.signed_button = QPushButton(), QPushButton()
        self.signed_on = date_edit(QDate.currentDate())
        self.page = QLabel(wordWrap=True)
        self.page.setObjectName("agreement_page")
        grid = QVBoxLayout(self.agreement_box)
        rows = ((self.language_label, self.language, self.preview),
                (self.print_button, self.email_button, self.save_button), (self.signed_on, self.signed_button))
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            grid.addLayout(row)
        self.agreement_box.setEnabled(False)
        self.status: str | None = None
        self.prepared = False
        self.current = QLabel(wordWrap=True)
        self.current.setObjectName("current_plan")
        self.follow_box = QGroupBox()
        self.notice_on = date_edit(QDate.currentDate())
        self.notice_button, self.notice_print, self.default_button, self.cancel_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton())
        follow = QHBoxLayout(self.follow_box)
        for widget in (self.notice_on, self.notice_button, self.notice_print, self.default_button,
                       self.cancel_button):
            follow.addWidget(widget)
        self.follow_box.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quote_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        left = QVBoxLayout()
        left.addWidget(self.current)
        left.addWidget(self.follow_box)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(scroll, 1)
        left.addWidget(self.message)
        left.addWidget(self.agreement_box)
        preview = QScrollArea(widgetResizable=True)
        preview.setWidget(self.page)
        preview.setMinimumWidth(360)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(preview, 1)
        self.create_button.setEnabled(False)
        self.quote_button.clicked.connect(lambda: self.quote_requested.emit(self.terms()))
        self.create_button.clicked.connect(self._create)
        self.preview.clicked.connect(lambda: self.agreement_requested.emit(LANGUAGES[self.language.currentIndex()]))
        self.print_button.clicked.connect(self.print_requested)
        self.email_button.clicked.connect(self.email_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.current.setVisible(False)
        self.signed_button.clicked.connect(lambda: self.signed_requested.emit(self.signed_on.date()))
        self.notice_button.clicked.connect(lambda: self.notice_requested.emit(self.notice_on.date()))
        self.notice_print.clicked.connect(self.notice_print_requested)
        self.default_button.clicked.connect(self.default_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Payment plan — account %1 (patient due %2)").replace("%1", self.account)
                            .replace("%2", self.due))
        for index, code in enumerate(FREQUENCIES):
            self.frequency.setItemText(index, plan_text(code))
        for index, text in enumerate((self.tr("Patient's language"), "English", "Español", self.tr("Both"))):
            self.language.setItemText(index, text)
        for label, text in zip(self.labels, (self.tr("&Frequency:"), self.tr("Custom &number of payments:"),
                                             self.tr("Custom &installment:"), self.tr("&Down payment:"),
                                             self.tr("First &due date:"), self.tr("Household &income per month:")),
                               strict=True):
            label.setText(text)
        self.income_cap.setText(self.tr("Qualifies for the state's income-based payment cap"))
        self.income.setPlaceholderText(self.tr("only where a state income cap applies"))
        self.count.setSpecialValueText(self.tr("none"))
        self.amount.setPlaceholderText(self.tr("e.g. 50.00"))
        self.down.setPlaceholderText(self.tr("none"))
        fit_hints(self)
        self.quote_button.setText(self.tr("&Show options"))
        self.create_button.setText(self.tr("Replace with a new &version on the chosen option") if self.amending
                                   else self.tr("&Create plan with the chosen option"))
        self.follow_box.setTitle(self.tr("Follow-up"))
        self.notice_button.setText(self.tr("Written &notice sent on"))
        self.notice_print.setText(self.tr("Print notice &letter…"))
        self.default_button.setText(self.tr("Declare de&fault"))
        self.cancel_button.setText(self.tr("Cance&l plan"))
        self.agreement_box.setTitle(self.tr("Agreement"))
        self.language_label.setText(self.tr("Language:"))
        self.preview.setText(self.tr("&Prepare"))
        if self.page.pixmap() is None or self.page.pixmap().isNull():
            self.page.setText(self.tr("The agreement's first page shows here once it is prepared."))
        self.print_button.setText(self.tr("P&rint…"))
        self.email_button.setText(self.tr("&E-mail…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.signed_button.setText(self.tr("Mark &signed on"))
        if self.options:
            self.show_quote(self.options)

    def terms(self) -> dict:
        return {"frequency": FREQUENCIES[self.frequency.currentIndex()],
                "installments": self.count.value() or None, "amount": self.amount.text() or None,
                "down_payment": self.down.text() or None, "first_due": self.first_due.date().toPython(),
                "monthly_income": self.income.text() or None}

    def show_quote(self, options: list[PlanOption]) -> None:
        """One column per option: its summary, warnings, blocks and full schedule; blocked ones cannot be chosen."""
        self.options = options
        while self.option_row.count():
            item = self.option_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for button in self.choices.buttons():
            self.choices.removeButton(button)
        seen = set()
        for index, option in enumerate(options):
            key = (option.schedule, option.blocks)
            if key not in seen:  # a small balance can make two options the same plan: show it once
                seen.add(key)
                self.option_row.addWidget(self._column(index, option))
        first_open = next((i for i, o in enumerate(options) if not o.blocks), None)
        if first_open is not None:
            self.choices.button(first_open).setChecked(True)
        self.create_button.setEnabled(first_open is not None)

    def _column(self, index: int, option) -> QGroupBox:  # noqa: ANN001
        box = QGroupBox()
        box.setObjectName(f"option_{option.kind}")
        choose = QRadioButton(plan_text(option.kind))
        choose.setEnabled(not option.blocks)
        self.choices.addButton(choose, index)
        installments = option.installments
        summary = QLabel(self.tr("%1 × %2, %3\n%4 to %5").replace("%1", str(len(installments)))
                         .replace("%2", format_display(option.installment_cents))
                         .replace("%3", plan_text(option.frequency.value))
                         .replace("%4", day(installments[0].due))
                         .replace("%5", day(installments[-1].due)))
        notes = QLabel("\n".join([f"⚠ {plan_text(c)}" for c in option.warnings] +
                                 [f"✖ {plan_text(c)}" for c in option.blocks]), wordWrap=True)
        table = QTableWidget(len(option.schedule), 2)
        table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Amount")])
        for row, inst in enumerate(option.schedule):
            table.setItem(row, 0, QTableWidgetItem(day(inst.due)))
            amount = QTableWidgetItem(format_display(inst.amount_cents))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, amount)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(box)
        for widget in (choose, summary, notes, table):
            layout.addWidget(widget)
        return box

    def chosen_kind(self) -> str | None:
        index = self.choices.checkedId()
        return self.options[index].kind if 0 <= index < len(self.options) else None

    def _create(self) -> None:
        kind = self.chosen_kind()
        if kind is None:
            return
        terms = self.terms()
        if kind != "custom":
            terms.update(installments=None, amount=None, option=kind)
        terms["amend"] = self.amending
        self.create_button.setEnabled(False)
        self.create_requested.emit(terms)

    @property
    def amending(self) -> bool:
        return self.status in OPEN

    def show_current(self, status: str | None, summary: str) -> None:
        """The account's open plan, if any: new terms then make a new version, and follow-up actions show."""
        self.status = status
        self.current.setText(summary)
        self.current.setVisible(bool(summary))
        self.follow_box.setVisible(self.amending)
        self.notice_button.setEnabled(status == "late")
        self.notice_on.setEnabled(status == "late")
        self.notice_print.setEnabled(status == "notice_sent")
        self.default_button.setEnabled(status == "notice_sent")
        self.cancel_button.setEnabled(self.amending)
        self.agreement_box.setEnabled(self.amending)
        self._agreement_buttons()
        self.retranslate_ui()

    def _agreement_buttons(self) -> None:
        """Print, e-mail and save need a prepared agreement; the signature only while one awaits it."""
        for button in (self.print_button, self.email_button, self.save_button):
            button.setEnabled(self.prepared)
        signable = self.prepared and self.status in (None, "draft", "awaiting_signature")
        for widget in (self.signed_button, self.signed_on):
            widget.setEnabled(signable)

    def plan_created(self, text: str) -> None:
        self.message.setText(text)
        self.agreement_box.setEnabled(True)
        self.prepared = False
        self._agreement_buttons()

    def show_agreement(self, first_page, text: str) -> None:  # noqa: ANN001 - a QPixmap or None
        self.message.setText(text)
        if first_page is not None:
            self.page.setPixmap(first_page)
        self.prepared = True
        self._agreement_buttons()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.create_button.setEnabled(self.chosen_kind() is not None)
