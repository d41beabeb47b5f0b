"""The billing-feedback PDF for the billing manager: the period's top billing issues with their trend, dollars
and example claim or account numbers (never names: minimum necessary, HIPAA 164.502(b)), and a chart."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.pdf_base import BOLD, FONT, PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.money import format_display
from collections_desktop.words import say

CHART_ISSUES = 8
LABEL_CHARS = 34
NOW, BEFORE = colors.HexColor("#3d6fb4"), colors.HexColor("#b8c7dc")


@dataclass(frozen=True)
class FeedbackIssue:
    """One issue as the PDF tells it: the short name (chart), the headline, counts, dollars and examples."""

    name: str
    headline: str
    count: int
    before: int
    cents: int
    examples: tuple[str, ...]


def _chart(issues: list[FeedbackIssue], lang: str) -> Drawing:
    """Cases this period and before, one pair of bars per issue, the largest on top."""
    shown = issues[:CHART_ISSUES][::-1]  # reportlab draws the first category at the bottom
    height = 40 + 26 * max(len(shown), 1)
    drawing = Drawing(6.5 * inch, height + 30)
    chart = HorizontalBarChart()
    chart.x, chart.y = 2.6 * inch, 30
    chart.width, chart.height = 3.6 * inch, height - 20
    chart.data = [[i.before for i in shown] or [0], [i.count for i in shown] or [0]]
    chart.bars[0].fillColor, chart.bars[1].fillColor = BEFORE, NOW
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [_short(i.name) for i in shown] or ["—"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    most = max([i.count for i in shown] + [i.before for i in shown] + [1])
    chart.valueAxis.valueStep = max(1, -(-most // 5))  # whole cases
    chart.barSpacing = 1
    chart.groupSpacing = 6
    legend = Legend()
    legend.x, legend.y = 2.6 * inch, 12
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(NOW, say("feedback_now", lang)), (BEFORE, say("feedback_before", lang))]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def _page(lang: str) -> str:
    """"Page {page} of {pages}" with its fields left for the page builder to fill."""
    return say("feedback_page", lang, page="{page}", pages="{pages}")


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1].rstrip() + "…"


def build_feedback(clinic: str, period: str, compared: str, issues: list[FeedbackIssue], lang: str) -> bytes:
    """The PDF as bytes, in `lang`: heading, what it is, the chart, then one row per issue."""
    s = styles()
    buffer = new_buffer()
    title = say("feedback_title", lang)
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=inch, rightMargin=inch, topMargin=0.8 * inch,
                            bottomMargin=inch, title=title, author=clinic)

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    story: list = [para(title, "title")]
    if clinic:
        story.append(para(clinic, "strong"))
    story += [para(say("feedback_intro", lang, period=period, before=compared)), Spacer(1, 8)]
    if not issues:
        story.append(para(say("no_issues", lang)))
        return build_numbered(doc, buffer, story, _page(lang))
    story += [para(say("feedback_chart", lang), "heading"), _chart(issues, lang), Spacer(1, 8)]
    rows = [[para(say(key, lang), "strong") for key in ("feedback_issue", "feedback_now", "feedback_before",
                                                         "feedback_dollars", "feedback_examples")]]
    rows += [[para(i.headline, "fine"), para(str(i.count), "fine"), para(str(i.before), "fine"),
              para(format_display(i.cents) if i.cents else "—", "fine"), para(", ".join(i.examples), "fine")]
             for i in issues]
    table = Table(rows, colWidths=[2.55 * inch, 0.9 * inch, 0.65 * inch, 0.85 * inch, 1.55 * inch], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), BOLD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                               ("ALIGN", (1, 1), (3, -1), "RIGHT")]))
    story += [table, Spacer(1, 10), para(say("feedback_minimum", lang), "small")]
    return build_numbered(doc, buffer, story, _page(lang))
