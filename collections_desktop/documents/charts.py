"""A report chart (domain/reports/charts) drawn with reportlab graphics for the PDFs, labelled in the reader's
language: bars stacked or side by side, lying bars for issues, lines, and the compared period as a line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import inch

from collections_desktop.documents.pdf_base import FONT, register_fonts
from collections_desktop.domain.reports.charts import Chart, nice_step
from collections_desktop.words import say
from collections_desktop.words.formats import axis_date

LABEL_CHARS = 34
MOST_LABELS = 14  # more categories than this: every second, third… label is left blank


def category_label(chart: Chart, index: int, lang: str, issue: Callable[[object], str] | None = None) -> str:
    """A category as the reader reads it: a week by its Monday, a month (with its year on the first and on each
    January), an issue by `issue(category)`."""
    value = chart.categories[index]
    if chart.category_kind in ("week", "month") and isinstance(value, date):
        return axis_date(chart.category_kind, value, index, lang)
    if chart.category_kind == "measure":
        text = say(f"measure_{value}", lang)
    else:
        text = issue(value) if issue is not None else str(value)
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def value_label(chart: Chart, value: float) -> str:
    """An axis value: whole dollars for cents, a percentage for a rate, a count."""
    if chart.unit == "cents":
        return f"${value / 100:,.0f}"
    if chart.unit == "rate":
        return f"{value:.0%}"
    return f"{value:,.0f}"


def series_name(name: str, params: tuple[tuple[str, str], ...], lang: str) -> str:
    return say(name, lang, **dict(params))


def drawing(chart: Chart, lang: str, issue: Callable[[object], str] | None = None, *,
            width: float = 6.3 * inch, height: float = 2.8 * inch) -> Drawing:
    """The chart as a reportlab Drawing `width` wide; a lying-bar chart grows with its categories."""
    register_fonts()
    count = max(len(chart.categories), 1)
    if chart.kind == "horizontal":
        height = 40 + 26 * count
    left = 2.6 * inch if chart.kind == "horizontal" else 0.75 * inch
    bottom = 44 if chart.kind == "horizontal" else 84  # room for turned week and month labels, then the legend
    area = (left, bottom, width - left - 0.2 * inch, height - bottom - 10)
    canvas = Drawing(width, height)
    top = 1.0 if chart.unit == "rate" else chart.top()
    step = 0.25 if chart.unit == "rate" else nice_step(top)
    names = [category_label(chart, i, lang, issue) for i in range(len(chart.categories))] or ["—"]
    every = -(-len(names) // MOST_LABELS)
    names = [name if i % every == 0 else "" for i, name in enumerate(names)]
    if chart.kind == "horizontal":  # reportlab draws the first category at the bottom: the largest on top
        plot = HorizontalBarChart()
        plot.data = [list(s.values)[::-1] or [0] for s in reversed(chart.series)]
        plot.categoryAxis.categoryNames = names[::-1]
        plot.categoryAxis.labels.boxAnchor = "e"
        bars = list(reversed(chart.series))
    elif chart.kind == "line":
        plot = HorizontalLineChart()
        plot.data = [[v if v is not None else None for v in s.values] or [0] for s in chart.series]
        plot.categoryAxis.categoryNames = names
        for n, s in enumerate(chart.series):
            plot.lines[n].strokeColor = colors.HexColor(s.colour)
            plot.lines[n].strokeWidth = 2
            plot.lines[n].symbol = makeMarker("FilledCircle", size=4, fillColor=colors.HexColor(s.colour))
        bars = []
    else:
        plot = VerticalBarChart()
        plot.data = [list(s.values) or [0] for s in chart.series]
        plot.categoryAxis.categoryNames = names
        if chart.kind == "stacked":
            plot.categoryAxis.style = "stacked"
        plot.categoryAxis.labels.angle = 45 if len(names) > 6 else 0
        plot.categoryAxis.labels.boxAnchor = "ne" if len(names) > 6 else "n"
        bars = list(chart.series)
    for n, s in enumerate(bars):
        plot.bars[n].fillColor = colors.HexColor(s.colour)
    if bars:
        plot.bars.strokeColor = None
        plot.barSpacing, plot.groupSpacing = 1, 4
    plot.x, plot.y, plot.width, plot.height = area
    _axes(plot, chart, top, step)
    canvas.add(plot)
    if chart.compare is not None and chart.kind != "horizontal":
        line = HorizontalLineChart()
        line.x, line.y, line.width, line.height = area
        line.data = [list(chart.compare.values)]
        line.categoryAxis.categoryNames = names
        line.categoryAxis.visible = False
        line.lines[0].strokeColor = colors.HexColor(chart.compare.colour)
        line.lines[0].strokeWidth = 1.5
        line.lines[0].strokeDashArray = [3, 2]
        _axes(line, chart, top, step)
        line.valueAxis.visible = False
        canvas.add(line)
    legend = Legend()
    legend.x, legend.y = left, 8
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.autoXPadding = 14
    legend.colorNamePairs = [(colors.HexColor(s.colour), series_name(s.name, s.params, lang)) for s in chart.series]
    if chart.compare is not None and chart.kind != "horizontal":
        legend.colorNamePairs.append((colors.HexColor(chart.compare.colour),
                                      series_name(chart.compare.name, chart.compare.params, lang)))
    # One row, two when there are more than three names (the Legend's columns hold that many names each).
    legend.columnMaximum = 1 if len(legend.colorNamePairs) <= 3 else 2
    legend.y = 14 if legend.columnMaximum == 1 else 30  # the top of the legend: its rows run down from there
    canvas.add(legend)
    return canvas


def _axes(plot, chart: Chart, top: float, step: float) -> None:  # noqa: ANN001 - a reportlab chart
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = step * -(-top // step)
    plot.valueAxis.valueStep = step
    plot.valueAxis.labelTextFormat = lambda value: value_label(chart, value)
