"""A report as a PDF (activity, outcomes or portfolio): its title and period, the figures as the command line
tells them, and its charts drawn from the same definitions as the Reports window's."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.charts import drawing
from collections_desktop.documents.pdf_base import PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.reports.charts import Chart
from collections_desktop.words import say


def build_report(title: str, clinic: str, heading: str, lines: list[str], charts: list[Chart], lang: str,
                 issue: Callable[[object], str] | None = None, table: list[list[str]] | None = None) -> bytes:
    """The PDF as bytes, in `lang`: `heading` (the period), the charts, `table` (a header row, then rows whose
    figures align right), then `lines` (indented lines keep their indent)."""
    s = styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=inch, rightMargin=inch, topMargin=0.8 * inch,
                            bottomMargin=inch, title=title, author=clinic)
    story: list = [Paragraph(escape(title), s["title"]), Paragraph(escape(heading), s["body"])]
    if clinic:
        story.append(Paragraph(escape(say("report_pdf_intro", lang, title=title, clinic=clinic)), s["small"]))
    story.append(Spacer(1, 8))
    for chart in charts:
        if not chart.empty:
            story += [CondPageBreak(drawn.height + 30) if (drawn := drawing(chart, lang, issue)) else Spacer(0, 0),
                      Paragraph(escape(say(chart.title, lang)), s["heading"]), drawn, Spacer(1, 6)]
    if table:
        right = ParagraphStyle("figure", parent=s["fine"], alignment=TA_RIGHT)
        grid = Table([[Paragraph(escape(cell), s["strong"] if n == 0 else right if k else s["fine"])
                       for k, cell in enumerate(row)] for n, row in enumerate(table)], repeatRows=1)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        story += [grid, Spacer(1, 8)]
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        story.append(Paragraph("&nbsp;" * indent * 2 + escape(line.strip()), s["fine"]))
    return build_numbered(doc, buffer, story, say("feedback_page", lang, page="{page}", pages="{pages}"))
