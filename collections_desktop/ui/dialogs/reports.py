"""The Reports window: a period against another, the specialist's figures as cards, collections per week as a
chart, and the billing issues behind unpaid bills, each issue's example accounts one double-click away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.domain.money import format_display
from collections_desktop.ui.retranslate import Retranslating
from collections_desktop.ui.widgets import date_edit
from collections_desktop.words import say
from collections_desktop.words.formats import day

CHOICES = ("day", "week", "month", "quarter", "year", "custom")
TABS = ("collections", "kept", "aging", "issues")
CARDS = ("collected", "payments", "attempts", "right_party", "kept", "plans")


class Card(QFrame):
    """One figure: its name, its value large, and its change against the compared period. A click (or Enter or
    Space when it has the focus) emits `clicked`: the accounts behind the figure are wanted."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, frameShape=QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title, self.value, self.change = QLabel(), QLabel(), QLabel()
        big = QFont(self.value.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.value.setFont(big)
        for label in (self.title, self.change):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)

    def show_figure(self, title: str, value: str, change: str) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.change.setText(change)
        self.setAccessibleName(f"{title}: {value}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ReportsWindow(Retranslating, QDialog):
    """Emits `period_chosen(start, end, compare)`; the operation answers with `show_figures`. A click on a card
    or a double-click on an issue or a click on a bar emits `accounts_wanted(title, figure)` for the desk to list
    the accounts behind it: figure is ("card", card name), ("issue", source, code, payer), ("week", Monday) or
    ("aging", month end, bucket)."""

    period_chosen = Signal(object, object, str)
    accounts_wanted = Signal(str, object)
    portfolio_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.period, self.compare = QComboBox(), QComboBox()
        for code in CHOICES:
            self.period.addItem("", code)
        self.period.setCurrentIndex(CHOICES.index("month"))
        for code in ("previous", "year"):
            self.compare.addItem("", code)
        self.start, self.end = date_edit(QDate.currentDate().addDays(-29)), date_edit(QDate.currentDate())
        self.refresh = QPushButton()
        self.heading = QLabel(wordWrap=True)
        self.heading.setObjectName("report_heading")
        self.cards = {name: Card() for name in CARDS}
        self.chart_title, self.issues_title = QLabel(), QLabel()
        self.issues = QListWidget()
        self.issues.setWordWrap(True)
        self.issues.setObjectName("billing_issues")
        # One tab per chart, in this order; the balances by age are read when their tab is first shown.
        self.chart_boxes = {name: QVBoxLayout() for name in TABS}
        self.chart_views: dict[str, QWidget] = {}
        self.figures: dict | None = None
        self.portfolio: object | None = None  # services.reports.portfolio.Portfolio, read when its tab is shown
        self.aging_chart: object | None = None
        self.issue_label: Callable[[object], str] | None = None  # names an issue on the issues chart
        self.charts = QTabWidget()
        self.charts.setObjectName("report_charts")
        for name in TABS:
            page = QWidget()
            page.setLayout(self.chart_boxes[name])
            self.charts.addTab(page, "")
        top = QHBoxLayout()
        for widget in (self.period, self.start, self.end, self.compare, self.refresh):
            top.addWidget(widget)
        top.addStretch(1)
        grid = QGridLayout()
        for index, name in enumerate(CARDS):
            grid.addWidget(self.cards[name], 0, index)
        lower = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.chart_title)
        left.addWidget(self.charts, 1)
        right.addWidget(self.issues_title)
        right.addWidget(self.issues, 1)
        lower.addLayout(left, 3)
        lower.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(lower, 1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.refresh.clicked.connect(self.ask_figures)
        self.compare.currentIndexChanged.connect(self.ask_figures)
        self.issues.itemDoubleClicked.connect(self._issue_accounts)
        self.issues.itemActivated.connect(self._issue_accounts)
        for name, card in self.cards.items():
            card.clicked.connect(lambda name=name: self._card_accounts(name))
        self.charts.currentChanged.connect(self._tab_changed)
        self.resize(1100, 640)
        self._period_changed()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reports"))
        names = (self.tr("Today"), self.tr("This week"), self.tr("This month"), self.tr("This quarter"),
                 self.tr("Last 12 months"), self.tr("Custom"))
        for index, name in enumerate(names):
            self.period.setItemText(index, name)
        self.compare.setItemText(0, self.tr("against the period before"))
        self.compare.setItemText(1, self.tr("against a year earlier"))
        self.refresh.setText(self.tr("&Show"))
        self.chart_title.setText(self.tr("Charts"))
        for index, name in enumerate((self.tr("Collected per week"), self.tr("Promises kept"),
                                      self.tr("Balances by age"), self.tr("Top issues"))):
            self.charts.setTabText(index, name)
        self.issues_title.setText(self.tr("Billing issues (double-click for the accounts)"))
        for card in self.cards.values():
            card.setToolTip(self.tr("Click to list the accounts behind this figure"))
        if self.figures is not None:
            self.show_figures(self.figures)
        if self.portfolio is not None:
            self.show_portfolio(self.portfolio, self.aging_chart)

    def _tab_changed(self, index: int) -> None:
        if TABS[index] == "aging" and self.portfolio is None:
            self.portfolio_wanted.emit()

    def chosen(self) -> tuple[date, date]:
        first, last = self.start.date(), self.end.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        for field in (self.start, self.end):
            field.setVisible(custom)
        if not custom:
            self.ask_figures()

    def ask_figures(self) -> None:
        """Asks for the chosen period's figures (`period_chosen`)."""
        kind = str(self.period.currentData())
        start, end = self.chosen()
        self.period_chosen.emit(None if kind == "custom" else kind, (start, end), str(self.compare.currentData()))

    def _issue_accounts(self, item: QListWidgetItem) -> None:
        issue = item.data(Qt.ItemDataRole.UserRole)
        if issue:
            self.accounts_wanted.emit(item.text(), ("issue", *issue))

    def _bar_accounts(self, name: str, chart, series: int, index: int) -> None:  # noqa: ANN001 - a Chart
        """A bar's accounts: those that paid that week, those behind an issue, or those owing in a bucket at a
        month end."""
        category = chart.categories[index]
        if name == "collections":
            self.accounts_wanted.emit(f"{self.charts.tabText(0)}: {day(category)}", ("week", category))
        elif name == "issues":
            self.accounts_wanted.emit(self.issue_label(category) if self.issue_label else str(category),
                                      ("issue", *category[:3]))
        elif name == "aging":
            bucket = dict(chart.series[series].params)["bucket"]
            self.accounts_wanted.emit(f"{say('chart_bucket', bucket=bucket)}, {day(category)}",
                                      ("aging", category, bucket))

    def _card_accounts(self, name: str) -> None:
        if self.figures is not None:
            card = self.cards[name]
            self.accounts_wanted.emit(f"{card.title.text()}: {card.value.text()}", ("card", name))

    def show_figures(self, figures: dict) -> None:
        """`figures`: period, compared, activity (now, before), outcomes (now, before), issues (headline,
        examples) — as the operation gathered them."""
        self.figures = figures
        period, compared = figures["period"], figures["compared"]
        self.heading.setText(self.tr("%1 to %2, against %3 to %4").replace("%1", day(period.start))
                             .replace("%2", day(period.end)).replace("%3", day(compared.start))
                             .replace("%4", day(compared.end)))
        act, act_before = figures["activity"]
        got, had = figures["outcomes"]
        rate = got.promise_kept_rate
        before_rate = had.promise_kept_rate
        values = {
            "collected": (self.tr("Collected"), format_display(got.collected_cents),
                          _money_change(got.collected_cents - had.collected_cents)),
            "payments": (self.tr("Payments"), str(got.payments), _count_change(got.payments - had.payments)),
            "attempts": (self.tr("Attempts"), str(act.totals["attempts"]),
                         _count_change(act.totals["attempts"] - act_before.totals["attempts"])),
            "right_party": (self.tr("Right-party contacts"), str(act.totals["right_party"]),
                            _count_change(act.totals["right_party"] - act_before.totals["right_party"])),
            "kept": (self.tr("Promises kept"), "—" if rate is None else f"{rate:.0%}",
                     "" if before_rate is None else self.tr("%1 before").replace("%1", f"{before_rate:.0%}")),
            "plans": (self.tr("Plans signed"), str(got.plans.get("signed", 0)),
                      _count_change(got.plans.get("signed", 0) - had.plans.get("signed", 0))),
        }
        for name, (title, value, change) in values.items():
            self.cards[name].show_figure(title, value, self.tr("%1 on before").replace("%1", change) if change
                                         and name != "kept" else change)
        self.issues.clear()
        for text, issue in figures["issues"]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, tuple(issue))
            self.issues.addItem(item)
        if not figures["issues"]:
            self.issues.addItem(say("no_issues"))
        for name, chart in figures["charts"].items():
            self._show_chart(name, chart)

    def _show_chart(self, name: str, chart) -> None:  # noqa: ANN001 - a report Chart
        """Puts the chart (QtCharts loads with the window) on its tab, in place of the one there."""
        from collections_desktop.ui.charts import chart_view

        view = chart_view(chart, self.issue_label, lambda series, index: self._bar_accounts(name, chart, series, index))
        view.setToolTip(self.tr("Click a bar to list the accounts behind it"))
        old = self.chart_views.pop(name, None)
        if old is not None:
            self.chart_boxes[name].removeWidget(old)
            old.deleteLater()
        self.chart_views[name] = view
        self.chart_boxes[name].addWidget(view)

    @property
    def chart_view(self) -> QWidget | None:
        """The collections chart on the first tab."""
        return self.chart_views.get("collections")

    @property
    def aging_view(self) -> QWidget | None:
        return self.chart_views.get("aging")

    def show_portfolio(self, portfolio, chart) -> None:  # noqa: ANN001 - a Portfolio and its Chart
        """The receivable at each month end as stacked bars by age; the months' collections in the tooltip."""
        from collections_desktop.words.formats import month_year

        self.portfolio, self.aging_chart = portfolio, chart
        self._show_chart("aging", chart)
        self.chart_views["aging"].setToolTip("\n".join(
            self.tr("%1: %2 collected, %3 new, %4 at the end").replace("%1", month_year(m.month_end))
            .replace("%2", format_display(m.total("collected"))).replace("%3", format_display(m.total("new")))
            .replace("%4", format_display(m.total("end"))) for m in portfolio.months))


def _money_change(cents: int) -> str:
    shown = format_display(abs(cents))
    return ("−" if cents < 0 else "+") + shown


def _count_change(count: int) -> str:
    return f"{count:+d}".replace("-", "−")
