"""The Reports window: a period against another, the specialist's figures as cards, collections per week as a
chart, and the billing issues behind unpaid bills, each issue's example accounts one double-click away."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter
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

CHOICES = ("week", "month", "quarter", "year", "custom")
CARDS = ("collected", "payments", "attempts", "right_party", "kept", "plans")
SOURCES = ("one_time", "plan", "promise")
SOURCE_COLOURS = {"one_time": "#3d6fb4", "plan": "#2e9e6b", "promise": "#e0a030"}
# Aging buckets from the youngest: greens to reds, as the worklist's aging badges.
BUCKET_COLOURS = ("#7cbf6b", "#d6c84a", "#e9a23b", "#dd6b3d", "#b8322a")


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
    or a double-click on an issue emits `accounts_wanted(title, figure)` for the desk to list the accounts
    behind it: figure is ("card", card name) or ("issue", source, code, payer)."""

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
        self.chart_box, self.aging_box = QVBoxLayout(), QVBoxLayout()
        self.chart_view: QWidget | None = None
        self.aging_view: QWidget | None = None
        self.figures: dict | None = None
        self.portfolio: object | None = None  # services.reports.portfolio.Portfolio, read when its tab is shown
        self.charts = QTabWidget()
        self.charts.setObjectName("report_charts")
        for box in (self.chart_box, self.aging_box):
            page = QWidget()
            page.setLayout(box)
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
        names = (self.tr("This week"), self.tr("This month"), self.tr("This quarter"), self.tr("Last 12 months"),
                 self.tr("Custom"))
        for index, name in enumerate(names):
            self.period.setItemText(index, name)
        self.compare.setItemText(0, self.tr("against the period before"))
        self.compare.setItemText(1, self.tr("against a year earlier"))
        self.refresh.setText(self.tr("&Show"))
        self.chart_title.setText(self.tr("Charts"))
        self.charts.setTabText(0, self.tr("Collected per week"))
        self.charts.setTabText(1, self.tr("Patient balances by age, month by month"))
        self.issues_title.setText(self.tr("Billing issues (double-click for the accounts)"))
        for card in self.cards.values():
            card.setToolTip(self.tr("Click to list the accounts behind this figure"))
        if self.figures is not None:
            self.show_figures(self.figures)
        if self.portfolio is not None:
            self.show_portfolio(self.portfolio)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.portfolio is None:
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
        self._chart(got.by_week)

    def _chart(self, by_week: dict) -> None:
        """Collections per week as stacked bars (one-time, plan, promise); QtCharts loads with the window."""
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
        from PySide6.QtGui import QColor

        series = QStackedBarSeries()
        for source in SOURCES:
            bars = QBarSet(say(f"source_{source}"))
            bars.setColor(QColor(SOURCE_COLOURS[source]))
            for week in by_week:
                bars.append(by_week[week][source] // 100)  # whole dollars: a bar, not an amount
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        weeks = QBarCategoryAxis()
        weeks.append([day(week) for week in by_week] or ["—"])
        weeks.setLabelsAngle(-60 if len(by_week) > 8 else 0)
        dollars = QValueAxis()
        dollars.setLabelFormat("$%.0f")
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(dollars, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(weeks)
        series.attachAxis(dollars)
        dollars.applyNiceNumbers()
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setObjectName("collections_chart")
        if self.chart_view is not None:
            self.chart_box.removeWidget(self.chart_view)
            self.chart_view.deleteLater()
        self.chart_view = view
        self.chart_box.addWidget(view)


    def show_portfolio(self, portfolio) -> None:  # noqa: ANN001 - services.reports.portfolio.Portfolio
        """The receivable at each month end as stacked bars by age (whole dollars), the months' collections in
        the tooltip; QtCharts loads with the window."""
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
        from PySide6.QtGui import QColor

        from collections_desktop.words.formats import month, month_year

        self.portfolio = portfolio
        months = portfolio.months
        series = QStackedBarSeries()
        buckets = list(months[0].end) if months else []
        for colour, bucket in zip(BUCKET_COLOURS, buckets, strict=False):
            bars = QBarSet(self.tr("%1 days").replace("%1", bucket.value))
            bars.setColor(QColor(colour))
            for roll in months:
                bars.append(roll.end[bucket] // 100)
            series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        axis = QBarCategoryAxis()
        # The year on the first month and on each January only: short labels that fit unturned.
        axis.append([month_year(m.month_end) if n == 0 or m.month_end.month == 1 else month(m.month_end)
                     for n, m in enumerate(months)] or ["—"])
        dollars = QValueAxis()
        dollars.setLabelFormat("$%.0f")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(dollars, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        series.attachAxis(dollars)
        dollars.applyNiceNumbers()
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setObjectName("aging_chart")
        view.setToolTip("\n".join(self.tr("%1: %2 collected, %3 new, %4 at the end")
                                   .replace("%1", month_year(m.month_end))
                                   .replace("%2", format_display(m.total("collected")))
                                   .replace("%3", format_display(m.total("new")))
                                   .replace("%4", format_display(m.total("end"))) for m in months))
        if self.aging_view is not None:
            self.aging_box.removeWidget(self.aging_view)
            self.aging_view.deleteLater()
        self.aging_view = view
        self.aging_box.addWidget(view)


def _money_change(cents: int) -> str:
    shown = format_display(abs(cents))
    return ("−" if cents < 0 else "+") + shown


def _count_change(count: int) -> str:
    return f"{count:+d}".replace("-", "−")
