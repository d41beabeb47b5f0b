"""Letters and statements produced for an account, kept in the vault with their hash, as handed to the patient."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from collections_desktop.storage.models import Base
from collections_desktop.storage.types import UTCDateTime


class AccountDocumentRow(Base):
    """One produced letter (statement, itemised bill, notice…): its bytes, hash, language and the contact that
    recorded it going out."""

    __tablename__ = "account_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    language: Mapped[str] = mapped_column(String(8))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    contact_event_id: Mapped[int | None] = mapped_column(ForeignKey("contact_event.id", ondelete="SET NULL"))
