"""The clinic's plan-policy versions as stored: each as imported (text and hash), the newest in force."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.models import PlanPolicyRow


def policy_text(session: Session, version: int | None = None) -> tuple[int, str] | None:
    """(version, text) of a stored version, the newest when `version` is None; None when none is stored."""
    query = select(PlanPolicyRow.version, PlanPolicyRow.text)
    if version is None:
        query = query.order_by(PlanPolicyRow.version.desc()).limit(1)
    else:
        query = query.where(PlanPolicyRow.version == version)
    row = session.execute(query).first()
    return None if row is None else (row.version, row.text)


def newest_version(session: Session) -> int:
    return session.scalar(select(func.max(PlanPolicyRow.version))) or 0


def keep_version(session: Session, version: int, text: str, sha256: str, at: datetime) -> None:
    """Stores a policy version's text and hash."""
    session.add(PlanPolicyRow(version=version, text=text, sha256=sha256, imported_at=at))
