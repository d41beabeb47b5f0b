"""Names the person who recorded each new contact, posting, note, promise or plan (S-01), from the writing
transaction's session, so no service has to remember to."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from collections_desktop.storage.models import AccountNoteRow, ContactEventRow, LedgerEntryRow
from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseRow

_ACTOR = "recorded_by"
NAMED = (ContactEventRow, LedgerEntryRow, AccountNoteRow, PromiseRow, PaymentPlanRow)


def record_as(session: Session, actor: str) -> None:
    """Rows this session adds from now on name `actor` (the column holds 60 characters)."""
    session.info[_ACTOR] = actor[:60]


@event.listens_for(Session, "before_flush")
def _name_new_rows(session: Session, _context: object, _instances: object) -> None:
    actor = session.info.get(_ACTOR)
    if not actor:
        return
    for row in session.new:
        if isinstance(row, NAMED) and not row.recorded_by:
            row.recorded_by = actor
