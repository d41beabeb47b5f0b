"""A payment receipt PDF in the patient's language, from the per-language texts in resources/templates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.pdf_base import FONT, PAGE, build_numbered, new_buffer, styles
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template
from collections_desktop.words.formats import long_day


@dataclass(frozen=True)
class ReceiptData:
    clinic: str
    payer_name: str
    account: str
    paid_on: date
    amount_cents: int
    method: str
    reference: str
    applied: tuple[tuple[str, int], ...]
    balance_after_cents: int
    clinic_address: str = ""  # the clinic's address and phone from its policy, under its name
    clinic_phone: str = ""


@cache
def _texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "receipt").read_text("utf-8"))


def build_receipt(data: ReceiptData, lang: str) -> bytes:
    """The receipt as PDF bytes (letter size, fonts embedded)."""
    t, s = _texts(lang), styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=inch, rightMargin=inch, topMargin=inch,
                            bottomMargin=inch, title=t["title"], author=data.clinic or t["clinic_fallback"])
    rows = [[t["received_from"], data.payer_name], [t["account"], data.account],
            [t["date"], long_day(data.paid_on, lang)], [t["amount"], format_display(data.amount_cents)],
            [t["method"], t["methods"].get(data.method, data.method)]]
    if data.reference:
        rows.append([t["reference"], data.reference])
    for claim, cents in data.applied:
        rows.append([t["applied"], f"{t['visit'].format(claim=claim)}: {format_display(cents)}"])
    if data.balance_after_cents >= 0:
        rows.append([t["balance_after"], format_display(data.balance_after_cents)])
    else:
        rows.append([t["credit"], format_display(-data.balance_after_cents)])
    table = Table([[Paragraph(escape(a), s["body"]), Paragraph(escape(b), s["body"])] for a, b in rows],
                  colWidths=[2 * inch, 4.5 * inch])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                     colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    heading = [data.clinic or t["clinic_fallback"], data.clinic_address, data.clinic_phone]
    story = [Paragraph("<br/>".join(escape(line) for line in heading if line), s["body"]),
             Paragraph(escape(t["title"]), s["title"]), table, Spacer(1, 18),
             Paragraph(escape(t["thanks"]), s["body"])]

    return build_numbered(doc, buffer, story, t["page"])
