"""The hash-chained audit log: append one row per change or export, and verify the chain end to end."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.audit_link import GENESIS, detail_text, link
from collections_desktop.storage.models import AuditHead, AuditRow
from collections_desktop.storage.types import utc_now

_link = link  # the one definition, shared with plain connections (audit_link)


def append(session: Session, key: bytes, *, actor: str, action: str, entity: str,
           entity_id: str = "", detail: dict | None = None) -> AuditRow:
    """Adds one row to the chain inside the caller's transaction. `detail` must hold no PHI values."""
    # Locked on a team server until the commit: desks appending at once take their turns (SQLite's writer lock
    # already does that for a vault, where FOR UPDATE is not written).
    head = session.get(AuditHead, 1, with_for_update=True, populate_existing=True)
    prev_id, prev_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    at = utc_now()
    text = detail_text(detail)
    row_id = prev_id + 1
    digest = _link(key, row_id, at, actor, action, entity, entity_id, text, prev_hash)
    row = AuditRow(id=row_id, at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                   detail=text, prev_hash=prev_hash, hash=digest)
    session.add(row)
    if head is None:
        session.add(AuditHead(id=1, last_id=row_id, last_hash=digest))
    else:
        head.last_id, head.last_hash = row_id, digest
    session.flush()
    return row


def last_on(session: Session, entity: str, entity_id: str) -> AuditRow | None:
    """The newest audit row about one thing (an account by its number)."""
    return session.scalars(select(AuditRow).where(AuditRow.entity == entity, AuditRow.entity_id == entity_id)
                           .order_by(AuditRow.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class ChainReport:
    """The outcome of a chain check: how many rows were read and the first row that breaks it."""

    rows: int
    first_bad_id: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify(session: Session, key: bytes) -> ChainReport:
    """Walks the chain in order; any edited, inserted, reordered or deleted row breaks it."""
    expected_id, prev_hash, count = 1, GENESIS, 0
    for row in session.execute(select(AuditRow).order_by(AuditRow.id)).scalars():
        if row.id != expected_id:
            return ChainReport(count, expected_id, "missing")
        if row.prev_hash != prev_hash:
            return ChainReport(count, row.id, "broken_link")
        digest = _link(key, row.id, row.at, row.actor, row.action, row.entity, row.entity_id,
                       row.detail, row.prev_hash)
        if not hmac.compare_digest(digest, row.hash):
            return ChainReport(count, row.id, "altered")
        prev_hash, expected_id, count = row.hash, expected_id + 1, count + 1
    head = session.get(AuditHead, 1)
    head_id, head_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    if head_id != count or head_hash != prev_hash:
        return ChainReport(count, count + 1, "missing")
    return ChainReport(count)


def details_of(session: Session, action: str) -> list[dict]:
    """The detail of every row of one action, oldest first (e.g. the batches a demo fill committed)."""
    return [json.loads(text) for text in session.scalars(
        select(AuditRow.detail).where(AuditRow.action == action).order_by(AuditRow.id))]


def actions_since(session: Session, actions: tuple[str, ...], since: date | None = None) \
        -> list[tuple[datetime, str, str, dict]]:
    """(when, action, entity id, detail) of every row of `actions` on or after `since`, oldest first."""
    query = select(AuditRow.at, AuditRow.action, AuditRow.entity_id, AuditRow.detail).where(
        AuditRow.action.in_(actions))
    if since is not None:
        query = query.where(AuditRow.at >= datetime.combine(since, datetime.min.time(), tzinfo=UTC))
    return [(at if at.tzinfo else at.replace(tzinfo=UTC), action, entity_id, json.loads(detail or "{}"))
            for at, action, entity_id, detail in session.execute(query.order_by(AuditRow.id))]


def work_between(session: Session, start: datetime, end: datetime) -> list[tuple[str, str, str, str, dict]]:
    """(who, action, entity, entity id, detail) of every row from `start` up to `end`, oldest first."""
    query = (select(AuditRow.actor, AuditRow.action, AuditRow.entity, AuditRow.entity_id, AuditRow.detail)
             .where(AuditRow.at >= start, AuditRow.at < end).order_by(AuditRow.id))
    return [(actor, action, entity, entity_id, json.loads(detail or "{}"))
            for actor, action, entity, entity_id, detail in session.execute(query)]


def changed_since(session: Session, after: int) -> tuple[int, list[int] | None]:
    """(the last audit row, the accounts written since row `after`); None for the accounts when something not
    about one account was written (an import, a policy, a restore): then every account may have changed."""
    from collections_desktop.storage.models import Account

    last = session.scalar(select(func.max(AuditRow.id))) or 0
    if after == 0:
        return int(last), None
    numbers: set[str] = set()
    for entity, entity_id, action in session.execute(select(AuditRow.entity, AuditRow.entity_id, AuditRow.action)
                                                     .where(AuditRow.id > after)):
        if entity == "account":
            numbers.add(entity_id)
        elif not action.endswith((".viewed", ".exported", ".report")):
            return int(last), None
    ids = list(session.scalars(select(Account.id).where(Account.number.in_(numbers)))) if numbers else []
    return int(last), ids
