from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.aging import AgingBucket
from collections_desktop.domain.ledger import (
    Adjudication,
    EncounterForAging,
    EncounterStatus,
    EntryKind,
    LedgerEntry,
    account_balance,
    encounter_balance,
    reconciliation_gap,
)

D = date(2026, 3, 3)


def entries(*pairs):
    return [LedgerEntry(kind, cents, D) for kind, cents in pairs]


def test_worked_example_deductible_and_coinsurance():
    # Billed 816.24, allowed 376.20: insurer pays 261.07, deductible 110.00, coinsurance 5.13.
    adjudication = Adjudication(payer="UHC", allowed_cents=37620, deductible_cents=11000, coinsurance_cents=513,
                                reason_codes=("CO-45", "PR-1", "PR-2"))
    posted = entries((EntryKind.CHARGE, 81624), (EntryKind.INSURANCE_PAYMENT, 26107),
                     (EntryKind.CONTRACTUAL, 44004))
    balance = encounter_balance(posted, insurance_pending=False)
    assert adjudication.patient_responsibility_cents == 11513
    assert balance.patient_balance_cents == 11513
    assert balance.status is EncounterStatus.PATIENT_DUE
    assert reconciliation_gap(81624, 26107, 44004, 0, adjudication) == 0
    assert reconciliation_gap(81624, 26107, 44000, 0, adjudication) == 4


def test_payments_adjustments_and_refunds():
    posted = entries((EntryKind.CHARGE, 20000), (EntryKind.PATIENT_PAYMENT, 5000),
                     (EntryKind.SMALL_BALANCE, 300), (EntryKind.PATIENT_REFUND, 1000),
                     (EntryKind.PATIENT_PAYMENT, -2000))  # a returned check
    balance = encounter_balance(posted, insurance_pending=False)
    assert balance.patient_paid_cents == 2000
    assert balance.patient_adjusted_cents == 300
    assert balance.patient_balance_cents == 20000 - 2000 - 300


def test_pending_insurance_is_not_patient_due_but_credit_shows():
    pending = encounter_balance(entries((EntryKind.CHARGE, 10000), (EntryKind.PATIENT_PAYMENT, 2000)), True)
    assert pending.status is EncounterStatus.INSURANCE_PENDING
    assert pending.patient_balance_cents == 0
    assert pending.insurance_pending_cents == 8000
    credit = encounter_balance(entries((EntryKind.CHARGE, 1000), (EntryKind.PATIENT_PAYMENT, 1500)), True)
    assert credit.status is EncounterStatus.CREDIT
    assert credit.patient_balance_cents == -500


def test_paid_off():
    paid = encounter_balance(entries((EntryKind.CHARGE, 1000), (EntryKind.PATIENT_PAYMENT, 1000)), False)
    assert paid.status is EncounterStatus.PAID


def test_account_aging_sums_to_patient_due():
    as_of = date(2026, 6, 30)
    recent = encounter_balance(entries((EntryKind.CHARGE, 5000)), False)
    old = encounter_balance(entries((EntryKind.CHARGE, 7000), (EntryKind.PATIENT_PAYMENT, 1000)), False)
    pending = encounter_balance(entries((EntryKind.CHARGE, 9000)), True)
    totals = account_balance([
        EncounterForAging(date(2026, 6, 20), None, recent),
        EncounterForAging(date(2025, 12, 1), date(2026, 1, 2), old),
        EncounterForAging(date(2026, 6, 25), None, pending),
    ], as_of)
    assert totals.patient_due_cents == 11000
    assert totals.insurance_pending_cents == 9000
    assert totals.aging.cents[AgingBucket.CURRENT] == 5000
    assert totals.aging.cents[AgingBucket.OVER_120] == 6000
    assert totals.aging.total == totals.patient_due_cents


cents = st.integers(min_value=0, max_value=5_000_00)


@given(billed=st.integers(min_value=1, max_value=50_000_00), allowed_share=st.integers(0, 100),
       deductible=cents, coinsurance_pct=st.integers(0, 50), copay=cents, paid_share=st.integers(0, 100))
def test_adjudications_built_from_parts_reconcile(billed, allowed_share, deductible, coinsurance_pct, copay,
                                                  paid_share):
    allowed = billed * allowed_share // 100
    deductible = min(deductible, allowed)
    copay = min(copay, allowed - deductible)
    coinsurance = (allowed - deductible - copay) * coinsurance_pct // 100
    adjudication = Adjudication(allowed_cents=allowed, deductible_cents=deductible, copay_cents=copay,
                                coinsurance_cents=coinsurance)
    insurance_paid = allowed - adjudication.patient_responsibility_cents
    contractual = billed - allowed
    assert reconciliation_gap(billed, insurance_paid, contractual, 0, adjudication) == 0
    patient_paid = adjudication.patient_responsibility_cents * paid_share // 100
    balance = encounter_balance(entries((EntryKind.CHARGE, billed), (EntryKind.INSURANCE_PAYMENT, insurance_paid),
                                        (EntryKind.CONTRACTUAL, contractual),
                                        (EntryKind.PATIENT_PAYMENT, patient_paid)), False)
    assert balance.patient_balance_cents == adjudication.patient_responsibility_cents - patient_paid
