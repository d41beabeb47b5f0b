"""Financial-assistance screenings kept for an account, and the escalation steps taken by hand."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
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


class EscalationStepRow(Base):
    """A step of the escalation ladder taken by hand (a supervisor's review): the day it was taken, when it was
    recorded, and the note given. Letter steps are read from the letters kept, placement from its flag."""

    __tablename__ = "escalation_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(32))
    taken_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class EscalationStatusRow(Base):
    """Each account's place on the ladder as last worked out (the escalation views read it): the next step, the
    day it may be taken when only waits stand in the way (`waits_only`), else the first gate's code."""

    __tablename__ = "escalation_status"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    next_step: Mapped[str | None] = mapped_column(String(32))
    next_on: Mapped[date | None] = mapped_column(Date)
    waits_only: Mapped[bool] = mapped_column(Boolean)
    gate: Mapped[str] = mapped_column(String(48), default="")
    computed_on: Mapped[date] = mapped_column(Date)
    # Each view reads its index alone, in order: no sort of tens of thousands of ids.
    __table_args__ = (Index("ix_escalation_status_ready", "waits_only", "next_on", "account_id"),
                      Index("ix_escalation_status_gate", "gate", "account_id"))
