"""The rows the audit chain vouches for, checked against what the tables hold now: a row edited, deleted or added
outside the program is found, with the table and the audit row whose seal it breaks."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from collections_desktop.storage.audit_seal import COVERED, DELETED, current_digests, expand, range_digest
from collections_desktop.storage.models import AuditRow

BASELINE = "audit.rows_baseline"


@dataclass(frozen=True)
class RowProblem:
    """One kind of mismatch in one table: `altered`, `deleted` or `unsealed` rows, and the first audit row
    (if any) whose seal no longer holds."""

    table: str
    problem: str
    rows: int
    audit_row: int | None


class _Seals:
    """The seals read from the chain since its last baseline."""

    def __init__(self) -> None:
        self.created: list[tuple[int, str, list[list[int]], str]] = []
        self.changes: dict[tuple[str, int], list[tuple[int, str, str]]] = {}

    def add(self, audit_id: int, seal: dict) -> None:
        for table, entry in seal.items():
            if entry.get("new"):
                self.created.append((audit_id, table, entry["new"], entry["digest"]))
            for rid, (old, new) in entry.get("changed", {}).items():
                self.changes.setdefault((table, int(rid)), []).append((audit_id, old, new))


def _read_seals(session: Session) -> _Seals:
    seals = _Seals()
    query = select(AuditRow.id, AuditRow.action, AuditRow.detail).where(AuditRow.detail.like('%"sealed"%'))
    for audit_id, action, detail in session.execute(query.order_by(AuditRow.id)):
        seal = json.loads(detail).get("sealed")
        if not isinstance(seal, dict):
            continue
        if action == BASELINE:
            seals = _Seals()
        seals.add(audit_id, seal)
    return seals


def row_problems(session: Session) -> list[RowProblem]:
    """Reads every covered table once; empty when every row is as the chain last sealed it."""
    seals = _read_seals(session)
    driver = session.connection().connection.driver_connection
    found: list[RowProblem] = []
    for table in COVERED:
        now = current_digests(driver, table)
        covered: set[int] = set()
        tally: dict[str, list] = {}

        def note(problem: str, audit_id: int | None, tally: dict[str, list] = tally) -> None:
            tally.setdefault(problem, [0, audit_id])[0] += 1

        for audit_id, t, ranges, digest in seals.created:
            if t != table:
                continue
            digests, missing = [], False
            for rid in expand(ranges):
                covered.add(rid)
                history = seals.changes.get((table, rid))
                if history:
                    digests.append(bytes.fromhex(history[0][1]))
                elif rid in now:
                    digests.append(now[rid])
                else:
                    note("deleted", audit_id)
                    missing = True
            if not missing and range_digest(digests) != digest:
                note("altered", audit_id)
        for (t, rid), history in seals.changes.items():
            if t != table:
                continue
            covered.add(rid)
            for before, after in zip(history, history[1:], strict=False):
                if before[2] != after[1]:
                    note("altered", after[0])
            last_audit, _old, last = history[-1]
            if last != (now[rid].hex() if rid in now else DELETED):
                note("deleted" if rid not in now else "altered", last_audit)
        unsealed = len(set(now) - covered)
        if unsealed:
            tally["unsealed"] = [unsealed, None]
        found.extend(RowProblem(table, problem, count, audit_id) for problem, (count, audit_id) in tally.items())
    return found
