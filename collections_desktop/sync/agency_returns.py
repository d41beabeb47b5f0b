"""What the collection agency sends back: payments it collected, status updates and recalls, one row each, in the
CSV the clinic agrees with it (columns account, date, type, amount, reference, note)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from collections_desktop.sync.csv_reader import located, parse_date, rows
from collections_desktop.sync.problems import ACCOUNT_ID_MAX, ERROR, ImportProblem, RecordError, cents, identifier

# The columns that make a CSV the agency's returns (a ledger has no `type`, a follow-up file no `reference`).
REQUIRED = ("account", "date", "type", "amount", "reference")
TYPES = ("payment", "status", "recall")
REFERENCE_MAX = 60


@dataclass(frozen=True)
class AgencyReturnRecord:
    """One row: a payment the agency collected (cents, its reference), a status it reports (its note), or the
    account it returns to the clinic."""

    where: str
    account_number: str
    kind: str
    day: date
    amount_cents: int
    reference: str
    note: str


def is_agency_returns(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return all(column in names for column in REQUIRED)


def _record(where: str, values: dict[str, str]) -> AgencyReturnRecord:
    kind = values.get("type", "").strip().lower()
    if kind not in TYPES:
        raise RecordError("agency_return_type", value=kind[:20], choices=", ".join(TYPES))
    number = identifier(values.get("account", "").strip(), "account", ACCOUNT_ID_MAX)
    if not number:
        raise RecordError("missing_value", field="account")
    day = parse_date(values.get("date", "").strip(), "date")
    reference = values.get("reference", "").strip()
    amount = 0
    if kind == "payment":
        if not reference:
            raise RecordError("missing_value", field="reference")  # what keeps a payment from posting twice
        if len(reference) > REFERENCE_MAX:
            raise RecordError("id_too_long", field="reference", most=REFERENCE_MAX, length=len(reference))
        amount = cents(values.get("amount", "").strip(), "amount")
        if amount <= 0:
            raise RecordError("bad_amount", field="amount", value=values.get("amount", "")[:40])
    return AgencyReturnRecord(where, number, kind, day, amount, reference, values.get("note", "").strip()[:2000])


def parse_agency_returns(path: Path) -> Iterator[AgencyReturnRecord | ImportProblem]:
    """Each row as a record; a bad one is a located problem naming the line and field."""
    def items() -> Iterator[AgencyReturnRecord | ImportProblem]:
        for row in rows(path):
            where = f"{path.name}:{row.line}"
            try:
                row.check()
                yield _record(where, {k.strip().lower(): (v or "") for k, v in row.values.items() if k})
            except RecordError as error:
                yield ImportProblem(where, ERROR, error.code, dict(error.params))

    return located(path, items())
