"""The payment-plan agreement PDF: English, Spanish or both with identical figures, "Page 1 of 2" per version."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from collections_desktop.documents.agreement_data import (
    AgreementData,
    AgreementIncompleteError,
    clinic_hours,
    long_date,
    missing_fields,
    texts,
)
from collections_desktop.documents.pdf_base import FONT, PAGE, new_buffer, styles
from collections_desktop.domain.money import format_display

MARGIN = 0.75 * inch
WIDTH = PAGE[0] - 2 * MARGIN
GRID = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


class _VersionStart(Flowable):
    """Marks the page where one language version begins, so the footer numbers each version on its own."""

    def __init__(self, lang: str, pages: dict) -> None:
        super().__init__()
        self.lang, self.pages = lang, pages

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages["current"] = self.lang


def build_agreement(data: AgreementData, languages: tuple[str, ...]) -> bytes:
    """The agreement in each language of `languages`, one after the other; refused while a field is missing."""
    missing = missing_fields(data)
    if missing:
        raise AgreementIncompleteError(missing)
    buffer = new_buffer()
    pages: dict = {"current": languages[0], "of_page": {}}
    first = texts(languages[0])
    doc = BaseDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=first["title"], author=data.clinic["legal_name"],
                          subject=first["subtitle"].format(account=data.account, version=data.plan_version))
    counts: dict[str, int] = {}

    def footer(canvas, document) -> None:  # noqa: ANN001
        lang = pages["current"]
        pages["of_page"][document.page] = lang
        index = sum(1 for p, v in pages["of_page"].items() if v == lang and p <= document.page)
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, 0.45 * inch, f"{data.clinic['legal_name']} · {data.account}")
        canvas.drawRightString(PAGE[0] - MARGIN, 0.45 * inch,
                               texts(lang)["page"].format(page=index, pages=counts.get(lang, index)))
        canvas.restoreState()

    frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=footer)])
    story: list = []
    for k, lang in enumerate(languages):
        if k:
            story.append(PageBreak())
        story.append(_VersionStart(lang, pages))
        story += _version(data, lang)
    doc.build(list(story))
    for lang in pages["of_page"].values():
        counts[lang] = counts.get(lang, 0) + 1
    buffer.seek(0)
    buffer.truncate()
    pages["of_page"], pages["current"] = {}, languages[0]
    doc.build(list(story))
    return buffer.getvalue()


def _version(data: AgreementData, lang: str) -> list:
    t, s = texts(lang), styles()
    labels, text = t["labels"], t["text"]
    para = lambda value, style="fine": Paragraph(escape(str(value)), s[style])  # noqa: E731
    money, when = format_display, lambda d: long_date(d, lang)  # noqa: E731

    def rows(pairs: list[tuple[str, object]], widths: tuple[float, float] = (2.3 * inch, WIDTH - 2.3 * inch)) -> Table:
        table = Table([[para(a), para(b)] for a, b in pairs], colWidths=list(widths))
        table.setStyle(GRID)
        return table

    def section(key: str, *flowables: Flowable) -> list:
        return [CondPageBreak(1.2 * inch), Paragraph(escape(t["sections"][key]), s["heading"]), *flowables]

    clinic = data.clinic
    installments, down = data.installments, data.down_payment
    story: list = [Paragraph(escape(t["title"]), s["title"]),
                   para(t["subtitle"].format(account=data.account, version=data.plan_version))]
    clinic_side = [(labels["clinic"], clinic["legal_name"])]
    if clinic.get("doing_business_as", "").strip():
        clinic_side.append((labels["dba"], clinic["doing_business_as"]))
    clinic_side += [(labels["clinic_address"], clinic["address"]), (labels["clinic_phone"], clinic["phone"]),
                    (labels["clinic_hours"], clinic_hours(clinic, lang))]
    person_side = [(labels["guarantor"], data.guarantor_name), (labels["birth_date"], when(data.guarantor_birth_date)),
                   (labels["address"], data.guarantor_address),
                   (labels["patients"], ", ".join(data.patients) or data.guarantor_name),
                   (labels["minor_signer"], data.minor_signer or labels["minor_none"])]
    story += section("parties", _side_by_side(
        [[para(a), para(b)] for a, b in clinic_side], [[para(a), para(b)] for a, b in person_side],
        [1.1 * inch, 2.3 * inch], [1.3 * inch, WIDTH - 4.7 * inch]))
    visits = Table([[para(labels["claim"]), para(labels["service_date"]), para(labels["balance"])]] +
                   [[para(c.claim), para(when(c.service_date)), para(money(c.balance_cents))] for c in data.covered],
                   colWidths=[2.6 * inch, 2.4 * inch, WIDTH - 5 * inch], repeatRows=1)
    visits.setStyle(GRID)
    story += section("accounts", visits, Spacer(1, 4), rows([
        (labels["statement_date"], when(data.statement_date)), (labels["total"], money(data.total_cents)),
        (labels["adjustments"], data.adjustments or t["none"]),
        (labels["assistance"], text.get(f"assistance_{data.assistance_decision}", t["none_f"]))]))
    terms = [(labels["down_payment"], labels["down_payment_value"].format(amount=money(down.amount_cents),
                                                                          date=when(down.due)) if down else t["none"]),
             (labels["installment"], money(installments[0].amount_cents)),
             (labels["frequency"], t["frequencies"][data.frequency]), (labels["count"], str(len(installments))),
             (labels["first_due"], when(installments[0].due)), (labels["last_due"], when(installments[-1].due))]
    if installments[-1].amount_cents != installments[0].amount_cents:
        terms.append((labels["final_payment"], money(installments[-1].amount_cents)))
    story += section("terms", rows(terms))
    head = [para(labels["number"]), para(labels["due"]), para(labels["amount"])]
    lines = [[para(labels["down_payment_row"] if i.number == 0 else str(i.number)), para(when(i.due)),
              para(money(i.amount_cents))] for i in data.schedule]
    half = (len(lines) + 1) // 2 if len(lines) > 6 else len(lines)
    widths = [0.9 * inch, 1.7 * inch, 0.85 * inch]
    schedule = _side_by_side([head] + lines[:half], [head] + lines[half:] if lines[half:] else [],
                             widths, widths, repeat=1)
    story += section("schedule", schedule)
    interest = [para(text["interest"])]
    if len(installments) > 4:
        interest.append(_boxed([para(text["tila_title"], "strong"), para(text["tila"].format(
            financed=money(data.financed_cents), total=money(data.financed_cents)))]))
    story += section("interest", *interest)
    method = [rows([(labels["payment_method"], t["methods"].get(data.payment_method, data.payment_method))])]
    if data.autopay is not None:
        method.append(_boxed([para(text["autopay_title"], "strong"), para(text["autopay"].format(
            clinic=clinic["legal_name"], token=data.autopay.token, first=when(installments[0].due),
            phone=clinic["phone"]))]))
    story += section("method", *method)
    story += section("prepayment", para(text["prepayment"]))
    f = data.follow_up
    story += section("missed", para(text["missed"].format(
        grace=f.grace_days, notice=f.notice_day, cure=max(f.cure_days, 14),
        reminder_days=t["day_one" if f.reminder_day == 1 else "day_many"].format(n=f.reminder_day),
        missed=f.consecutive_missed, after=f.days_after_notice)))
    story += section("new_charges", para(text["new_charges"]))
    story += section("rights", _boxed([para(f"• {line}") for line in text["rights"]]))
    story += section("reporting", para(text["reporting"]))
    hours = clinic_hours(clinic, lang)
    story += section("questions", para(text["questions"].format(phone=clinic["phone"], hours=hours)),
                     para(text[f"language_{data.preferred_language}"]))
    sign = Table([[para(text["signature_guarantor"], "small"), para(text["signature_date"], "small")],
                  [para(text["signature_clinic"], "small"), para(text["signature_date"], "small")]],
                 colWidths=[WIDTH * 0.68, WIDTH * 0.32], rowHeights=[0.6 * inch, 0.6 * inch])
    sign.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (1, 0), (1, -1), 12)]))
    story += [KeepTogether(section("signatures", Spacer(1, 24), sign, para(text["copy"], "small")))]
    return story


def _side_by_side(left: list[list], right: list[list], left_widths: list[float], right_widths: list[float],
                  repeat: int = 0) -> Table:
    """Two lists of rows printed next to each other, with a gap between them."""
    gap = WIDTH - sum(left_widths) - sum(right_widths)
    blank_left, blank_right = [""] * len(left_widths), [""] * len(right_widths)
    rows = [(left[k] if k < len(left) else blank_left) + [""] + (right[k] if k < len(right) else blank_right)
            for k in range(max(len(left), len(right)))]
    table = Table(rows, colWidths=[*left_widths, gap, *right_widths], repeatRows=repeat)
    n = len(left_widths)
    style = [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
             ("LINEBELOW", (0, 0), (n - 1, len(left) - 1), 0.25, colors.lightgrey)]
    if right:
        style.append(("LINEBELOW", (n + 1, 0), (-1, len(right) - 1), 0.25, colors.lightgrey))
    table.setStyle(TableStyle(style))
    return table


def _boxed(flowables: list[Flowable]) -> Table:
    box = Table([[flowables]], colWidths=[WIDTH])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return box
