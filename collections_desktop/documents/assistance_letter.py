"""The financial-assistance application letter: who qualifies (the clinic's scale in dollars for households of one
to eight), what to send, how to apply, and the plain-language summary of the policy, which the final notice of a
501(r) facility carries too; folded for the #10 double-window envelope."""

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
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.agreement_data import clinic_hours, long_date
from collections_desktop.documents.pdf_base import PAGE, build_numbered, new_buffer, styles
from collections_desktop.documents.statement import FOLD, envelope_windows
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template
from collections_desktop.words import say

HOUSEHOLDS = range(1, 9)


@dataclass(frozen=True)
class AssistanceLetterData:
    clinic: dict[str, str]
    name: str
    address: tuple[str, ...]
    account: str
    sent_on: date
    year: int
    guideline_cents: tuple[int, ...]       # the guideline for households of 1…8
    tiers: tuple[tuple[int, int], ...]     # (up to percent, discount percent), lowest line first
    documents: tuple[str, ...]
    apply_until: date | None               # a 501(r) facility: the end of the application period


@cache
def texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "assistance").read_text("utf-8"))


def plain_language_summary(lang: str, phone: str) -> list[Flowable]:
    """The summary of the policy, as its own section (the final notice of a 501(r) facility adds it)."""
    t, s = texts(lang), styles()
    return [Paragraph(escape(t["summary_title"]), s["heading"]),
            *[part for text in t["summary"] for part in (Paragraph(escape(text.format(phone=phone)), s["body"]),
                                                          Spacer(1, 4))]]


def _scale(data: AssistanceLetterData, lang: str) -> Table:
    t, s = texts(lang), styles()
    right = ParagraphStyle("figure", parent=s["fine"], alignment=TA_RIGHT)
    heads = [t["household"]] + [t["free_up_to"] if discount == 100 else t["discount_up_to"].format(
        discount=f"{discount}%") for _line, discount in data.tiers]
    rows = [[Paragraph(escape(h), s["strong"]) for h in heads]]
    for size, guideline in zip(HOUSEHOLDS, data.guideline_cents, strict=True):
        # Whole dollars, rounded down: a household at the line itself qualifies.
        rows.append([Paragraph(str(size), s["fine"]),
                     *[Paragraph(escape(format_display(guideline * line // 100 // 100 * 100)), right)
                       for line, _discount in data.tiers]])
    width = 6.5 * inch / (len(heads) + 0.5)
    table = Table(rows, colWidths=[width * 1.5] + [width] * (len(heads) - 1), hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    return table


def build_assistance_letter(data: AssistanceLetterData, lang: str) -> bytes:
    """The letter as PDF bytes in `lang`."""
    t, s = texts(lang), styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.75 * inch, bottomMargin=inch, title=t["title"],
                            author=data.clinic.get("legal_name", ""))
    clinic = data.clinic
    phone, name = clinic.get("phone", ""), clinic.get("doing_business_as") or clinic.get("legal_name", "")

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    documents = ListFlowable([ListItem(para(say(f"document_{d}", lang)), leftIndent=14) for d in data.documents],
                             bulletType="bullet", start="•", leftIndent=14)
    story = [Spacer(1, FOLD - 0.75 * inch), para(t["title"], "title"),
             para(t["account"].format(account=data.account), "strong"),
             para(t["letter_date"].format(date=long_date(data.sent_on, lang))), Spacer(1, 8),
             para(t["greeting"].format(name=data.name)), Spacer(1, 4), para(t["opening"]),
             para(t["scale_title"], "heading"), para(t["scale_intro"].format(year=data.year)), Spacer(1, 4),
             _scale(data, lang), para(t["documents_title"], "heading"), documents, Spacer(1, 6),
             para(t["how_to_apply"].format(phone=phone, hours=clinic_hours(clinic, lang),
                                           address=", ".join(x for x in (name, clinic.get("address", "")) if x))),
             Spacer(1, 4), para(t["pause"])]
    if data.apply_until is not None:
        story.append(para(t["apply_until"].format(date=long_date(data.apply_until, lang))))
    story += [Spacer(1, 10), para(t["closing"]), para(t["signature"].format(clinic=name)), Spacer(1, 16),
              *plain_language_summary(lang, phone)]
    return build_numbered(doc, buffer, story, t["page"],
                          first_page=envelope_windows(clinic, data.name, data.address))
