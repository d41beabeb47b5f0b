"""The billing team's answers read back: the `insurance-followup` export with an `answer` column filled in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from collections_desktop.sync.csv_reader import located, rows
from collections_desktop.sync.problems import (
    ACCOUNT_ID_MAX,
    CLAIM_ID_MAX,
    ERROR,
    ImportProblem,
    RecordError,
    cents,
    identifier,
)

# The columns that make a CSV a follow-up file with answers (the export's own columns plus `answer`).
REQUIRED = ("account", "claim", "answer")
ANSWERS = ("rebilled", "adjusted", "upheld", "no_change")
# What a billing team may type for each answer, folded to lower case with spaces and dashes as underscores.
SPELLINGS = {"rebilled": "rebilled", "corrected": "rebilled", "resubmitted": "rebilled", "adjusted": "adjusted",
             "upheld": "upheld", "denial_upheld": "upheld", "no_change": "no_change", "nochange": "no_change",
             "none": "no_change"}


@dataclass(frozen=True)
class HandoffAnswerRecord:
    """One row's answer: the claim, what the team decided, any amount taken off, and their note."""

    where: str
    account_number: str
    claim_id: str
    answer: str
    adjustment_cents: int
    note: str


def is_followup_answers(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return all(column in names for column in REQUIRED)


def _record(where: str, values: dict[str, str]) -> HandoffAnswerRecord | None:
    """The row's answer, or None when the team left it blank (still with them)."""
    given = values.get("answer", "").strip()
    if not given:
        return None
    answer = SPELLINGS.get(given.lower().replace(" ", "_").replace("-", "_"))
    if answer is None:
        raise RecordError("unknown_answer", answer=given[:20], choices=", ".join(ANSWERS))
    number = identifier(values.get("account", "").strip(), "account", ACCOUNT_ID_MAX)
    claim = identifier(values.get("claim", "").strip(), "claim", CLAIM_ID_MAX)
    if not number or not claim:
        raise RecordError("missing_value", field="account" if not number else "claim")
    amount = values.get("adjustment", "").strip()
    adjustment = cents(amount, "adjustment") if amount else 0
    if answer == "adjusted" and adjustment <= 0:
        raise RecordError("answer_adjustment_missing")
    note = (values.get("answer_note") or values.get("team_note") or "").strip()
    return HandoffAnswerRecord(where, number, claim, answer, adjustment, note[:2000])


def parse_followup_answers(path: Path) -> Iterator[HandoffAnswerRecord | ImportProblem]:
    """Each answered row; a blank answer is skipped, a bad one is a located problem naming the line and field."""
    def items() -> Iterator[HandoffAnswerRecord | ImportProblem]:
        for row in rows(path):
            where = f"{path.name}:{row.line}"
            try:
                row.check()
                values = {k.strip().lower(): (v or "") for k, v in row.values.items() if k}
                record = _record(where, values)
            except RecordError as error:
                yield ImportProblem(where, ERROR, error.code, dict(error.params))
                continue
            if record is not None:
                yield record

    return located(path, items())
