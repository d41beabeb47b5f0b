"""PM CSV exports through a mapping profile to normalised records: claim ledgers and aging summaries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from collections_desktop.sync.csv_reader import CsvRow, RefusedRow, located, parse_date, table
from collections_desktop.sync.problems import (
    ACCOUNT_ID_MAX,
    CLAIM_ID_MAX,
    ERROR,
    ImportProblem,
    RecordError,
    cents,
    identifier,
)
from collections_desktop.sync.profiles import Profile
from collections_desktop.sync.records import ChargeRecord, PersonRecord

EARLIEST = date(1900, 1, 1)
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


def _plausible(day: date, latest: date, field: str | None, text: str) -> date:
    if not EARLIEST <= day <= latest:
        raise RecordError("implausible_date", field=field, value=text[:40])
    return day


def _ledger_reader(profile: Profile, header: list[str], as_of: date) -> Callable[[list[str], str], ChargeRecord]:
    """Reads one data row of a ledger export (values as `table` gives them) into a claim snapshot.

    Where each mapped field sits in this file is worked out once, so a row costs list lookups only;
    a field the profile or the file lacks reads the blank `table` keeps at the end of each row.
    A birth or service date before 1900 or after the import day (a day's grace for time zones) is
    refused: it is a typo or a placeholder, and the desk would age and explain it as real.
    """
    latest = as_of + timedelta(days=1)
    position = {name: i for i, name in enumerate(header)}
    blank = len(header)
    mapped = profile.columns

    def at(key: str) -> int:
        name = mapped.get(key)
        return position.get(name, blank) if name else blank

    def label(key: str) -> str:
        return mapped.get(key) or key

    g_first, g_last, g_name = at("guarantor_first"), at("guarantor_last"), at("guarantor_name")
    p_first, p_last, p_name = at("patient_first"), at("patient_last"), at("patient_name")
    g_named, p_named, order = bool(mapped.get("guarantor_name")), bool(mapped.get("patient_name")), profile.name_order
    born, language, phone, email = at("birth_date"), at("language"), at("phone"), at("email")
    street, city, state, zip_code = at("address"), at("city"), at("state"), at("zip")
    claim_at, account_at, service_at, payer, pending = (at("claim"), at("account"), at("service_date"), at("payer"),
                                                         at("insurance_pending"))
    charge, balance = at("charge"), at("balance")
    amounts = [(at(key), label(key)) for key in ("insurance_paid", "adjustment", "patient_paid")]
    born_label, service_label = label("birth_date"), label("service_date")
    charge_label, balance_label = label("charge"), label("balance")

    def read(values: list[str], where: str) -> ChargeRecord:
        first, last = values[g_first], values[g_last]
        if not (first or last) and g_named:
            first, last = split_name(values[g_name], order)
        guarantor = PersonRecord(first_name=first, last_name=last)
        first, last = values[p_first], values[p_last]
        if not (first or last) and p_named:
            first, last = split_name(values[p_name], order)
        patient = PersonRecord(first_name=first, last_name=last) if (first or last) else None
        target = patient or guarantor
        if values[born]:
            target.birth_date = _plausible(parse_date(values[born], born_label), latest, born_label, values[born])
        spoken = values[language].lower()
        guarantor.preferred_language = "es" if spoken in SPANISH else ("en" if spoken else "")
        if values[phone]:
            guarantor.phones.append((values[phone], "home"))
        if values[email]:
            guarantor.emails.append(values[email])
        if values[street] or values[city]:
            guarantor.address = (values[street], "", values[city], values[state].upper()[:2], values[zip_code][:10])
        claim = values[claim_at]
        account = values[account_at] or (claim.split(".")[0] if "." in claim else "")
        if not account:
            raise RecordError("missing_value", field=label("account"))
        if not claim:
            raise RecordError("missing_value", field=label("claim"))
        if not values[service_at]:
            raise RecordError("missing_value", field=service_label)
        service_date = _plausible(parse_date(values[service_at], service_label), latest, service_label,
                                  values[service_at])
        if not values[charge]:
            raise RecordError("missing_value", field=charge_label)
        billed = cents(values[charge], charge_label)
        paid, adjusted, patient_paid = (cents(values[i], name) if values[i] else 0 for i, name in amounts)
        return ChargeRecord(
            where=where, account_number=identifier(account, label("account"), ACCOUNT_ID_MAX),
            claim_id=identifier(claim, label("claim"), CLAIM_ID_MAX), service_date=service_date,
            billed_cents=billed, guarantor=guarantor, patient=patient,
            payer=values[payer][:120], insurance_paid_cents=paid, adjustment_cents=adjusted,
            patient_paid_cents=patient_paid,
            balance_cents=cents(values[balance], balance_label) if values[balance] else None,
            insurance_pending=values[pending].lower() in YES,
        )

    return read


def _aging_records(row: CsvRow, profile: Profile, where: str, as_of: date) -> list[ChargeRecord]:
    guarantor = _person(row, profile, "guarantor")
    account = row.get(profile.header("account")) or " ".join((guarantor.last_name, guarantor.first_name)).strip()
    if not account:
        raise RecordError("missing_value", field=profile.header("account") or "account")
    account = identifier(account, profile.header("account") or "account", ACCOUNT_ID_MAX)
    records = []
    insurance = abs(_money(row, profile, "insurance_estimate"))
    for key, label, days in AGING_LINES:
        amount = _money(row, profile, key)
        records.append(ChargeRecord(where=where, account_number=account, claim_id=f"AGING {label}",
                                    service_date=as_of - timedelta(days=days), billed_cents=amount,
                                    guarantor=guarantor, balance_cents=amount))
    if insurance:
        # The insurer's estimated share comes off the oldest lines first, as PM aging does.
        records.append(ChargeRecord(where=where, account_number=account, claim_id="AGING INSURANCE",
                                    service_date=as_of, billed_cents=0, guarantor=guarantor,
                                    adjustment_cents=0, balance_cents=0, insurance_pending=True))
        remaining = insurance
        held = records[-1]
        for record in reversed(records[:-1]):
            take = min(remaining, max(record.billed_cents, 0))
            record.adjustment_cents += take
            record.balance_cents = (record.balance_cents or 0) - take
            held.billed_cents += take
            held.balance_cents = (held.balance_cents or 0) + take
            remaining -= take
    return records


def parse_csv(path: Path, profile: Profile, as_of: date) -> Iterator[ChargeRecord | ImportProblem]:
    """Rows of one CSV file as records; a bad row becomes a located error and the rest go on."""
    path = Path(path)
    return located(path, _records(path, profile, as_of))


def _records(path: Path, profile: Profile, as_of: date) -> Iterator[ChargeRecord | ImportProblem]:
    lines = table(path)
    _first, header = next(lines)
    assert isinstance(header, list)  # noqa: S101 - the first item is always the header
    read = None if profile.kind == "aging" else _ledger_reader(profile, header, as_of)
    for line, values in lines:
        where = f"{path.name}:{line}"
        try:
            if isinstance(values, RefusedRow):
                values.refuse()
            if read is None:
                yield from _aging_records(CsvRow(line, dict(zip(header, values, strict=False))), profile, where, as_of)
            else:
                yield read(values, where)
        except RecordError as exc:
            yield ImportProblem(where, ERROR, exc.code, exc.params)
