"""The final notice before escalation: the balance, the day the patient has until, the step the clinic may take
after it, the ways out (pay, plan, assistance, dispute) and, at a 501(r) facility, the plain-language summary of
financial assistance; folded for the #10 double-window envelope like the statement."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from collections_desktop.documents.agreement_data import clinic_hours, long_date
from collections_desktop.documents.assistance_letter import plain_language_summary
from collections_desktop.documents.pdf_base import PAGE, build_numbered, new_buffer, styles
from collections_desktop.documents.statement import FOLD, envelope_windows
from collections_desktop.domain.money import format_display
from collections_desktop.resources import template


@dataclass(frozen=True)
class FinalNoticeData:
    clinic: dict[str, str]
    name: str
    address: tuple[str, ...]
    account: str
    sent_on: date
    balance_cents: int
    deadline: date
    actions: tuple[str, ...]          # the steps the clinic may take after the deadline (ACTIONS)
    application_until: date | None    # a 501(r) facility: the last day of the application period
    plain_language_summary: bool      # a 501(r) facility: the summary goes with the notice (M-03)


@cache
def _texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "final_notice").read_text("utf-8"))


def build_final_notice(data: FinalNoticeData, lang: str) -> bytes:
    """The notice as PDF bytes in `lang`."""
    t, s = _texts(lang), styles()
    buffer = new_buffer()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                            topMargin=0.75 * inch, bottomMargin=inch, title=t["title"],
                            author=data.clinic.get("legal_name", ""))
    clinic = data.clinic
    phone, hours = clinic.get("phone", ""), clinic_hours(clinic, lang)
    deadline = long_date(data.deadline, lang)

    def para(text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), s[style])

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(para(item), leftIndent=14) for item in items], bulletType="bullet",
                            start="•", leftIndent=14)

    story = [Spacer(1, FOLD - 0.75 * inch), para(t["title"], "title"),
             para(t["account"].format(account=data.account), "strong"),
             para(t["notice_date"].format(date=long_date(data.sent_on, lang))), Spacer(1, 8),
             para(t["greeting"].format(name=data.name)), Spacer(1, 4),
             para(t["opening"].format(amount=format_display(data.balance_cents))), Spacer(1, 6),
             para(t["deadline"].format(deadline=deadline), "strong"), bullets(list(t["choices"])), Spacer(1, 6)]
    if data.actions:
        story += [para(t["action_intro"].format(deadline=deadline)),
                  bullets([t[f"action_{action}"] for action in data.actions]), Spacer(1, 4),
                  para(t["not_before"].format(deadline=deadline)), Spacer(1, 6)]
    story += [para(t["assistance"].format(phone=phone))]
    if data.application_until is not None:
        story += [para(t["application_until"].format(date=long_date(data.application_until, lang)))]
    story += [Spacer(1, 6), para(t["contact"].format(phone=phone, hours=hours, account=data.account)),
              Spacer(1, 12), para(t["closing"]),
              para(t["signature"].format(clinic=clinic.get("doing_business_as") or clinic.get("legal_name", "")))]
    if data.plain_language_summary:
        story += [Spacer(1, 18), *plain_language_summary(lang, phone)]
    return build_numbered(doc, buffer, story, t["page"],
                          first_page=envelope_windows(clinic, data.name, data.address))
