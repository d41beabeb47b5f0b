"""The clinic's payment-plan policy: term tiers, minimum installment, frequencies and follow-up days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from collections_desktop.domain.money import MoneyError, to_cents
from collections_desktop.domain.plans.schedule import Frequency
from collections_desktop.domain.plans.tracker import Overpayment

CLINIC_FIELDS = ("legal_name", "doing_business_as", "address", "phone", "hours", "hours_es")
OPTIONAL_CLINIC_FIELDS = frozenset({"doing_business_as", "hours_es"})  # hours_es: else `hours` is shown


class PolicyError(ValueError):
    """A policy value that cannot be used: `where` names the field ("terms.tiers[2].months"), `code` the problem."""

    def __init__(self, where: str, code: str, **params: object) -> None:
        super().__init__(f"{where}: {code}")
        self.where = where
        self.code = code
        self.params = params


@dataclass(frozen=True)
class TermTier:
    """Balances up to `up_to_cents` (None: everything above) may run at most `months`."""

    up_to_cents: int | None
    months: int
    supervisor_approval: bool = False


# A clinic's own reason code: lower-case words joined by "_", as stored with a contact (32 characters at most).
REASON_CODE = re.compile(r"[a-z][a-z0-9_]{1,31}")

@dataclass(frozen=True)
class PlanPolicy:
    """One version of the clinic's rules for plans; amounts in cents, days as integers."""

    version: int
    tiers: tuple[TermTier, ...]
    minimum_installment_cents: int
    higher_minimum_installment_cents: int
    higher_minimum_above_cents: int
    frequencies: tuple[Frequency, ...]
    interest_percent: Decimal
    down_payment_max_percent: int
    grace_days: int
    reminder_day: int
    notice_day: int
    default_consecutive_missed: int
    default_days_after_notice: int
    cure_days: int
    clinic: dict[str, str]
    collector_role: str
    overpayment: Overpayment = Overpayment.NEXT_INSTALLMENTS
    backdate_limit_days: int = 3  # [records]: how far back a date may be stated without a reason
    # [reports.reasons]: reasons for not paying the clinic adds to the shipped list, as (code, English, Spanish).
    clinic_reasons: tuple[tuple[str, str, str], ...] = ()
    # [clinic] is_501r_facility: part of a 501(c)(3) hospital facility (IRS 501(r), compliance.md M-03).
    is_501r_facility: bool = False
    # [letters]: a validation notice offered with the first letter (always when the role is THIRD_PARTY), and
    # the days a final notice gives the patient before escalation (30 at least).
    validation_notice: bool = False
    final_notice_days: int = 30
    # [assistance]: the sliding scale as (up to percent of the poverty guideline, discount percent), lowest line
    # first, and the documents an application asks for (codes).
    assistance_tiers: tuple[tuple[int, int], ...] = ((200, 100), (300, 75), (400, 50))
    assistance_documents: tuple[str, ...] = ("proof_of_income", "photo_id", "household_members")
    # [escalation]: the ladder's steps with the days after the step before, and the least balance it takes.
    escalation_steps: tuple[tuple[str, int], ...] = (("statement_1", 0), ("statement_2", 30), ("final_notice", 30),
                                                     ("supervisor_review", 30), ("agency_placement", 0))
    escalation_minimum_cents: int = 2_500

    @property
    def validation_notice_required(self) -> bool:
        return self.validation_notice or self.collector_role == "THIRD_PARTY"

    def tier_for(self, balance_cents: int) -> TermTier:
        return next(t for t in self.tiers if t.up_to_cents is None or balance_cents <= t.up_to_cents)

    def minimum_monthly_cents(self, balance_cents: int) -> int:
        if balance_cents > self.higher_minimum_above_cents:
            return self.higher_minimum_installment_cents
        return self.minimum_installment_cents

    def missing_clinic_fields(self) -> list[str]:
        """The clinic details an agreement needs that the policy leaves empty ("doing business as" is optional)."""
        return [f"clinic.{name}" for name in CLINIC_FIELDS
                if name not in OPTIONAL_CLINIC_FIELDS and not self.clinic.get(name, "").strip()]


