"""PM CSV exports through a mapping profile to normalised records: claim ledgers and aging summaries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from collections_desktop.sync.csv_reader import CsvRow, parse_date, rows
from collections_desktop.sync.problems import ERROR, ImportProblem, RecordError, cents
from collections_desktop.sync.profiles import Profile
from collections_desktop.sync.records import ChargeRecord, PersonRecord

YES = {"y", "yes", "true", "1", "x", "si", "sí", "pending"}
SPANISH = {"es", "spa", "spanish", "español", "espanol"}
# Aging buckets become balance lines dated inside their bucket, so the vault ages them alike.
AGING_LINES = (("bucket_0_30", "0-30", 15), ("bucket_31_60", "31-60", 45), ("bucket_61_90", "61-90", 75),
               ("bucket_over_90", "90+", 105))


def split_name(text: str, order: str) -> tuple[str, str]:
    """(first, last) from "Last, First" or "First Last"."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    if order == "last_first" and " " in text:
        last, _, first = text.partition(" ")
        return first, last
    first, _, last = text.rpartition(" ")
    return (first, last) if first else ("", last)


def _money(row: CsvRow, profile: Profile, key: str, required: bool = False) -> int:
    header = profile.header(key)
    text = row.get(header)
    if not text:
        if required:
            raise RecordError("missing_value", field=header or key)
        return 0
    return cents(text, header or key)


def _person(row: CsvRow, profile: Profile, prefix: str) -> PersonRecord:
    first = row.get(profile.header(f"{prefix}_first"))
    last = row.get(profile.header(f"{prefix}_last"))
    if not (first or last) and profile.header(f"{prefix}_name"):
        first, last = split_name(row.get(profile.header(f"{prefix}_name")), profile.name_order)
    return PersonRecord(first_name=first, last_name=last)


def _ledger_record(row: CsvRow, profile: Profile, where: str) -> ChargeRecord:
    guarantor = _person(row, profile, "guarantor")
    patient = _person(row, profile, "patient")
    target = patient if (patient.first_name or patient.last_name) else guarantor
    born = row.get(profile.header("birth_date"))
    target.birth_date = parse_date(born, profile.header("birth_date")) if born else None
    language = row.get(profile.header("language")).lower()
    guarantor.preferred_language = "es" if language in SPANISH else ("en" if language else "")
    phone = row.get(profile.header("phone"))
    if phone:
        guarantor.phones.append((phone, "home"))
    email = row.get(profile.header("email"))
    if email:
        guarantor.emails.append(email)
    if row.get(profile.header("address")) or row.get(profile.header("city")):
        guarantor.address = (row.get(profile.header("address")), "", row.get(profile.header("city")),
                             row.get(profile.header("state")).upper()[:2], row.get(profile.header("zip"))[:10])
    claim = row.get(profile.header("claim"))
    account = row.get(profile.header("account")) or (claim.split(".")[0] if "." in claim else "")
    if not account:
        raise RecordError("missing_value", field=profile.header("account") or "account")
    if not claim:
        raise RecordError("missing_value", field=profile.header("claim") or "claim")
    service = row.get(profile.header("service_date"))
    if not service:
        raise RecordError("missing_value", field=profile.header("service_date"))
    balance_header = profile.header("balance")
    return ChargeRecord(
        where=where, account_number=account[:40], claim_id=claim[:50],
        service_date=parse_date(service, profile.header("service_date")),
        billed_cents=_money(row, profile, "charge", required=True),
        guarantor=guarantor, patient=patient if target is patient else None,
        payer=row.get(profile.header("payer"))[:120],
        insurance_paid_cents=_money(row, profile, "insurance_paid"),
        adjustment_cents=_money(row, profile, "adjustment"),
        patient_paid_cents=_money(row, profile, "patient_paid"),
        balance_cents=cents(row.get(balance_header), balance_header) if row.get(balance_header) else None,
        insurance_pending=row.get(profile.header("insurance_pending")).lower() in YES,
    )


def _aging_records(row: CsvRow, profile: Profile, where: str, as_of: date) -> list[ChargeRecord]:
    guarantor = _person(row, profile, "guarantor")
    account = row.get(profile.header("account")) or " ".join((guarantor.last_name, guarantor.first_name)).strip()
    if not account:
        raise RecordError("missing_value", field=profile.header("account") or "account")
    records = []
    insurance = abs(_money(row, profile, "insurance_estimate"))
    for key, label, days in AGING_LINES:
        amount = _money(row, profile, key)
        records.append(ChargeRecord(where=where, account_number=account[:40], claim_id=f"AGING {label}",
                                    service_date=as_of - timedelta(days=days), billed_cents=amount,
                                    guarantor=guarantor, balance_cents=amount))
    if insurance:
        # The insurer's estimated share comes off the oldest lines first, as PM aging does.
        records.append(ChargeRecord(where=where, account_number=account[:40], claim_id="AGING INSURANCE",
                                    service_date=as_of, billed_cents=0, guarantor=guarantor,
                                    adjustment_cents=0, balance_cents=0, insurance_pending=True))
        remaining = insurance
        for record in reversed(records[:-1]):
            take = min(remaining, max(record.billed_cents, 0))
            record.adjustment_cents += take
            record.balance_cents -= take
            records[-1].billed_cents += take
            records[-1].balance_cents += take
            remaining -= take
    return records


def parse_csv(path: Path, profile: Profile, as_of: date) -> Iterator[ChargeRecord | ImportProblem]:
    """Rows of one CSV file as records; a bad row becomes a located error and the rest go on."""
    path = Path(path)
    try:
        for row in rows(path):
            where = f"{path.name}:{row.line}"
            try:
                if profile.kind == "aging":
                    yield from _aging_records(row, profile, where, as_of)
                else:
                    yield _ledger_record(row, profile, where)
            except RecordError as exc:
                yield ImportProblem(where, ERROR, exc.code, exc.params)
    except (OSError, UnicodeError) as exc:
        yield ImportProblem(path.name, ERROR, "cannot_read", {"path": path.name, "reason": str(exc)[:80]})
    except Exception as exc:  # noqa: BLE001 - csv.Error and friends: located, never a traceback
        yield ImportProblem(path.name, ERROR, "csv_unreadable", {"reason": type(exc).__name__})
