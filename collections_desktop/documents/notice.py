"""The written missed-payment notice for a plan (compliance.md P-06), in the patient's language, with its cure date."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.agreement_data import clinic_hours, long_date
from collections_desktop.documents.pdf_base import FONT, PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template


@dataclass(frozen=True)
class NoticeData:
    clinic: dict[str, str]
    name: str
    address: str
    account: str
    sent_on: date
    cure_date: date
    behind: tuple[tuple[date, int, int], ...]  # (due date, installment amount, still owed)
    remaining_cents: int


@cache
def _texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "notice")
                         .read_text("utf-8"))


def build_notice(data: NoticeData, lang: str) -> bytes:
    """The letter as PDF bytes: clinic, date, addressee, what is behind, the cure date and the patient's options."""
    t, s = _texts(lang), styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=inch, rightMargin=inch, topMargin=inch,
                            bottomMargin=inch, title=t["title"], author=data.clinic.get("legal_name", ""))
    clinic = data.clinic
    header = "<br/>".join(escape(x) for x in (clinic.get("legal_name", ""), clinic.get("address", ""),
                                              clinic.get("phone", "")) if x)
    lines = [[t["due"], t["amount"], t["missing"]]] + [
        [long_date(due, lang), format_display(amount), format_display(owed)] for due, amount, owed in data.behind]
    table = Table([[Paragraph(escape(c), s["body"]) for c in row] for row in lines],
                  colWidths=[2.4 * inch, 1.8 * inch, 1.8 * inch])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                     colors.lightgrey)]))
    owed = format_display(sum(o for _d, _a, o in data.behind))

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    story = [Paragraph(header, s["body"]), Spacer(1, 12), para(long_date(data.sent_on, lang)), Spacer(1, 6),
             para(data.name), para(data.address), Spacer(1, 12), para(t["title"], "title"),
             para(t["greeting"].format(name=data.name)), Spacer(1, 6),
             para(t["opening"].format(account=data.account)), Spacer(1, 4), table, Spacer(1, 8),
             para(t["total"].format(amount=owed, cure=long_date(data.cure_date, lang)), "strong"), Spacer(1, 6),
             para(t["consequence"].format(balance=format_display(data.remaining_cents))), Spacer(1, 6),
             para(t["help"].format(phone=clinic.get("phone", ""), hours=clinic_hours(clinic, lang))), Spacer(1, 6),
             para(t["rights"]), Spacer(1, 14), para(t["closing"]),
             para(t["signature"].format(clinic=clinic.get("doing_business_as") or clinic.get("legal_name", "")))]
    return build_numbered(doc, buffer, story, t["page"])
