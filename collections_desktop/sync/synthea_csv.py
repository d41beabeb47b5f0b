"""The Synthea v3 CSV set (patients, claims, claims_transactions) as accounts, claims and single postings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.sync.csv_reader import located, parse_date, rows
from collections_desktop.sync.problems import (
    ACCOUNT_ID_MAX,
    CLAIM_ID_MAX,
    ERROR,
    ImportProblem,
    RecordError,
    cents,
    identifier,
)
from collections_desktop.sync.records import (
    AccountRecord,
    ChargeRecord,
    ClaimBalanceRecord,
    PersonRecord,
    PostingRecord,
)
from collections_desktop.sync.us_states import state_code

FILES = ("patients.csv", "claims.csv", "claims_transactions.csv")
PATIENT_METHODS = {"COPAY", "CASH", "CHECK", "CC"}


def synthea_files(paths: list[Path]) -> dict[str, Path] | None:
    """The three files by name, from the paths given or the folder holding them; None if incomplete."""
    found: dict[str, Path] = {}
    for path in paths:
        candidates = [path / name for name in FILES] if path.is_dir() else [path, *(path.parent / n for n in FILES)]
        for candidate in candidates:
            if candidate.name in FILES and candidate.is_file():
                found.setdefault(candidate.name, candidate)
    return found if len(found) == len(FILES) else None


def _patients(path: Path) -> Iterator[AccountRecord | ImportProblem]:
    for row in rows(path):
        where = f"{path.name}:{row.line}"
        try:
            row.check()
            person = PersonRecord(first_name=row.get("FIRST"), last_name=row.get("LAST"),
                                  birth_date=parse_date(row.get("BIRTHDATE"), "BIRTHDATE")
                                  if row.get("BIRTHDATE") else None)
            if row.get("ADDRESS"):
                person.address = (row.get("ADDRESS"), "", row.get("CITY"), state_code(row.get("STATE")),
                                  row.get("ZIP")[:10])
            if not row.get("Id"):
                raise RecordError("missing_value", field="Id")
            yield AccountRecord(where=where, account_number=identifier(row.get("Id"), "Id", ACCOUNT_ID_MAX),
                                guarantor=person, patients=[person])
        except RecordError as exc:
            yield ImportProblem(where, ERROR, exc.code, exc.params)


def _claims(path: Path) -> Iterator[ChargeRecord | ImportProblem]:
    for row in rows(path):
        where = f"{path.name}:{row.line}"
        try:
            row.check()
            if not row.get("Id") or not row.get("PATIENTID"):
                raise RecordError("missing_value", field="Id" if not row.get("Id") else "PATIENTID")
            yield ChargeRecord(where=where,
                               account_number=identifier(row.get("PATIENTID"), "PATIENTID", ACCOUNT_ID_MAX),
                               claim_id=identifier(row.get("Id"), "Id", CLAIM_ID_MAX),
                               service_date=parse_date(row.get("SERVICEDATE"), "SERVICEDATE"), billed_cents=0,
                               insurance_pending=row.get("STATUS1") == "BILLED" or row.get("STATUS2") == "BILLED")
        except RecordError as exc:
            yield ImportProblem(where, ERROR, exc.code, exc.params)


def _posting(row, where: str) -> PostingRecord | None:  # noqa: ANN001
    kind, method = row.get("TYPE").upper(), row.get("METHOD").upper()
    posted_on = parse_date(row.get("FROMDATE"), "FROMDATE")
    common: dict[str, Any] = {"where": where, "source_key": f"synthea:{row.get('ID')}",
              "account_number": identifier(row.get("PATIENTID"), "PATIENTID", ACCOUNT_ID_MAX),
              "claim_id": identifier(row.get("CLAIMID"), "CLAIMID", CLAIM_ID_MAX), "posted_on": posted_on}
    if kind == "CHARGE":
        return PostingRecord(kind=EntryKind.CHARGE.value, amount_cents=cents(row.get("AMOUNT"), "AMOUNT"), **common)
    if kind == "PAYMENT":
        amount = cents(row.get("PAYMENTS") or row.get("AMOUNT"), "PAYMENTS")
        patient = method in PATIENT_METHODS
        return PostingRecord(kind=(EntryKind.PATIENT_PAYMENT if patient else EntryKind.INSURANCE_PAYMENT).value,
                             amount_cents=amount, method=method.lower()[:16], **common)
    if kind == "ADJUSTMENT":
        return PostingRecord(kind=EntryKind.CONTRACTUAL.value,
                             amount_cents=cents(row.get("ADJUSTMENTS") or row.get("AMOUNT"), "ADJUSTMENTS"), **common)
    if kind == "TRANSFERIN":
        # Moves responsibility, not money: the patient's share is known once it is transferred to them.
        return PostingRecord(kind="transfer", amount_cents=0,
                             patient_responsible=row.get("TRANSFERTYPE").lower() == "p", **common)
    return None


def _transactions(path: Path) -> Iterator[PostingRecord | ImportProblem]:
    for row in rows(path):
        where = f"{path.name}:{row.line}"
        try:
            row.check()
            if not row.get("ID") or not row.get("CLAIMID"):
                raise RecordError("missing_value", field="ID" if not row.get("ID") else "CLAIMID")
            posting = _posting(row, where)
            if posting is not None:
                yield posting
        except RecordError as exc:
            yield ImportProblem(where, ERROR, exc.code, exc.params)


def _closed(path: Path) -> Iterator[ClaimBalanceRecord | ImportProblem]:
    """Each claim every payer and the patient have closed, with what is still outstanding on it (nothing, in a
    consistent export): a copay above the charge leaves no credit on a claim the practice closed."""
    for row in rows(path):
        if row.short is not None:
            continue  # reported with the claims read before
        statuses = [row.get(key).upper() for key in ("STATUS1", "STATUS2", "STATUSP")]
        if "CLOSED" not in statuses or any(status not in ("CLOSED", "") for status in statuses):
            continue
        where = f"{path.name}:{row.line}"
        try:
            outstanding = sum(cents(row.get(key) or "0", key)
                              for key in ("OUTSTANDING1", "OUTSTANDING2", "OUTSTANDINGP"))
        except RecordError as exc:
            yield ImportProblem(where, ERROR, exc.code, exc.params)
            continue
        if len(row.get("PATIENTID")) <= ACCOUNT_ID_MAX and len(row.get("Id")) <= CLAIM_ID_MAX:  # else reported before
            yield ClaimBalanceRecord(where, row.get("PATIENTID"), row.get("Id"), outstanding)


def parse_synthea(files: dict[str, Path]) -> Iterator:
    """Patients first, then claims, then transactions, so every posting finds its claim; last, the claims the
    practice has closed, with what is left on them."""
    yield from located(files["patients.csv"], _patients(files["patients.csv"]))
    yield from located(files["claims.csv"], _claims(files["claims.csv"]))
    yield from located(files["claims_transactions.csv"], _transactions(files["claims_transactions.csv"]))
    yield from located(files["claims.csv"], _closed(files["claims.csv"]))
