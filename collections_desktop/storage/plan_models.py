"""ORM tables of payment plans, their installments and documents, and promises to pay."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from collections_desktop.storage.models import Base
from collections_desktop.storage.types import UTCDateTime


class PaymentPlanRow(Base):
    """One version of a plan on an account; an amendment is a new row pointing at the version it replaces."""

    __tablename__ = "payment_plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plan.id"))
    policy_version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(24), index=True)
    frequency: Mapped[str] = mapped_column(String(16))
    balance_cents: Mapped[int] = mapped_column(BigInteger)
    down_payment_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    first_due: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="en")
    # The visits the plan covers as JSON [[claim, service date, cents], ...], frozen when the plan is made.
    covered: Mapped[str] = mapped_column(Text, default="[]")
    payment_method: Mapped[str] = mapped_column(String(16), default="")
    autopay: Mapped[bool] = mapped_column(Boolean, default=False)
    # A processor token or the last four digits, never a full card or bank account number.
    autopay_token: Mapped[str] = mapped_column(String(40), default="")
    autopay_authorized_on: Mapped[date | None] = mapped_column(Date)
    # Payments posted after this ledger id count toward the plan, whether entered here or imported.
    ledger_mark: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signed_on: Mapped[date | None] = mapped_column(Date)
    notice_sent_on: Mapped[date | None] = mapped_column(Date)
    cure_date: Mapped[date | None] = mapped_column(Date)
    state_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Read from the tracker whenever payments or the day change, so views filter in SQL.
    past_due_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    next_due: Mapped[date | None] = mapped_column(Date)
    # Who recorded it (S-01): the person signed in to a team server, the vault's user; "" before 0027.
    recorded_by: Mapped[str] = mapped_column(String(60), server_default="")


class PlanInstallmentRow(Base):
    """One scheduled amount of a plan version; number 0 is the down payment."""

    __tablename__ = "plan_installment"
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plan.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    due: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)


class PlanDocumentRow(Base):
    """A PDF exactly as handed over (agreement, signed copy or notice), with its SHA-256."""

    __tablename__ = "plan_document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signed_on: Mapped[date | None] = mapped_column(Date)


class PromiseRow(Base):
    """A promise to pay one dated amount or a short series; its outcome is read by the plan tracker."""

    __tablename__ = "promise"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ledger_mark: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16), index=True)
    next_due: Mapped[date | None] = mapped_column(Date)
    contact_event_id: Mapped[int | None] = mapped_column(ForeignKey("contact_event.id"))
    # Who recorded it (S-01): the person signed in to a team server, the vault's user; "" before 0027.
    recorded_by: Mapped[str] = mapped_column(String(60), server_default="")


class PromiseInstallmentRow(Base):
    """One dated amount of a promise."""

    __tablename__ = "promise_installment"
    promise_id: Mapped[int] = mapped_column(ForeignKey("promise.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    due: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
