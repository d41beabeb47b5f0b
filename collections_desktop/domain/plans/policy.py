"""The clinic's payment-plan policy: term tiers, minimum installment, frequencies and follow-up days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from collections_desktop.domain.escalation.rules import (
    CREDIT_BAN_STATES,
    DEFAULT_STEPS,
    STATE_WAIT_DAYS,
    LadderPolicy,
)
from collections_desktop.domain.plans.policy_fields import PolicyError
from collections_desktop.domain.plans.policy_fields import decimal as _decimal
from collections_desktop.domain.plans.policy_fields import flag as _flag
from collections_desktop.domain.plans.policy_fields import integer as _integer
from collections_desktop.domain.plans.policy_fields import money as _money
from collections_desktop.domain.plans.policy_fields import table as _table
from collections_desktop.domain.plans.policy_sections import agency, assistance, escalation, letters
from collections_desktop.domain.plans.schedule import Frequency
from collections_desktop.domain.plans.tracker import Overpayment

CLINIC_FIELDS = ("legal_name", "doing_business_as", "address", "phone", "hours", "hours_es")
OPTIONAL_CLINIC_FIELDS = frozenset({"doing_business_as", "hours_es"})  # hours_es: else `hours` is shown


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
    escalation_steps: tuple[tuple[str, int], ...] = DEFAULT_STEPS
    escalation_minimum_cents: int = 2_500
    # The state tables the ladder's gates read (rules.LadderPolicy says what each is).
    escalation_state_waits: tuple[tuple[str, int], ...] = STATE_WAIT_DAYS
    escalation_credit_bans: tuple[str, ...] = CREDIT_BAN_STATES
    escalation_limitation_years: tuple[tuple[str, int], ...] = ()
    # [agency]: the agency the clinic places accounts with, and how its files are written ("csv" or "tab").
    agency_name: str = ""
    agency_file_format: str = "csv"

    def ladder(self) -> LadderPolicy:
        """The ladder the escalation gates read."""
        return LadderPolicy(self.escalation_steps, self.escalation_minimum_cents, self.escalation_state_waits,
                            self.escalation_credit_bans, self.escalation_limitation_years)

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
        **letters(data.get("letters", {})),
        **assistance(data.get("assistance")),
        **escalation(data.get("escalation")),
        **agency(data.get("agency")),
        **days,
    )


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
