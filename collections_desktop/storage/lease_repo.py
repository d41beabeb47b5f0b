"""Taking, renewing and giving back the advisory lease on an account; two desks taking it at once take turns."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collections_desktop.storage.team_models import AccountLeaseRow


def take(session: Session, account_id: int, holder: str, now: datetime, minutes: int) -> AccountLeaseRow:
    """The lease as it stands after asking for it: ours (new or renewed) unless someone else's has not
    expired, which is then returned unchanged."""
    row = session.get(AccountLeaseRow, account_id, with_for_update=True, populate_existing=True)
    until = now + timedelta(minutes=minutes)
    if row is None:
        try:
            with session.begin_nested():  # another desk may insert the first lease in the same instant
                row = AccountLeaseRow(account_id=account_id, holder=holder, taken_at=now, expires_at=until)
                session.add(row)
            return row
        except IntegrityError:
            row = session.get(AccountLeaseRow, account_id, with_for_update=True, populate_existing=True)
            if row is None:
                raise
    if row.holder != holder and row.expires_at > now:
        return row
    if row.holder != holder:
        row.holder, row.taken_at = holder, now
    row.expires_at = until
    return row


def give_back(session: Session, account_id: int, holder: str) -> bool:
    result = session.execute(delete(AccountLeaseRow).where(AccountLeaseRow.account_id == account_id,
                                                           AccountLeaseRow.holder == holder))
    return bool(getattr(result, "rowcount", 0))


def held_by_others(session: Session, holder: str, now: datetime) -> set[int]:
    """The accounts someone else has open now."""
    return set(session.scalars(select(AccountLeaseRow.account_id).where(
        AccountLeaseRow.holder != holder, AccountLeaseRow.expires_at > now)))
