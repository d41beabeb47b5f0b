"""The billing-feedback PDF for the billing manager: the period's top billing issues with their trend, dollars
and example claim or account numbers (never names: minimum necessary, HIPAA 164.502(b)), and a chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.charts import drawing
from collections_desktop.documents.pdf_base import BOLD, PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.money import format_display
from collections_desktop.domain.reports.charts import Chart
from collections_desktop.words import say


@dataclass(frozen=True)
class FeedbackIssue:
    """One issue as the PDF tells it: the headline, counts, dollars and examples."""

    headline: str
    count: int
    before: int
    cents: int
    examples: tuple[str, ...]


def _page(lang: str) -> str:
    """"Page {page} of {pages}" with its fields left for the page builder to fill."""
    return say("feedback_page", lang, page="{page}", pages="{pages}")


def build_feedback(clinic: str, period: str, compared: str, issues: list[FeedbackIssue], chart: Chart,
                   issue: Callable[[object], str], lang: str) -> bytes:
    """The PDF as bytes, in `lang`: heading, what it is, the chart (the Reports window's definition, each issue
    named by `issue`), then one row per issue."""
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
    story += [para(say("feedback_chart", lang), "heading"), drawing(chart, lang, issue), Spacer(1, 8)]
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
