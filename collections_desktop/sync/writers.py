"""CSV files the PM system takes back, written atomically, carrying only the columns the receiver needs."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from collections_desktop.atomic import atomic_writer

ACTIVITY_COLUMNS = ("account", "contact_time_utc", "channel", "direction", "person_contacted", "relationship",
                    "outcome", "note", "follow_up_date")
FOLLOWUP_COLUMNS = ("account", "claim", "service_date", "payer", "billed", "insurance_paid", "reason_codes",
                    "handed_off_utc", "note")
AGENCY_COLUMNS = ("account", "guarantor", "birth_date", "address", "phone", "claim", "service_date", "billed",
                  "insurance_paid", "patient_paid", "balance")
PLAN_COLUMNS = ("type", "account", "plan_id", "version", "start", "total", "down_payment", "installment",
                "frequency", "next_due", "remaining", "status")
PAYMENT_COLUMNS = ("batch_id", "account", "patient_id", "patient_last", "patient_first", "claim", "payment_date",
                   "amount", "method", "reference", "type", "comment")


# OWASP's rule for CSV injection: a cell a spreadsheet would run as a formula is written with a leading quote.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEGATIVE_AMOUNT = re.compile(r"-\d+(?:\.\d+)?\Z")


def safe_cell(value: object) -> str:
    """The cell's text, quoted with a leading ' when Excel or the PM system would take it for a formula
    (=, +, -, @, tab, carriage return); a plain negative number such as -12.34 stays a number."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NEGATIVE_AMOUNT.match(text):
        return "'" + text
    return text


def write_csv(target: Path, header: Sequence[str], rows: Iterable[Sequence[str]],
              trailer: Callable[[int], Sequence[str]] | None = None, delimiter: str = ",") -> int:
    """Writes header, rows and an optional trailer built from the row count (a control total); returns the count.

    Nothing appears at `target` unless every row was written. Every cell goes through `safe_cell`.
    """
    count = 0
    with atomic_writer(Path(target), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n", delimiter=delimiter)
        writer.writerow([safe_cell(c) for c in header])
        for row in rows:
            writer.writerow([safe_cell(c) for c in row])
            count += 1
        if trailer is not None:
            writer.writerow([safe_cell(c) for c in trailer(count)])
    return count
