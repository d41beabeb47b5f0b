"""Ledger entries, insurance adjudications and the patient balances derived from them, exact to the cent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple

from collections_desktop.domain.aging import AgingTotals, aging_anchor, bucket_for


class EntryKind(str, Enum):
    """What a ledger entry records; its amount is stored as reported and signed by `balance_sign`."""

    CHARGE = "charge"
    INSURANCE_PAYMENT = "insurance_payment"
    CONTRACTUAL = "contractual"
    INSURANCE_ADJUSTMENT = "insurance_adjustment"
    PATIENT_PAYMENT = "patient_payment"
    PATIENT_REFUND = "patient_refund"
    SMALL_BALANCE = "small_balance"
    FINANCIAL_ASSISTANCE = "financial_assistance"
    WRITE_OFF = "write_off"

    @property
    def balance_sign(self) -> int:
        """+1 when the entry raises what is owed, -1 when it lowers it."""
        return 1 if self in (EntryKind.CHARGE, EntryKind.PATIENT_REFUND) else -1


_KINDS = tuple(EntryKind)
# The kind named by its stored text: a dictionary lookup, several times cheaper than EntryKind(text).
ENTRY_KINDS = {kind.value: kind for kind in EntryKind}
_SIGNS = {kind: kind.balance_sign for kind in _KINDS}
# Each kind's sign by its stored text, for code that sums stored rows by the million (an Enum's hash is a
# Python call).
SIGNS_BY_TEXT = {text: kind.balance_sign for text, kind in ENTRY_KINDS.items()}
PATIENT_ADJUSTMENTS = frozenset(
    {EntryKind.SMALL_BALANCE, EntryKind.FINANCIAL_ASSISTANCE, EntryKind.WRITE_OFF}
)


class EncounterStatus(str, Enum):
    """Where an encounter's remaining balance sits."""

    INSURANCE_PENDING = "insurance_pending"
    PATIENT_DUE = "patient_due"
    PAID = "paid"
    CREDIT = "credit"


class LedgerEntry(NamedTuple):
    """One posting against an encounter; `amount_cents` is positive for a normal posting, negative for a reversal."""

    kind: EntryKind
    amount_cents: int
    posted_on: date


@dataclass(frozen=True)
class Adjudication:
    """How a payer processed a claim: the patient-responsibility breakdown and the CARC reasons given."""

    payer: str = ""
    allowed_cents: int = 0
    deductible_cents: int = 0
    coinsurance_cents: int = 0
    copay_cents: int = 0
    noncovered_cents: int = 0
    other_patient_cents: int = 0
    reason_codes: tuple[str, ...] = ()

    @property
    def patient_responsibility_cents(self) -> int:
        return (
            self.deductible_cents
            + self.coinsurance_cents
            + self.copay_cents
            + self.noncovered_cents
            + self.other_patient_cents
        )


@dataclass(frozen=True)
class EncounterBalance:
    """Every figure of one encounter the specialist explains to a patient."""

    billed_cents: int
    insurance_paid_cents: int
    contractual_cents: int
    insurance_adjusted_cents: int
    patient_paid_cents: int
    patient_adjusted_cents: int
    remaining_cents: int
    status: EncounterStatus

    @property
    def patient_balance_cents(self) -> int:
        """What the patient owes now; nothing while insurance is pending, unless there is a credit."""
        if self.status is EncounterStatus.INSURANCE_PENDING:
            return min(self.remaining_cents, 0)
        return self.remaining_cents

    @property
    def insurance_pending_cents(self) -> int:
        if self.status is EncounterStatus.INSURANCE_PENDING:
            return max(self.remaining_cents, 0)
        return 0


def encounter_balance(entries: Iterable[LedgerEntry], insurance_pending: bool) -> EncounterBalance:
    """Derives an encounter's figures from its ledger entries."""
    totals = dict.fromkeys(_KINDS, 0)
    for kind, cents, _posted_on in entries:
        totals[kind] += cents
    return balance_from_totals(totals, insurance_pending)


def balance_from_totals(totals: dict[EntryKind, int], insurance_pending: bool) -> EncounterBalance:
    """An encounter's figures from the sum of its entries per kind (a kind left out sums to nothing)."""
    remaining = sum(_SIGNS[kind] * cents for kind, cents in totals.items())
    if insurance_pending and remaining > 0:
        status = EncounterStatus.INSURANCE_PENDING
    elif remaining > 0:
        status = EncounterStatus.PATIENT_DUE
    elif remaining == 0:
        status = EncounterStatus.PAID
    else:
        status = EncounterStatus.CREDIT
    get = totals.get
    return EncounterBalance(
        billed_cents=get(EntryKind.CHARGE, 0),
        insurance_paid_cents=get(EntryKind.INSURANCE_PAYMENT, 0),
        contractual_cents=get(EntryKind.CONTRACTUAL, 0),
        insurance_adjusted_cents=get(EntryKind.INSURANCE_ADJUSTMENT, 0),
        patient_paid_cents=get(EntryKind.PATIENT_PAYMENT, 0) - get(EntryKind.PATIENT_REFUND, 0),
        patient_adjusted_cents=sum(get(kind, 0) for kind in PATIENT_ADJUSTMENTS),
        remaining_cents=remaining,
        status=status,
    )


def reconciliation_gap(billed_cents: int, insurance_paid_cents: int, contractual_cents: int,
                       insurance_adjusted_cents: int, adjudication: Adjudication) -> int:
    """Cents by which billed differs from paid + contractual + other adjustments + patient responsibility.

    Zero means the adjudication reconciles; anything else is something to review before outreach.
    """
    accounted = (
        insurance_paid_cents
        + contractual_cents
        + insurance_adjusted_cents
        + adjudication.patient_responsibility_cents
    )
    return billed_cents - accounted


@dataclass(frozen=True)
class EncounterForAging:
    """The inputs aging needs from one encounter."""

    service_date: date
    first_statement_date: date | None
    balance: EncounterBalance


@dataclass
class AccountBalance:
    """An account's totals: what the patient owes now, what insurance still holds, and its aging."""

    patient_due_cents: int = 0
    insurance_pending_cents: int = 0
    aging: AgingTotals = field(default_factory=AgingTotals)


def account_balance(encounters: Iterable[EncounterForAging], as_of: date) -> AccountBalance:
    """Adds encounters into account totals; the aging buckets sum to `patient_due_cents` exactly."""
    result = AccountBalance()
    for enc in encounters:
        due = enc.balance.patient_balance_cents
        result.patient_due_cents += due
        result.insurance_pending_cents += enc.balance.insurance_pending_cents
        if due:
            anchor = aging_anchor(enc.service_date, enc.first_statement_date)
            result.aging.add(bucket_for(anchor, as_of), due)
    return result


def spread_oldest_first(cents: int, balances: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spreads a payment or an adjustment over visits given as (visit id, patient balance), oldest first: each
    takes at most its balance. Returns (visit id, share) pairs with positive shares; what is left over (an
    overpayment) is the caller's."""
    remaining, shares = cents, []
    for visit, balance in balances:
        share = min(remaining, max(balance, 0))
        if share > 0:
            shares.append((visit, share))
            remaining -= share
    return shares
