"""The record of an escalation step taken by hand (a supervisor's review); everything the ladder reads is read
for one account or all of them by `escalation_bulk`."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from collections_desktop.storage.assistance_models import EscalationStepRow
from collections_desktop.storage.types import utc_now


def record_step(session: Session, account_id: int, step: str, taken_on: date, note: str) -> int:
    row = EscalationStepRow(account_id=account_id, step=step, taken_on=taken_on, created_at=utc_now(), note=note)
    session.add(row)
    session.flush()
    return row.id
