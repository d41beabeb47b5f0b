"""The people who sign in to a team server."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from collections_desktop.storage.models import Base
from collections_desktop.storage.types import UTCDateTime


class TeamUserRow(Base):
    """A specialist or supervisor of the team: a unique name, an Argon2id password hash, disabled when gone."""

    __tablename__ = "team_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
