"""Normalised records every parser produces, whatever the file format: people, claims, remittances, payments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from collections_desktop.domain.identity import PatientKey, same_patient


@dataclass
class PersonRecord:
    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    birth_date: date | None = None
    member_id: str = ""
    preferred_language: str = ""
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number, kind)
    emails: list[str] = field(default_factory=list)
    address: tuple[str, str, str, str, str] | None = None  # line1, line2, city, state, zip
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (system, value): ids other systems gave


@dataclass
class Adjustment:
    """One CAS-style adjustment: group (PR, CO, OA, PI, CR), reason code and amount in cents."""

    group: str
    reason: str
    amount_cents: int
    line: int | None = None


@dataclass
class ServiceLineRecord:
    line_no: int
    procedure_code: str
    billed_cents: int
    paid_cents: int = 0
    allowed_cents: int | None = None
    units: int = 1
    service_date: date | None = None
    control_number: str = ""


@dataclass
class ClaimRemitRecord:
    """One payer's processing of one claim (an X12 CLP loop, a FHIR EOB) with everything needed to post it."""

    where: str
    source_key: str
    claim_id: str
    status: str
    billed_cents: int
    paid_cents: int
    payer: str
    patient: PersonRecord
    reported_patient_cents: int | None = None
    payer_claim_id: str = ""
    service_date: date | None = None
    processed_on: date | None = None
    forwarded: bool = False
    reversal: bool = False
    payer_sequence: int = 1
    lines: list[ServiceLineRecord] = field(default_factory=list)
    adjustments: list[Adjustment] = field(default_factory=list)
    account_number: str = ""  # known from the file (FHIR); an 835 finds or makes the account itself
    filing_indicator: str = ""  # X12 CLP06: MA/MB Medicare, MC Medicaid, 12-17 and others commercial
    subscriber: PersonRecord | None = None  # the insured (NM1*IL) when the file names one
    corrected: PersonRecord | None = None  # the payer's corrected patient name (NM1*74)
    remark_codes: list[str] = field(default_factory=list)  # RARCs (LQ*HE, MOA, MIA), in file order
    predetermination: bool = False  # X12 CLP02 25, FHIR use "predetermination": an estimate, nothing owed
    cas_complete: bool = False  # the adjustments account for every cent (X12 CAS), so they can be checked
    patient_paid_cents: int = 0  # what the patient already paid the clinic, as the payer reports it (FHIR)
    patient_reference: str = ""  # a FHIR Patient the files do not carry: found among the vault's people

    @property
    def adjustments_cents(self) -> int:
        return sum(a.amount_cents for a in self.adjustments)

    @property
    def denied(self) -> bool:
        """X12 CLP02 4: the payer denied the claim (FHIR: outcome error)."""
        return self.status == "4"

    @property
    def dependant(self) -> bool:
        """The patient is not the subscriber: the subscriber is the account's guarantor."""
        sub, pat = self.subscriber, self.patient
        if sub is None or not (sub.last_name or sub.first_name):
            return False
        return not same_patient(PatientKey(sub.first_name, sub.last_name, sub.member_id),
                                PatientKey(pat.first_name, pat.last_name, pat.member_id))

    def _sum(self, group: str, reasons: set[str] | None = None, exclude: set[str] | None = None) -> int:
        return sum(a.amount_cents for a in self.adjustments if a.group == group
                   and (reasons is None or a.reason in reasons) and (exclude is None or a.reason not in exclude))

    @property
    def deductible_cents(self) -> int:
        return self._sum("PR", {"1", "66"})

    @property
    def coinsurance_cents(self) -> int:
        return self._sum("PR", {"2", "248"})

    @property
    def copay_cents(self) -> int:
        return self._sum("PR", {"3", "241"})

    @property
    def noncovered_cents(self) -> int:
        return self._sum("PR", {"96", "204"})

    @property
    def other_patient_cents(self) -> int:
        return self._sum("PR", exclude={"1", "66", "2", "248", "3", "241", "96", "204"})

    @property
    def patient_responsibility_cents(self) -> int:
        return self._sum("PR")

    @property
    def contractual_cents(self) -> int:
        return self._sum("CO") + self._sum("CR")

    @property
    def other_adjustment_cents(self) -> int:
        """OA and PI adjustments, except prior-payer impact (OA-23), which is another payer's money."""
        return self._sum("OA", exclude={"23"}) + self._sum("PI")

    @property
    def allowed_cents(self) -> int | None:
        known = [line.allowed_cents for line in self.lines if line.allowed_cents is not None]
        return sum(known) if known else None

    @property
    def reason_codes(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for a in self.adjustments:
            seen.setdefault(f"{a.group}-{a.reason}", None)
        return tuple(seen)


@dataclass
class AccountRecord:
    """A patient or guarantor account as a PM export or FHIR bundle describes it."""

    where: str
    account_number: str
    guarantor: PersonRecord
    patients: list[PersonRecord] = field(default_factory=list)


@dataclass
class ChargeRecord:
    """A claim or invoice from a ledger-style export: what was billed and what is left for the patient."""

    where: str
    account_number: str
    claim_id: str
    service_date: date
    billed_cents: int
    guarantor: PersonRecord = field(default_factory=PersonRecord)
    patient: PersonRecord | None = None
    payer: str = ""
    insurance_paid_cents: int = 0
    adjustment_cents: int = 0
    patient_paid_cents: int = 0
    balance_cents: int | None = None
    insurance_pending: bool = False


@dataclass
class PostingRecord:
    """One money movement from a transaction-level export, posted once by its source key."""

    where: str
    source_key: str
    account_number: str
    claim_id: str
    kind: str  # a domain EntryKind value
    amount_cents: int
    posted_on: date
    method: str = ""
    reference: str = ""
    patient_responsible: bool | None = None


@dataclass
class ClaimBalanceRecord:
    """What the practice system says is still outstanding on a claim it has closed: the ledger is brought to it."""

    where: str
    account_number: str
    claim_id: str
    outstanding_cents: int
