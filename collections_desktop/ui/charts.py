"""A report chart (the same definition the PDFs draw) as a QtCharts view in the interface language: stacked or
side-by-side bars, lying bars for issues, lines, and the compared period as a dashed line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from collections_desktop.words import say
from collections_desktop.words.formats import axis_date

LABEL_CHARS = 40


def category_label(chart, index: int, issue: Callable[[object], str] | None = None) -> str:  # noqa: ANN001
    """A category in the interface language: a week by its Monday, a month (its year on the first and each
    January), a measure, an issue by `issue(category)`."""
    value = chart.categories[index]
    if chart.category_kind in ("week", "month") and isinstance(value, date):
        return axis_date(chart.category_kind, value, index)
    text = say(f"measure_{value}") if chart.category_kind == "measure" else (issue(value) if issue else str(value))
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def _shown(chart, value: float | None) -> float:  # noqa: ANN001 - dollars for cents, percent for a rate
    if value is None:
        return 0.0
    return value / 100 if chart.unit == "cents" else value * 100 if chart.unit == "rate" else float(value)


def chart_view(chart, issue: Callable[[object], str] | None = None,  # noqa: ANN001 - a Chart
               clicked: Callable[[int, int], None] | None = None) -> QChartView:
    """The chart drawn with QtCharts; its object name is the chart's title code. A click on a bar calls
    `clicked(series index, category index)` in the chart's own order."""
    plot = QChart()
    plot.setMargins(QMargins(4, 4, 4, 4))
    plot.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    names = [category_label(chart, i, issue) for i in range(len(chart.categories))] or ["—"]
    lying = chart.kind == "horizontal"
    if lying:  # QtCharts draws the first category at the bottom: the largest issue goes on top
        names = names[::-1]
    categories = QBarCategoryAxis()
    categories.append(names)
    if len(names) > 8 and not lying:
        categories.setLabelsAngle(-60)
    values = QValueAxis()
    values.setLabelFormat("$%.0f" if chart.unit == "cents" else "%.0f%%" if chart.unit == "rate" else "%.0f")
    plot.addAxis(categories, Qt.AlignmentFlag.AlignLeft if lying else Qt.AlignmentFlag.AlignBottom)
    plot.addAxis(values, Qt.AlignmentFlag.AlignBottom if lying else Qt.AlignmentFlag.AlignLeft)
    if chart.kind == "line":
        for series in chart.series:
            line, dots = QLineSeries(), QScatterSeries()
            for index, value in enumerate(series.values):
                if value is not None:
                    line.append(QPointF(index, _shown(chart, value)))
                    dots.append(QPointF(index, _shown(chart, value)))
            line.setName(say(series.name, **dict(series.params)))
            line.setPen(QPen(QColor(series.colour), 2))
            dots.setColor(QColor(series.colour))
            dots.setMarkerSize(7)
            for drawn in (line, dots):
                plot.addSeries(drawn)
                drawn.attachAxis(categories)
                drawn.attachAxis(values)
            plot.legend().markers(dots)[0].setVisible(False)
        values.setRange(0, 100)
    else:
        bars = (QHorizontalBarSeries() if lying else QStackedBarSeries() if chart.kind == "stacked"
                else QBarSeries())
        last = len(chart.categories) - 1
        for number, series in enumerate(chart.series):
            bar_set = QBarSet(say(series.name, **dict(series.params)))
            if clicked is not None:
                bar_set.clicked.connect(lambda index, number=number: clicked(number, last - index if lying else index))
            bar_set.setColor(QColor(series.colour))
            shown = [_shown(chart, v) for v in series.values]
            for value in shown[::-1] if lying else shown:
                bar_set.append(value)
            bars.append(bar_set)
        plot.addSeries(bars)
        bars.attachAxis(categories)
        bars.attachAxis(values)
        if chart.compare is not None and not lying:
            compare = QLineSeries()
            compare.setName(say(chart.compare.name, **dict(chart.compare.params)))
            pen = QPen(QColor(chart.compare.colour), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            compare.setPen(pen)
            for index, value in enumerate(chart.compare.values):
                if value is not None:
                    compare.append(QPointF(index, _shown(chart, value)))
            plot.addSeries(compare)
            compare.attachAxis(categories)
            compare.attachAxis(values)
        values.setRange(0, _shown(chart, chart.top()))
        values.applyNiceNumbers()
    view = QChartView(plot)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setObjectName(chart.title)
    return view
