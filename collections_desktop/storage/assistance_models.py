"""Financial-assistance screenings kept for an account: what the patient said and what the scale suggested."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from collections_desktop.storage.models import Base
from collections_desktop.storage.types import UTCDateTime


class AssistanceScreeningRow(Base):
    """One screening: the household and yearly income given, the guideline used, the percent of it (in tenths),
    the likely discount and what would be left to pay; when it happened and when it was recorded."""

    __tablename__ = "assistance_screening"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    screened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    household: Mapped[int] = mapped_column(Integer)
    annual_income_cents: Mapped[int] = mapped_column(BigInteger)
    guideline_year: Mapped[int] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String(16))
    percent_tenths: Mapped[int] = mapped_column(Integer)
    discount_percent: Mapped[int] = mapped_column(Integer)
    balance_cents: Mapped[int] = mapped_column(BigInteger)
    likely_owed_cents: Mapped[int] = mapped_column(BigInteger)
    offered: Mapped[bool] = mapped_column(Boolean)
