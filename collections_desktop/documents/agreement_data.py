"""What a payment-plan agreement says (compliance.md P-01), and which required field is still missing."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from collections_desktop.domain.plans.schedule import Installment
from collections_desktop.resources import template
from collections_desktop.words.formats import long_day

LANGUAGES = ("en", "es")


class AgreementIncompleteError(ValueError):
    """An agreement cannot be produced: `fields` names every required field that is empty."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(", ".join(fields))
        self.fields = tuple(fields)


@dataclass(frozen=True)
class Covered:
    claim: str
    service_date: date
    balance_cents: int


@dataclass(frozen=True)
class Autopay:
    token: str
    authorized_on: date


@dataclass(frozen=True)
class FollowUpTerms:
    grace_days: int
    reminder_day: int
    notice_day: int
    cure_days: int
    consecutive_missed: int
    days_after_notice: int


@dataclass(frozen=True)
class AgreementData:
    """Every figure and name printed on the agreement; the same object makes the English and Spanish versions."""

    clinic: dict[str, str]
    account: str
    plan_version: int
    guarantor_name: str
    guarantor_birth_date: date | None
    guarantor_address: str
    patients: tuple[str, ...]
    minor_signer: str
    statement_date: date
    covered: tuple[Covered, ...]
    total_cents: int
    schedule: tuple[Installment, ...]
    frequency: str
    payment_method: str
    follow_up: FollowUpTerms
    preferred_language: str
    autopay: Autopay | None = None
    assistance_decision: str = ""  # "" (none) or "pending": an application is being reviewed
    adjustments: str = ""

    @property
    def down_payment(self) -> Installment | None:
        return next((i for i in self.schedule if i.number == 0), None)

    @property
    def installments(self) -> tuple[Installment, ...]:
        return tuple(i for i in self.schedule if i.number > 0)

    @property
    def financed_cents(self) -> int:
        return sum(i.amount_cents for i in self.installments)


def missing_fields(data: AgreementData) -> list[str]:
    """The required P-01 fields left empty, named as the specialist would fix them."""
    missing = [f"clinic.{name}" for name in ("legal_name", "address", "phone", "hours")
               if not data.clinic.get(name, "").strip()]
    checks = [("guarantor.name", data.guarantor_name.strip()), ("guarantor.birth_date", data.guarantor_birth_date),
              ("guarantor.address", data.guarantor_address.strip()), ("account", data.account.strip()),
              ("accounts_covered", data.covered), ("schedule", data.installments),
              ("first_due_date", data.installments and data.installments[0].due),
              ("preferred_language", data.preferred_language in LANGUAGES)]
    missing += [name for name, value in checks if not value]
    if data.autopay is not None and not data.autopay.token.strip():
        missing.append("autopay.authorization")
    if sum(i.amount_cents for i in data.schedule) != data.total_cents:
        missing.append("schedule_total")
    return missing


@cache
def texts(lang: str) -> dict:
    return tomllib.loads(template(lang, "agreement").read_text("utf-8"))


def clinic_hours(clinic: dict[str, str], lang: str) -> str:
    """The office hours as the clinic wrote them for this language (Spanish ones when given)."""
    spanish = (clinic.get("hours_es") or "").strip() if lang == "es" else ""
    return spanish or clinic.get("hours", "")


def long_date(value: date, lang: str) -> str:
    """"December 2, 2026" / "2 de diciembre de 2026": the one long date format of each language (CLDR)."""
    return long_day(value, lang)
