"""The people who sign in to a team server, and who has which account open."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from collections_desktop.storage.models import Base
from collections_desktop.storage.types import UTCDateTime


class TeamUserRow(Base):
    """A specialist or supervisor of the team: a unique name, an Argon2id password hash, disabled when gone;
    wrong passwords in a row, and until when the name is locked after too many."""

    __tablename__ = "team_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AccountLeaseRow(Base):
    """The person who has the account open until `expires_at` (advisory: nothing is refused for it)."""

    __tablename__ = "account_lease"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    holder: Mapped[str] = mapped_column(String(80))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