def policy_from_mapping(data: dict[str, Any]) -> PlanPolicy:
    """Builds a policy from a parsed TOML document, naming the first field that is missing or wrong."""
    terms, follow, clinic = (_table(data, name) for name in ("terms", "follow_up", "clinic"))
    tiers = _tiers(terms.get("tiers"))
    frequencies = _frequencies(terms.get("frequencies"))
    interest = _decimal(terms, "interest_percent", "terms")
    if interest != 0:
        raise PolicyError("terms.interest_percent", "policy_interest_not_supported")
    days: dict[str, Any] = {name: _integer(follow, name, "follow_up", low=0, high=365) for name in
            ("grace_days", "reminder_day", "notice_day", "default_days_after_notice", "cure_days")}
    if days["cure_days"] < 14:
        raise PolicyError("follow_up.cure_days", "policy_cure_too_short")
    return PlanPolicy(
        version=_integer(data, "version", "", low=1, high=10**6),
        tiers=tiers,
        minimum_installment_cents=_money(terms, "minimum_installment", "terms"),
        higher_minimum_installment_cents=_money(terms, "higher_minimum_installment", "terms"),
        higher_minimum_above_cents=_money(terms, "higher_minimum_above", "terms"),
        frequencies=frequencies,
        interest_percent=interest,
        down_payment_max_percent=_integer(terms, "down_payment_max_percent", "terms", low=0, high=100),
        default_consecutive_missed=_integer(follow, "default_consecutive_missed", "follow_up", low=1, high=12),
        clinic={name: str(clinic.get(name, "")) for name in CLINIC_FIELDS},
        collector_role=str(clinic.get("collector_role", "FIRST_PARTY_EMPLOYEE")),
        overpayment=_overpayment(terms.get("overpayment", Overpayment.NEXT_INSTALLMENTS.value)),
        # Optional: policies stored before the section existed keep the default.
        backdate_limit_days=_integer(data["records"], "backdate_limit_days", "records", low=0, high=30)
        if isinstance(data.get("records"), dict) and "backdate_limit_days" in data["records"] else 3,
        clinic_reasons=_clinic_reasons(data.get("reports", {})),
        is_501r_facility=_flag(clinic, "is_501r_facility", "clinic"),
        **_letters(data.get("letters", {})),
        **_assistance(data.get("assistance")),
        **_escalation(data.get("escalation")),
        **days,
    )


def _flag(table: dict[str, Any], name: str, where: str) -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise PolicyError(f"{where}.{name}", "policy_not_true_false")
    return value


def _letters(letters: object) -> dict[str, Any]:
    """[letters] (optional): validation_notice = true|false, final_notice_days = 30…365."""
    if not isinstance(letters, dict):
        raise PolicyError("letters", "policy_section_not_table")
    found: dict[str, Any] = {"validation_notice": _flag(letters, "validation_notice", "letters")}
    if "final_notice_days" in letters:
        found["final_notice_days"] = _integer(letters, "final_notice_days", "letters", low=30, high=365)
    return found


ASSISTANCE_DOCUMENTS = ("proof_of_income", "photo_id", "household_members", "proof_of_residence",
                        "benefits_letter", "tax_return")


def _assistance(section: object) -> dict[str, Any]:
    """[assistance] (optional): tiers = [{ up_to_percent = 200, discount_percent = 100 }, …] rising, and
    documents = ["proof_of_income", …]."""
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise PolicyError("assistance", "policy_section_not_table")
    found: dict[str, Any] = {}
    if "tiers" in section:
        raw = section["tiers"]
        if not isinstance(raw, list) or not raw:
            raise PolicyError("assistance.tiers", "policy_no_tiers")
        tiers, previous = [], 0
        for k, item in enumerate(raw):
            where = f"assistance.tiers[{k + 1}]"
            if not isinstance(item, dict):
                raise PolicyError(where, "policy_section_not_table")
            line = _integer(item, "up_to_percent", where, low=1, high=1000)
            discount = _integer(item, "discount_percent", where, low=1, high=100)
            if line <= previous:
                raise PolicyError(f"{where}.up_to_percent", "policy_tiers_must_rise")
            tiers.append((line, discount))
            previous = line
        found["assistance_tiers"] = tuple(tiers)
    if "documents" in section:
        documents = section["documents"]
        if not isinstance(documents, list) or any(d not in ASSISTANCE_DOCUMENTS for d in documents):
            raise PolicyError("assistance.documents", "policy_unknown_document",
                              choices=", ".join(ASSISTANCE_DOCUMENTS))
        found["assistance_documents"] = tuple(documents)
    return found


