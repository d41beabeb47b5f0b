"""Which accounts are assigned to whom: by number, by a rule (the guarantor's language, a balance range), given
back, and read for the shared queue."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from collections_desktop.storage.bulk import slices
from collections_desktop.storage.models import Account, Person


def assign_numbers(session: Session, numbers: list[str], to: str | None) -> list[str]:
    """Assigns the accounts (None: to no one); returns the numbers not found."""
    found = set(session.scalars(select(Account.number).where(Account.number.in_(numbers))))
    for part in slices(sorted(found)):
        session.execute(update(Account).where(Account.number.in_(part)).values(assigned_to=to)
                        .execution_options(synchronize_session=False))
    return [number for number in numbers if number not in found]


def assign_matching(session: Session, to: str, *, language: str | None, low_cents: int | None,
                    high_cents: int | None, only_unassigned: bool) -> int:
    """Assigns every account whose guarantor speaks `language` and whose patient balance lies in the range."""
    query = select(Account.id)
    if language:
        query = query.join(Person, Person.id == Account.guarantor_id).where(Person.preferred_language == language)
    if low_cents is not None:
        query = query.where(Account.patient_due_cents >= low_cents)
    if high_cents is not None:
        query = query.where(Account.patient_due_cents <= high_cents)
    if only_unassigned:
        query = query.where(Account.assigned_to.is_(None))
    ids = list(session.scalars(query))
    for part in slices(ids):
        session.execute(update(Account).where(Account.id.in_(part)).values(assigned_to=to)
                        .execution_options(synchronize_session=False))
    return len(ids)


def move_assigned(session: Session, holder: str, to: str | None) -> int:
    """Every account assigned to `holder` to `to` (None: to no one); how many moved."""
    moved = cast(CursorResult, session.execute(update(Account).where(Account.assigned_to == holder)
                                               .values(assigned_to=to).execution_options(synchronize_session=False)))
    return int(moved.rowcount or 0)


def assigned(session: Session, account_ids: Iterable[int]) -> dict[int, str]:
    """Account -> the person it is assigned to, for these accounts (those assigned to no one left out)."""
    found: dict[int, str] = {}
    for part in slices(list(account_ids)):
        for account_id, person in session.execute(select(Account.id, Account.assigned_to).where(
                Account.id.in_(part), Account.assigned_to.is_not(None))):
            found[account_id] = str(person)
    return found
