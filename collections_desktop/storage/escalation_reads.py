"""What the escalation ladder is read from: the statements and notices kept, the steps taken by hand, the
placement flag, the calls after the final notice; and the record of a step taken."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.assistance_models import EscalationStepRow
from collections_desktop.storage.letter_models import AccountDocumentRow
from collections_desktop.storage.models import AccountFlagRow, ContactEventRow, Encounter
from collections_desktop.storage.types import utc_now


def letters_sent(session: Session, account_id: int) -> dict[str, list[date]]:
    """Letter kind -> the days the desk produced one, oldest first."""
    found: dict[str, list[date]] = {}
    for kind, at in session.execute(select(AccountDocumentRow.kind, AccountDocumentRow.created_at)
                                    .where(AccountDocumentRow.account_id == account_id)
                                    .order_by(AccountDocumentRow.created_at)):
        found.setdefault(kind, []).append(at.date())
    return found


def first_statement_from_practice(session: Session, account_id: int) -> date | None:
    """The first statement the practice system sent for any of the account's visits."""
    return session.scalar(select(func.min(Encounter.first_statement_date)).where(Encounter.account_id == account_id))


def steps_by_hand(session: Session, account_id: int) -> dict[str, date]:
    """Step -> the day it was last taken by hand."""
    return {step: taken for step, taken in session.execute(
        select(EscalationStepRow.step, func.max(EscalationStepRow.taken_on))
        .where(EscalationStepRow.account_id == account_id).group_by(EscalationStepRow.step))}


def placed_on(session: Session, account_id: int, flag: str) -> date | None:
    """The day the account was approved for an agency (its flag set and standing), if it was."""
    at = session.scalar(select(func.max(AccountFlagRow.set_at)).where(
        AccountFlagRow.account_id == account_id, AccountFlagRow.kind == flag, AccountFlagRow.cleared_at.is_(None)))
    return at.date() if at is not None else None


def last_call_on(session: Session, account_id: int) -> date | None:
    """The day of the latest call to the account's people (an attempt counts), if any."""
    at = session.scalar(select(func.max(ContactEventRow.at)).where(
        ContactEventRow.account_id == account_id, ContactEventRow.channel == "phone",
        ContactEventRow.direction == "outbound"))
    return at.date() if at is not None else None


def record_step(session: Session, account_id: int, step: str, taken_on: date, note: str) -> int:
    row = EscalationStepRow(account_id=account_id, step=step, taken_on=taken_on, created_at=utc_now(), note=note)
    session.add(row)
    session.flush()
    return row.id
