"""What an import asks of the vault besides the rows it stages: files already applied, accounts by id, payoffs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from collections_desktop.storage.bulk import slices
from collections_desktop.storage.models import Account, ImportBatch

# The team server's advisory lock that lets one import at a time apply (a number of our own).
IMPORT_TURN = 0x434F4C4C  # "COLL"


def take_import_turn(session: Session) -> bool:
    """Whether this transaction may apply an import: on a team server, only when no other import is being
    applied (held until the transaction ends, other writes not blocked); a vault's writer lock already
    lets one writer at a time."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.execute(select(func.pg_try_advisory_xact_lock(IMPORT_TURN))).scalar())


def already_applied(session: Session, sha256: str) -> bool:
    """True when a file with this content hash was imported before."""
    return session.scalars(select(ImportBatch.id).where(ImportBatch.sha256 == sha256)).first() is not None


def account_numbers(session: Session, account_ids: Iterable[int]) -> dict[int, str]:
    numbers: dict[int, str] = {}
    for part in slices(account_ids):
        numbers.update(session.execute(select(Account.id, Account.number).where(Account.id.in_(part))).all())
    return numbers


def mark_paid_off(session: Session, account_ids: list[int], batch_id: int) -> None:
    """Notes the import after which these accounts owed nothing (the "Paid since last import" view)."""
    session.execute(update(Account).where(Account.id.in_(account_ids)).values(paid_off_batch_id=batch_id))


def new_batch(session: Session, at: datetime, file_format: str, label: str, sha256: str) -> ImportBatch:
    """The record of one applied file (its name cut to the column, its content hash whole), flushed for its id."""
    batch = ImportBatch(at=at, format=file_format, file_name=label[:255], sha256=sha256, counts="{}")
    session.add(batch)
    session.flush()
    return batch
