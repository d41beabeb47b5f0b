"""One synthetic claim: service lines, a payer adjudication that reconciles, statements and patient payments."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from collections_desktop.domain.flags import PaymentMethod
from collections_desktop.domain.ledger import EncounterForAging, EntryKind, LedgerEntry, encounter_balance
from collections_desktop.services.demo import demo_pools as pools
from collections_desktop.services.demo.demo_history import DEDUCTIBLE_CHANCE, cob_denied, hand_to_billing

if TYPE_CHECKING:
    from collections_desktop.services.demo.demo_generator import DemoGenerator

MAX_CLAIMS = 4
MEDICARE_PART_B_DEDUCTIBLE_CENTS = 25_700
PAYMENT_REFERENCES = (
    (PaymentMethod.CARD, "AUTH"), (PaymentMethod.CHECK, "CHK "), (PaymentMethod.CASH, ""),
    (PaymentMethod.PORTAL, "WEB"), (PaymentMethod.ACH, "ACH"),
)

_KIND_TEXT = {kind: kind.value for kind in EntryKind}


def _patient_share(gen: DemoGenerator, payer_kind: str, allowed: int, has_office_visit: bool,
                   served: date) -> tuple[int, int, int]:
    """(deductible, coinsurance, copay) of the allowed amount, as the payer kind would split it; deductibles
    are due most often early in the year, when plans reset."""
    rng = gen.rng
    deductible = coinsurance = copay = 0
    remaining = allowed
    if payer_kind == "medicare":
        if rng.random() < DEDUCTIBLE_CHANCE[served.month] * 0.8:
            deductible = min(remaining, MEDICARE_PART_B_DEDUCTIBLE_CENTS)
            remaining -= deductible
        coinsurance = remaining * 20 // 100
    elif payer_kind == "medicaid":
        copay = min(remaining, gen._pick((0, 0, 100, 200, 400)))
    else:
        if has_office_visit and rng.random() < 0.5:
            copay = min(remaining, gen._pick((2000, 2500, 3000, 4000, 5000)))
            remaining -= copay
        if rng.random() < DEDUCTIBLE_CHANCE[served.month]:
            deductible = min(remaining, gen._between(5000, 150000))
            remaining -= deductible
        coinsurance = remaining * gen._pick((10, 20, 20, 30)) // 100
    return deductible, coinsurance, copay


def build_claim(gen: DemoGenerator, account_id: int, patient_id: int, claim: str, payer_kind: str,
                payer: str) -> tuple[EncounterForAging, bool]:
    """Appends one encounter's rows; returns what aging needs and whether insurance is still pending."""
    rng, rows, today, take = gen.rng, gen.rows, gen.today, gen.ids.take
    # Skewed towards recent visits, with a long tail so every aging bucket fills.
    service_date = today - timedelta(days=int(rng.triangular(3, 420, 40)))
    encounter_id = take("encounter")
    entries: list[LedgerEntry] = []

    def post(kind: EntryKind, cents: int, posted_on: date, method: str = "", reference: str = "") -> None:
        entries.append(LedgerEntry(kind, cents, posted_on))
        rows["ledger_entry"].append((take("ledger_entry"), account_id, encounter_id, _KIND_TEXT[kind], cents,
                                     posted_on, method, reference, gen.created_at, None))

    roll = rng.random()
    lines = (gen._pick(pools.PROCEDURES),) if roll < 0.5 else rng.sample(pools.PROCEDURES, 2 if roll < 0.85 else 3)
    billed = last_line = 0
    for n, (code, description, low, high) in enumerate(lines, start=1):
        last_line = gen._between(low * 100, high * 100)
        billed += last_line
        rows["service_line"].append((take("service_line"), encounter_id, n, code, description, 1, last_line))
    post(EntryKind.CHARGE, billed, service_date)
    insured = payer_kind != "self_pay"
    pending = insured and (today - service_date).days < 45 and rng.random() < 0.35
    statement_date = None
    owed = billed
    if insured and not pending:
        processed_on = service_date + timedelta(days=gen._between(12, 35))
        noncovered = last_line if len(lines) > 1 and rng.random() < 0.06 else 0
        covered = billed - noncovered
        allowed = covered * gen._between(45 if payer_kind == "commercial" else 35, 80) // 100
        office_visit = any(code.startswith("99") for code, *_ in lines)
        deductible, coinsurance, copay = _patient_share(gen, payer_kind, allowed, office_visit, service_date)
        insurance_paid = allowed - deductible - coinsurance - copay
        contractual = covered - allowed
        denied = cob_denied(gen, encounter_id, payer, processed_on)
        if denied:  # another plan pays first: nothing is paid, nothing is the patient's until it is sorted out
            deductible = coinsurance = copay = 0
            insurance_paid, cob = 0, allowed
            codes = ["CO-45", "CO-22"] + (["PR-204"] if noncovered else [])
        else:
            cob = 0
            codes = ["CO-45"] + [code for code, cents in (("PR-1", deductible), ("PR-2", coinsurance),
                                                           ("PR-3", copay), ("PR-204", noncovered)) if cents]
        rows["adjudication"].append((take("adjudication"), encounter_id, 1, payer, processed_on, allowed,
                                     deductible, coinsurance, copay, noncovered, 0, ",".join(codes), "processed",
                                     "", "", None, None, None, insurance_paid))
        if insurance_paid:
            post(EntryKind.INSURANCE_PAYMENT, insurance_paid, processed_on, "eft",
                 f"EFT{gen._between(10**6, 10**7)}")
        if contractual:
            post(EntryKind.CONTRACTUAL, contractual, processed_on)
        if cob:
            post(EntryKind.INSURANCE_ADJUSTMENT, cob, processed_on)
            hand_to_billing(gen, encounter_id, processed_on)
        owed = billed - insurance_paid - contractual - cob
        statement_date = processed_on + timedelta(days=gen._between(3, 10))
    elif not insured:
        statement_date = service_date + timedelta(days=gen._between(5, 15))
        if rng.random() < 0.3:
            discount = billed * gen._pick((10, 20, 30)) // 100
            post(EntryKind.FINANCIAL_ASSISTANCE, discount, statement_date)
            owed -= discount
    if statement_date and statement_date > today:
        statement_date = None
    if owed > 0 and not pending:
        _patient_payment(gen, owed, statement_date or service_date, post)
    balance = encounter_balance(entries, pending)
    rows["encounter"].append((encounter_id, account_id, patient_id, claim, service_date, statement_date,
                              payer, payer_kind, pending))
    return EncounterForAging(service_date, statement_date, balance), pending


def _patient_payment(gen: DemoGenerator, owed: int, anchor: date, post) -> None:  # noqa: ANN001
    """Some patients pay in full, some in part, most not yet; tiny leftovers are written off."""
    roll = gen.rng.random()
    if roll < 0.15:
        cents = owed
    elif roll < 0.45:
        cents = owed * gen._between(10, 60) // 100
    else:
        return
    if cents <= 0:
        return
    posted = min(gen.today, anchor + timedelta(days=gen._between(5, 60)))
    method, prefix = gen._pick(PAYMENT_REFERENCES)
    reference = f"{prefix}{gen._between(100000, 999999)}" if prefix else ""
    post(EntryKind.PATIENT_PAYMENT, cents, posted, method.value, reference)
    leftover = owed - cents
    if 0 < leftover < 500 and gen.rng.random() < 0.5:
        post(EntryKind.SMALL_BALANCE, leftover, posted)
