"""Reading and writing the team's people: by name, how many supervisors are active, adding and disabling."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import VaultMeta
from collections_desktop.storage.team_models import TeamUserRow

AUDIT_KEY = "team_audit_key"


def user_named(session: Session, name: str, *, for_update: bool = False) -> TeamUserRow | None:
    query = select(TeamUserRow).where(func.lower(TeamUserRow.name) == name.lower())
    return session.scalars(query.with_for_update() if for_update else query).first()


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(TeamUserRow)) or 0


def active_supervisors(session: Session) -> list[str]:
    """Names of the supervisors who can sign in, locked until the transaction ends (two disables at once cannot
    leave the team without one)."""
    return list(session.scalars(select(TeamUserRow.name).where(TeamUserRow.role == "supervisor",
                                                               TeamUserRow.disabled_at.is_(None))
                                .order_by(TeamUserRow.id).with_for_update()))


def active_people(session: Session) -> list[str]:
    """Names of everyone who can sign in, by name."""
    return list(session.scalars(select(TeamUserRow.name).where(TeamUserRow.disabled_at.is_(None))
                                .order_by(TeamUserRow.name)))


def add_user(session: Session, name: str, role: str, password_hash: str, now: datetime) -> int:
    row = TeamUserRow(name=name, role=role, password_hash=password_hash, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def keep_audit_key(session: Session, key_hex: str) -> None:
    """The key of the server's audit chain, made when the team is set up (as strong as who may write the
    server's tables: the database's roles guard it)."""
    session.add(VaultMeta(key=AUDIT_KEY, value=key_hex))


def audit_key(session: Session) -> bytes | None:
    row = session.get(VaultMeta, AUDIT_KEY)
    return bytes.fromhex(row.value) if row is not None else None
