"""One synthetic claim: service lines, a payer adjudication that reconciles, statements and patient payments."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from collections_desktop.domain.flags import PaymentMethod
from collections_desktop.domain.ledger import EncounterForAging, EntryKind, LedgerEntry, encounter_balance
from collections_desktop.services import demo_pools as pools

PAYMENT_METHODS = (PaymentMethod.CARD, PaymentMethod.CHECK, PaymentMethod.CASH, PaymentMethod.PORTAL,
                   PaymentMethod.ACH)
MEDICARE_PART_B_DEDUCTIBLE_CENTS = 25_700


def _service_date(rng: random.Random, today: date) -> date:
    # Skewed towards recent visits, with a long tail so every aging bucket fills.
    days = int(rng.triangular(3, 420, 40))
    return today - timedelta(days=days)


def _patient_share(rng: random.Random, payer_kind: str, allowed: int, has_office_visit: bool) -> dict:
    """Splits the allowed amount into deductible, copay and coinsurance as the payer kind would."""
    share = {"deductible": 0, "coinsurance": 0, "copay": 0}
    remaining = allowed
    if payer_kind == "medicare":
        if rng.random() < 0.35:
            share["deductible"] = min(remaining, MEDICARE_PART_B_DEDUCTIBLE_CENTS)
            remaining -= share["deductible"]
        share["coinsurance"] = remaining * 20 // 100
    elif payer_kind == "medicaid":
        share["copay"] = min(remaining, rng.choice((0, 0, 100, 200, 400)))
    else:
        if has_office_visit and rng.random() < 0.5:
            share["copay"] = min(remaining, rng.choice((2000, 2500, 3000, 4000, 5000)))
            remaining -= share["copay"]
        if rng.random() < 0.45:
            share["deductible"] = min(remaining, rng.randint(5000, 150000))
            remaining -= share["deductible"]
        share["coinsurance"] = remaining * rng.choice((10, 20, 20, 30)) // 100
    return share


def build_claim(rng: random.Random, take_id: Callable[[str], int], today: date, created_at: datetime,
                rows: dict[str, list[dict]], account_id: int, patient_id: int, claim: str,
                payer_kind: str, payer: str) -> tuple[EncounterForAging, bool]:
    """Appends one encounter's rows; returns what aging needs and whether insurance is still pending."""
    service_date = _service_date(rng, today)
    encounter_id = take_id("encounter")
    entries: list[dict] = []

    def post(kind: EntryKind, cents: int, posted_on: date, method: str = "", reference: str = "") -> None:
        entries.append({"id": take_id("ledger_entry"), "account_id": account_id, "encounter_id": encounter_id,
                        "kind": kind.value, "amount_cents": cents, "posted_on": posted_on,
                        "method": method, "reference": reference, "created_at": created_at})

    lines = rng.sample(pools.PROCEDURES, rng.choices((1, 2, 3), weights=(50, 35, 15))[0])
    billed = 0
    for n, (code, description, low, high) in enumerate(lines, start=1):
        cents = rng.randint(low * 100, high * 100)
        billed += cents
        rows["service_line"].append({"id": take_id("service_line"), "encounter_id": encounter_id,
                                     "line_no": n, "procedure_code": code, "description": description,
                                     "units": 1, "billed_cents": cents})
    post(EntryKind.CHARGE, billed, service_date)
    insured = payer_kind != "self_pay"
    pending = insured and (today - service_date).days < 45 and rng.random() < 0.35
    statement_date = None
    if insured and not pending:
        processed_on = service_date + timedelta(days=rng.randint(12, 35))
        noncovered = 0
        if len(lines) > 1 and rng.random() < 0.06:
            noncovered = rows["service_line"][-1]["billed_cents"]
        covered = billed - noncovered
        allowed = covered * rng.randint(35 if payer_kind != "commercial" else 45, 80) // 100
        share = _patient_share(rng, payer_kind, allowed, any(code.startswith("99") for code, *_ in lines))
        patient_part = sum(share.values())
        insurance_paid = allowed - patient_part
        contractual = covered - allowed
        codes = ["CO-45"] + [f"PR-{c}" for c, k in ((1, "deductible"), (2, "coinsurance"), (3, "copay"))
                             if share[k]] + (["PR-204"] if noncovered else [])
        rows["adjudication"].append({
            "id": take_id("adjudication"), "encounter_id": encounter_id, "sequence": 1, "payer": payer,
            "processed_on": processed_on, "allowed_cents": allowed,
            "deductible_cents": share["deductible"], "coinsurance_cents": share["coinsurance"],
            "copay_cents": share["copay"], "noncovered_cents": noncovered, "other_patient_cents": 0,
            "reason_codes": ",".join(codes),
        })
        if insurance_paid:
            post(EntryKind.INSURANCE_PAYMENT, insurance_paid, processed_on, "eft", f"EFT{rng.randint(10**6, 10**7)}")
        if contractual:
            post(EntryKind.CONTRACTUAL, contractual, processed_on)
        statement_date = processed_on + timedelta(days=rng.randint(3, 10))
    elif not insured:
        statement_date = service_date + timedelta(days=rng.randint(5, 15))
        if rng.random() < 0.3:
            post(EntryKind.FINANCIAL_ASSISTANCE, billed * rng.choice((10, 20, 30)) // 100, statement_date)
    if statement_date and statement_date > today:
        statement_date = None
    _patient_payments(rng, today, statement_date or service_date, entries, post, pending)
    balance = encounter_balance(
        (LedgerEntry(EntryKind(e["kind"]), e["amount_cents"], e["posted_on"]) for e in entries), pending)
    rows["encounter"].append({
        "id": encounter_id, "account_id": account_id, "patient_id": patient_id, "claim_id": claim,
        "service_date": service_date, "first_statement_date": statement_date,
        "payer_name": payer, "payer_kind": payer_kind, "insurance_pending": pending,
    })
    rows["ledger_entry"].extend(entries)
    return EncounterForAging(service_date, statement_date, balance), pending


def _patient_payments(rng: random.Random, today: date, anchor: date, entries: list[dict],
                      post: Callable, pending: bool) -> None:
    owed = encounter_balance(
        (LedgerEntry(EntryKind(e["kind"]), e["amount_cents"], e["posted_on"]) for e in entries), False
    ).remaining_cents
    if owed <= 0 or pending:
        return
    roll = rng.random()
    if roll < 0.15:
        amounts = [owed]
    elif roll < 0.45:
        amounts = [owed * rng.randint(10, 60) // 100]
    else:
        return
    for cents in amounts:
        if cents <= 0:
            continue
        posted = min(today, anchor + timedelta(days=rng.randint(5, 60)))
        method = rng.choice(PAYMENT_METHODS)
        reference = {PaymentMethod.CHECK: f"CHK {rng.randint(1000, 9999)}",
                     PaymentMethod.CARD: f"AUTH{rng.randint(100000, 999999)}",
                     PaymentMethod.PORTAL: f"WEB{rng.randint(100000, 999999)}",
                     PaymentMethod.ACH: f"ACH{rng.randint(100000, 999999)}"}.get(method, "")
        post(EntryKind.PATIENT_PAYMENT, cents, posted, method.value, reference)
