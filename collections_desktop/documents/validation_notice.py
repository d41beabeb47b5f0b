"""The validation notice (Regulation F, 12 CFR 1006.34): who is collecting for whom, the debt itemised from a
reference date to today, the last day to dispute, and a form to answer with; a Spanish notice always carries
the English one after it (the CFPB translation's safe harbor, compliance.md F-10 and P-07)."""

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
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from collections_desktop.documents.agreement_data import clinic_hours, long_date
from collections_desktop.documents.pdf_base import PAGE, build_numbered, new_buffer, styles
from collections_desktop.documents.statement import FOLD, envelope_windows
from collections_desktop.domain.letters.validation import Itemisation
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template


@dataclass(frozen=True)
class ValidationData:
    clinic: dict[str, str]
    third_party: bool          # the collector role is THIRD_PARTY: the debt-collector disclosure opens it
    name: str
    address: tuple[str, ...]
    account: str
    sent_on: date
    validation_ends: date
    itemised: Itemisation


@cache
def _texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "validation_notice").read_text("utf-8"))


def _one(data: ValidationData, lang: str) -> list:
    t, s = _texts(lang), styles()
    clinic = data.clinic
    name = clinic.get("doing_business_as") or clinic.get("legal_name", "")
    creditor = clinic.get("legal_name", "") or name
    end = long_date(data.validation_ends, lang)
    item = data.itemised
    right = ParagraphStyle("figure", parent=s["body"], alignment=TA_RIGHT)

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    since = long_date(item.itemisation_date, lang)
    rows = [(t["as_of"].format(date=since), item.owed_then), (t["interest"].format(date=since), item.interest),
            (t["fees"], item.fees), (t["payments"], -item.payments), (t["credits"], -item.credits),
            (t["total_now"], item.owed_now)]
    figures = Table([[para(label), Paragraph(escape(format_display(cents)), right)] for label, cents in rows],
                    colWidths=[4.9 * inch, 1.4 * inch], hAlign="LEFT")
    figures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LINEABOVE", (0, -1), (-1, -1), 0.75, colors.black),
                                 ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey)]))
    collector = t["collector_third_party" if data.third_party else "collector_first_party"]
    story = [para(t["title"], "title"), para(t["notice_date"].format(date=long_date(data.sent_on, lang))),
             Spacer(1, 6), para(collector.format(clinic=name, creditor=creditor)), Spacer(1, 6),
             para(t["our_information"], "strong"),
             para(t["creditor_line"].format(creditor=creditor, account=data.account)), Spacer(1, 4), figures,
             Spacer(1, 8), para(t["dispute_title"], "heading"),
             *[part for text in t["dispute"] for part in (para(text.format(end=end)), Spacer(1, 3))],
             para(t["request_title"], "heading"),
             *[part for text in t["request"] for part in (
                 para(text.format(end=end, phone=clinic.get("phone", ""), hours=clinic_hours(clinic, lang))),
                 Spacer(1, 3))]]
    box = "☐ "
    form = [para(t["form_title"], "heading"), para(t["form_mail"].format(address=", ".join(
        x for x in (name, clinic.get("address", "")) if x))), para(t["form_from"].format(
            name=data.name, account=data.account)), Spacer(1, 4), para(t["form_dispute"], "strong"),
        *[para(box + reason) for reason in t["form_reasons"]], para(box + t["form_original"]),
        para(box + t["form_enclosed"].format(clinic=name, account=data.account))]
    cut = Table([[form]], colWidths=[6.5 * inch], hAlign="LEFT")
    cut.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.grey, 1, (3, 3))]))
    return [*story, Spacer(1, 10), cut]


def build_validation_notice(data: ValidationData, lang: str) -> bytes:
    """The notice as PDF bytes: in `lang`, and in English after it when `lang` is not English."""
    languages = [lang] if lang == "en" else [lang, "en"]
    t = _texts(languages[0])
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.75 * inch, bottomMargin=0.9 * inch, title=t["title"],
                            author=data.clinic.get("legal_name", ""))
    story: list = [Spacer(1, FOLD - 0.75 * inch)]
    for n, language in enumerate(languages):
        story += ([PageBreak()] if n else []) + _one(data, language)
    page = " · ".join(_texts(language)["page"] for language in languages)  # "Página 1 de 3 · Page 1 of 3"
    return build_numbered(doc, buffer, story, page,
                          first_page=envelope_windows(data.clinic, data.name, data.address))
