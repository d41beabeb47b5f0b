"""The patient statement: every visit itemised (billed, insurance, adjustments, paid, balance), the total and its
age, how to pay and the financial-assistance notice, laid out for a #10 double-window envelope (F-15)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.agreement_data import clinic_hours, long_date
from collections_desktop.documents.pdf_base import BOLD, FONT, PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template

# A #10 double-window envelope holding the letter folded in three: the windows' rectangles on page 1, measured
# from the page's top-left corner as (left, top, width, height) in points. Only names and addresses go there.
RETURN_WINDOW = (0.5 * inch, 0.5 * inch, 3.25 * inch, 0.875 * inch)
RECIPIENT_WINDOW = (0.875 * inch, 2.0 * inch, 4.0 * inch, 1.125 * inch)
FOLD = 11 * inch / 3  # the body starts below the first fold: nothing of it shows through a window


@dataclass(frozen=True)
class StatementVisit:
    """One visit: its day, the services' descriptions, and its figures in cents."""

    service_date: date
    services: str
    billed: int
    insurance_paid: int
    adjusted: int
    patient_paid: int
    balance: int
    pending: bool  # insurance has not answered yet: the balance is not the patient's to pay
    lines: tuple[tuple[str, str, int, int], ...] = ()  # itemised: (procedure code, description, units, billed)


@dataclass(frozen=True)
class StatementData:
    clinic: dict[str, str]
    name: str
    address: tuple[str, ...]
    account: str
    statement_date: date
    visits: tuple[StatementVisit, ...]
    total_cents: int
    aging: tuple[tuple[str, int], ...]  # (bucket, cents), the buckets that hold something


@cache
def _texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "statement").read_text("utf-8"))


def envelope_windows(clinic: dict[str, str], name: str, address: tuple[str, ...]):  # noqa: ANN201
    """The first page's drawing: the clinic's name and address in the return window, the patient's in the
    recipient window (any letter folded for the #10 double-window envelope)."""
    sender = [clinic.get("doing_business_as") or clinic.get("legal_name", ""),
              *[part.strip() for part in clinic.get("address", "").split(",", 1) if part.strip()]]

    def draw(canvas) -> None:  # noqa: ANN001 - a reportlab canvas
        canvas.saveState()
        for (left, top, _w, _h), lines, size in ((RETURN_WINDOW, sender, 9), (RECIPIENT_WINDOW,
                                                                               [name, *address], 11)):
            y = PAGE[1] - top - 0.2 * inch
            for n, line in enumerate(line for line in lines if line):
                canvas.setFont(BOLD if n == 0 else FONT, size)
                canvas.drawString(left + 0.15 * inch, y, line)
                y -= size + 3
        canvas.restoreState()

    return draw


def build_statement(data: StatementData, lang: str, *, itemised: bool = False) -> bytes:
    """The statement as PDF bytes in `lang`; `itemised`, the itemised bill: each visit's lines as billed (code,
    description, units, amount) under it."""
    t, s = _texts(lang), styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.75 * inch, bottomMargin=inch,
                            title=t["title_itemised" if itemised else "title"],
                            author=data.clinic.get("legal_name", ""))
    right = ParagraphStyle("figure", parent=s["fine"], alignment=TA_RIGHT)
    clinic = data.clinic
    phone, hours = clinic.get("phone", ""), clinic_hours(clinic, lang)

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    head = [t["visit"], t["service"], t["billed"], t["insurance_paid"], t["adjusted"], t["you_paid"], t["balance"]]
    heading = ParagraphStyle("column", parent=s["strong"], fontSize=8, leading=10)
    heading_right = ParagraphStyle("column_figure", parent=heading, alignment=TA_RIGHT)
    rows = [[Paragraph(escape(h), heading if n < 2 else heading_right) for n, h in enumerate(head)]]
    for visit in data.visits:
        balance = t["pending"] if visit.pending else format_display(visit.balance)
        rows.append([para(long_date(visit.service_date, lang), "fine"), para(visit.services, "fine"),
                     *(Paragraph(escape(format_display(v)), right) for v in (visit.billed, visit.insurance_paid,
                                                                             visit.adjusted, visit.patient_paid)),
                     Paragraph(escape(balance), right)])
        if itemised:
            for code, description, units, billed in visit.lines:
                rows.append([para("", "fine"), para(f"{code} {description}".strip() + (f" × {units}" if units > 1
                                                                                      else ""), "small"),
                             Paragraph(escape(format_display(billed)), right), *([para("", "fine")] * 4)])
    table = Table(rows, colWidths=[1.05 * inch, 1.65 * inch, 0.9 * inch, 0.9 * inch, 0.9 * inch, 0.75 * inch,
                                   0.85 * inch], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, 0), BOLD),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    ages = Table([[para(t["age"].format(bucket=bucket), "fine"), Paragraph(escape(format_display(cents)), right)]
                  for bucket, cents in data.aging] or [[para("—", "fine"), para("", "fine")]],
                 colWidths=[1.4 * inch, 1.0 * inch], hAlign="LEFT")
    story = [Spacer(1, FOLD - 0.75 * inch),  # below the fold on page 1: the windows above show addresses only
             para(t["title_itemised" if itemised else "title"], "title"),
             para(t["account"].format(account=data.account), "strong"),
             para(t["statement_date"].format(date=long_date(data.statement_date, lang))), Spacer(1, 8),
             para(t["greeting"].format(name=data.name)), para(t["opening"]), Spacer(1, 6), table, Spacer(1, 8),
             para(t["total"].format(amount=format_display(data.total_cents)), "title"),
             para(t["by_age"], "strong"), ages, Spacer(1, 8),
             para(t["how_to_pay"].format(phone=phone, hours=hours)), Spacer(1, 4),
             para(t["assistance"]), Spacer(1, 4), para(t["questions"].format(phone=phone)), Spacer(1, 10),
             para(t["closing"]), para(t["signature"].format(clinic=clinic.get("doing_business_as")
                                                            or clinic.get("legal_name", "")))]
    return build_numbered(doc, buffer, story, t["page"],
                          first_page=envelope_windows(data.clinic, data.name, data.address))
