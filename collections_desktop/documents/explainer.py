"""Explains one visit's bill in plain English or Spanish, from per-language sentence files in resources/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from collections_desktop.domain.money import format_display
from collections_desktop.resources import template
from collections_desktop.words.formats import long_day

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class VisitFigures:
    """What the explanation needs from an encounter; amounts in cents."""

    service_date: date
    payer: str
    billed: int
    allowed: int
    insurance_paid: int
    contractual: int
    deductible: int
    coinsurance: int
    copay: int
    noncovered: int
    patient_paid: int
    patient_adjusted: int
    patient_balance: int
    insurance_pending: bool
    denied: bool = False  # the payer denied it and the specialist has not decided yet
    codes: tuple[str, ...] = ()  # the payer's reason and remark codes (CO-16, N130)
    figures_in_doubt: bool = False  # the remittance does not balance and the specialist has not decided
    team_answer: str = ""  # the billing or denials team's answer after a hand-off (rebilled, adjusted, …)
    # Each payer in order (primary first) as (payer, allowed, paid) when more than one processed the visit and
    # what each paid is known; then each payer's payment is told in turn.
    payers: tuple[tuple[str, int, int], ...] = ()
    insurer_adjusted: int = 0  # what the payers' other adjustments took off (negative: a discount counted twice)


@cache
def _sentences(lang: str) -> dict:
    return tomllib.loads(template(lang, "explainer").read_text("utf-8"))


@cache
def _codes(lang: str) -> dict:
    return tomllib.loads(template(lang, "payer_codes").read_text("utf-8"))


def code_words(code: str, lang: str) -> str:
    """Plain words for a payer's code: "CO-16" (group and reason), "16" (reason) or "N130" (remark).

    A patient's own share (PR-1, PR-2, PR-3) is already told by the amounts, so it has no words here.
    """
    words = _codes(lang)
    group, _, reason = code.rpartition("-")
    if group == "PR" and reason in ("1", "2", "3"):
        return ""
    found = words["reasons"].get(reason) or words["remarks"].get(reason)
    if found is None:
        return words["unknown"].format(code=code)
    return f"{code}: {found}"


def explain(visit: VisitFigures, lang: str) -> list[str]:
    """Sentences in the patient's language; only the lines that apply to this visit."""
    t = _sentences(lang)
    money = lambda cents: format_display(cents)  # noqa: E731 - US dollars are written alike in both languages
    when = long_day(visit.service_date, lang)
    lines = [t["billed"].format(date=when, billed=money(visit.billed))]
    answer = "no_change" if visit.team_answer == "upheld" and not visit.payer else visit.team_answer  # no insurer
    if answer in ("rebilled", "adjusted", "upheld", "no_change"):
        lines.append(t[f"reviewed_{answer}"])
    if not visit.payer:
        lines.append(t["self_pay"])
    elif visit.denied:
        reasons = "; ".join(code_words(code, lang) for code in visit.codes if code_words(code, lang))
        lines.append(t["denied"].format(payer=visit.payer, reasons=reasons or "—"))
        return lines
    elif visit.insurance_pending:
        lines.append(t["pending"].format(payer=visit.payer))
        return lines
    elif len(visit.payers) > 1:
        (first, allowed, paid), *later = visit.payers
        lines.append(t["first_payer"].format(payer=first, allowed=money(allowed), paid=money(paid)) if allowed
                     else t["first_payer_paid"].format(payer=first, paid=money(paid)))
        lines.extend(t["next_payer"].format(payer=payer, paid=money(paid)) for payer, _allowed, paid in later)
    elif visit.allowed:
        lines.append(t["allowed_paid"].format(payer=visit.payer, allowed=money(visit.allowed),
                                              paid=money(visit.insurance_paid)))
    else:
        lines.append(t["paid_only"].format(payer=visit.payer, paid=money(visit.insurance_paid)))
    if visit.figures_in_doubt:
        # The payer's split does not add up: no share is explained until the clinic settles it.
        lines.append(t["under_review"].format(amount=money(max(visit.patient_balance, 0))))
        return lines
    # A second payer's remittance repeats the discount; the adjustment that takes it back nets it here, so
    # the sentences add up to what was billed.
    contractual = visit.contractual + min(visit.insurer_adjusted, 0)
    amounts = {"contractual": max(contractual, 0), "insurer_adjusted": max(visit.insurer_adjusted, 0)}
    for key in ("contractual", "insurer_adjusted", "deductible", "coinsurance", "copay", "noncovered"):
        amount = amounts[key] if key in amounts else getattr(visit, key)
        if amount:
            lines.append(t[key].format(amount=money(amount)))
    if visit.patient_paid:
        lines.append(t["paid_by_you"].format(amount=money(visit.patient_paid)))
    if visit.patient_adjusted:
        lines.append(t["adjusted"].format(amount=money(visit.patient_adjusted)))
    if visit.patient_balance > 0:
        lines.append(t["balance"].format(amount=money(visit.patient_balance)))
    elif visit.patient_balance == 0:
        lines.append(t["paid_off"])
    else:
        lines.append(t["credit"].format(amount=money(-visit.patient_balance)))
    return lines