def _escalation(section: object) -> dict[str, Any]:
    """[escalation] (optional): steps = [{ step = "statement_1", wait_days = 0 }, …] in ladder order, and
    minimum_balance = "25.00"."""
    from collections_desktop.domain.escalation.ladder import ladder_problem

    if section is None:
        return {}
    if not isinstance(section, dict):
        raise PolicyError("escalation", "policy_section_not_table")
    found: dict[str, Any] = {}
    if "steps" in section:
        raw = section["steps"]
        if not isinstance(raw, list):
            raise PolicyError("escalation.steps", "policy_ladder_steps")
        steps = []
        for k, item in enumerate(raw):
            where = f"escalation.steps[{k + 1}]"
            if not isinstance(item, dict) or not isinstance(item.get("step"), str):
                raise PolicyError(where, "policy_ladder_steps")
            steps.append((item["step"], _integer(item, "wait_days", where, low=0, high=365)))
        problem = ladder_problem(steps)
        if problem is not None:
            raise PolicyError("escalation.steps", problem)
        found["escalation_steps"] = tuple(steps)
    if "minimum_balance" in section:
        found["escalation_minimum_cents"] = _money(section, "minimum_balance", "escalation")
    return found


def _clinic_reasons(reports: object) -> tuple[tuple[str, str, str], ...]:
    """[reports.reasons]: `code = { en = "…", es = "…" }` for each reason the clinic adds (optional)."""
    from collections_desktop.domain.reports.billing_issues import REASONS

    if not isinstance(reports, dict):
        raise PolicyError("reports", "policy_section_not_table")
    reasons = reports.get("reasons", {})
    if not isinstance(reasons, dict):
        raise PolicyError("reports.reasons", "policy_section_not_table")
    found = []
    for code, words in reasons.items():
        where = f"reports.reasons.{code}"
        if not REASON_CODE.fullmatch(code):
            raise PolicyError(where, "policy_reason_code")
        if code in REASONS:
            raise PolicyError(where, "policy_reason_shipped")
        if not isinstance(words, dict) or not all(isinstance(words.get(lang), str) and words[lang].strip()
                                                  for lang in ("en", "es")):
            raise PolicyError(where, "policy_reason_words")
        found.append((code, words["en"].strip()[:120], words["es"].strip()[:120]))
    return tuple(found)


def _tiers(raw: object) -> tuple[TermTier, ...]:
    if not isinstance(raw, list) or not raw:
        raise PolicyError("terms.tiers", "policy_no_tiers")
    tiers, previous = [], -1
    for k, item in enumerate(raw):
        where = f"terms.tiers[{k + 1}]"
        if not isinstance(item, dict):
            raise PolicyError(where, "policy_tier_not_table")
        up_to = _money(item, "up_to", where) if "up_to" in item else None
        last = k == len(raw) - 1
        if (up_to is None) != last:
            raise PolicyError(where, "policy_tier_up_to" if not last else "policy_last_tier_up_to")
        if up_to is not None and up_to <= previous:
            raise PolicyError(f"{where}.up_to", "policy_tiers_must_rise")
        tiers.append(TermTier(up_to, _integer(item, "months", where, low=1, high=120),
                              bool(item.get("supervisor_approval", False))))
        previous = up_to if up_to is not None else previous
    return tuple(tiers)


def _overpayment(raw: object) -> Overpayment:
    try:
        return Overpayment(str(raw))
    except ValueError:
        raise PolicyError("terms.overpayment", "policy_unknown_overpayment", value=str(raw),
                          choices=", ".join(o.value for o in Overpayment)) from None


def _frequencies(raw: object) -> tuple[Frequency, ...]:
    if not isinstance(raw, list) or not raw:
        raise PolicyError("terms.frequencies", "policy_no_frequencies")
    try:
        return tuple(Frequency(str(f)) for f in raw)
    except ValueError:
        raise PolicyError("terms.frequencies", "policy_unknown_frequency", value=", ".join(map(str, raw))) from None


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise PolicyError(name, "policy_section_missing")
    return value


def _integer(table: dict[str, Any], name: str, section: str, low: int, high: int) -> int:
    where = f"{section}.{name}" if section else name
    value = table.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(where, "policy_not_whole_number")
    if not low <= value <= high:
        raise PolicyError(where, "policy_out_of_range", low=low, high=high)
    return value


def _money(table: dict[str, Any], name: str, section: str) -> int:
    where = f"{section}.{name}"
    value = table.get(name)
    if not isinstance(value, str):
        raise PolicyError(where, "policy_amount_as_text")
    try:
        cents = to_cents(value)
    except MoneyError:
        raise PolicyError(where, "policy_bad_amount", value=value) from None
    if cents < 0:
        raise PolicyError(where, "policy_negative")
    return cents


def _decimal(table: dict[str, Any], name: str, section: str) -> Decimal:
    try:
        return Decimal(str(table.get(name, "0")))
    except InvalidOperation:
        raise PolicyError(f"{section}.{name}", "policy_not_a_number") from None
