"""The account's notes: written, pinned or unpinned, and the pinned ones read for the account's top."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import AccountNoteRow


def add_note(session: Session, account_id: int, text: str, now: datetime, *, kind: str = "note",
             pinned: bool = False, about: str = "") -> int:
    row = AccountNoteRow(account_id=account_id, kind=kind, text=text, pinned=pinned, about=about[:60],
                         created_at=now)
    session.add(row)
    session.flush()
    return row.id


def note_of(session: Session, account_id: int, note_id: int) -> AccountNoteRow | None:
    """The account's note with this id (another account's note is not found)."""
    return session.scalars(select(AccountNoteRow).where(AccountNoteRow.id == note_id,
                                                        AccountNoteRow.account_id == account_id)).first()


def pinned_notes(session: Session, account_id: int) -> list[tuple[int, str, datetime]]:
    """(id, text, written) of the pinned notes, newest first."""
    return [(i, text, at) for i, text, at in session.execute(
        select(AccountNoteRow.id, AccountNoteRow.text, AccountNoteRow.created_at)
        .where(AccountNoteRow.account_id == account_id, AccountNoteRow.pinned.is_(True))
        .order_by(AccountNoteRow.created_at.desc(), AccountNoteRow.id.desc()))]
