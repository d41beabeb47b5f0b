"""ORM tables of the vault: people, accounts, contact points, encounters, adjudications and the ledger."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from collections_desktop.storage.desk_reads import STOPS_WHERE
from collections_desktop.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultMeta(Base):
    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    """A guarantor, a patient, or both."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    middle_name: Mapped[str] = mapped_column(String(80), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[date | None] = mapped_column(Date)
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    member_id: Mapped[str] = mapped_column(String(40), default="")


class PersonIdentifier(Base):
    """An id a practice system or FHIR server gave a person (Patient/123, a member or record number)."""

    __tablename__ = "person_identifier"
    __table_args__ = (UniqueConstraint("system", "value"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    system: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(120))


class Account(Base):
    """A PM account owed by one guarantor; balances are cached here and re-derived from the ledger."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    guarantor_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Derived from ledger_entry by storage.balances.refresh_account; kept so the
    # worklist can sort 100k accounts by balance in SQL without summing the ledger.
    patient_due_cents: Mapped[int] = mapped_column(BigInteger, default=0, index=True)
    insurance_pending_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    oldest_anchor_date: Mapped[date | None] = mapped_column(Date)
    # Set when an import leaves nothing for the patient to pay, so outreach stops at once.
    paid_off_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    # The guarantor's folded "last first" name, so 100k accounts list by name from one index.
    sort_name: Mapped[str] = mapped_column(String(170), default="", index=True)
    # Team mode: the person of the team the account is assigned to (None: anyone's; migration 0026).
    assigned_to: Mapped[str | None] = mapped_column(String(60), index=True)
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version_id}


class AccountMember(Base):
    """A person's place on an account: guarantor, patient or other, and their relationship to the guarantor."""

    __tablename__ = "account_member"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    relationship: Mapped[str] = mapped_column(String(16), default="self")
    authorized: Mapped[bool] = mapped_column(Boolean, default=False)


class AccountSearch(Base):
    """One folded text per account (names, number, claims, phones, birth dates) scanned by the search box."""

    __tablename__ = "account_search"
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Address(Base):
    __tablename__ = "address"
    # Everything the phone decisions read of a person's addresses, from the index alone (0029).
    __table_args__ = (Index("ix_address_person_zip", "person_id", "kind", "zip"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="residential")
    line1: Mapped[str] = mapped_column(String(120))
    line2: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(2))
    zip: Mapped[str] = mapped_column(String(10))


class Phone(Base):
    __tablename__ = "phone"
    # Everything the phone decisions read of a person's phones, in order, from the index alone (0029).
    __table_args__ = (Index("ix_phone_person_number", "person_id", "id", "number", "kind", "consent_to_text"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(16), default="mobile")
    consent_to_text: Mapped[bool] = mapped_column(Boolean, default=False)


class Email(Base):
    __tablename__ = "email"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(254))
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)


class AccountFlagRow(Base):
    """A hold on an account; cleared flags stay for the record."""

    __tablename__ = "account_flag"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What was recorded about the hold (JSON: case number, chapter, filed day, a contact, a cure date…).
    details: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    outcome: Mapped[str] = mapped_column(String(60), default="", server_default="")


class Encounter(Base):
    """A visit billed as one claim."""

    __tablename__ = "encounter"
    # The unique (account_id, claim_id) index also serves lookups by account.
    __table_args__ = (UniqueConstraint("account_id", "claim_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    claim_id: Mapped[str] = mapped_column(String(50), index=True)
    service_date: Mapped[date] = mapped_column(Date)
    first_statement_date: Mapped[date | None] = mapped_column(Date)
    payer_name: Mapped[str] = mapped_column(String(120), default="")
    payer_kind: Mapped[str] = mapped_column(String(16), default="self_pay")
    insurance_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class ServiceLine(Base):
    __tablename__ = "service_line"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    procedure_code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(String(200), default="")
    units: Mapped[int] = mapped_column(Integer, default=1)
    billed_cents: Mapped[int] = mapped_column(BigInteger)


class AdjudicationRow(Base):
    """A payer's processing of a claim; sequence 1 is the primary payer."""

    __tablename__ = "adjudication"
    # The unique (encounter_id, sequence) index also serves lookups by encounter; the codes' index gives the
    # billing issues each payer's codes in order, so a period's are counted without a sort (0034).
    __table_args__ = (UniqueConstraint("encounter_id", "sequence"),
                      Index("ix_adjudication_codes", "payer", "reason_codes", "remark_codes", "processed_on",
                            "encounter_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer, default=1)
    payer: Mapped[str] = mapped_column(String(120))
    processed_on: Mapped[date | None] = mapped_column(Date)
    allowed_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    deductible_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    coinsurance_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    copay_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    noncovered_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    other_patient_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    reason_codes: Mapped[str] = mapped_column(String(200), default="")
    # processed, denied or forwarded; a denied claim waits for the specialist's decision (decided_at).
    status: Mapped[str] = mapped_column(String(16), default="processed", server_default="processed")
    remark_codes: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # "unbalanced" (charge - paid - adjustments != 0) or "pr_mismatch" (PR differs from CLP05): the patient
    # is asked for the smaller of the two figures until the specialist decides.
    balance_issue: Mapped[str] = mapped_column(String(16), default="", server_default="")
    patient_figure_cents: Mapped[int | None] = mapped_column(BigInteger)
    other_figure_cents: Mapped[int | None] = mapped_column(BigInteger)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What this payer paid on the visit (None: imported before it was kept).
    paid_cents: Mapped[int | None] = mapped_column(BigInteger)


class LedgerEntryRow(Base):
    """One posting; the amount is as reported and `kind` says which way it moves the balance."""

    __tablename__ = "ledger_entry"
    # Patient payments by day posted and method, for the reports (partial: other postings do not pay for it;
    # 0016, reordered in 0033 so a period's sums by day and method need no sort).
    __table_args__ = (Index("ix_ledger_patient_payment", "posted_on", "method", "account_id", "amount_cents",
                            sqlite_where=text("kind = 'patient_payment'"),
                            postgresql_where=text("kind = 'patient_payment'")),
                      # A visit's postings, and all the portfolio asks of them without reading the rows (0019).
                      Index("ix_ledger_entry_encounter", "encounter_id", "kind", "posted_on", "amount_cents"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Found through encounter_id (indexed); an index here too would slow every bulk load for nothing.
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    posted_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(40), default="")
    reference: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The import that posted it; None for postings made at the desk. Not indexed: it is read per
    # account (through encounter_id), and an index would slow every import.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), nullable=True)
    # Who recorded it (S-01): the person signed in to a team server, the vault's user; "" before 0027.
    recorded_by: Mapped[str] = mapped_column(String(60), server_default="")


class ImportBatch(Base):
    """One applied import: which file (by content hash), in what format, and what it changed."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    format: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    counts: Mapped[str] = mapped_column(Text, default="{}")


class PostingSource(Base):
    """Where a keyed imported posting came from (format, payer, trace, claim). The key is unique, so a
    re-sent remittance or transaction never posts the same money twice. CSV snapshot postings have no row
    here (a snapshot posts only its difference from what earlier snapshots posted), nor do desk postings."""

    __tablename__ = "posting_source"
    source_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id", ondelete="CASCADE"), index=True)
    import_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)


class ContactEventRow(Base):
    """A contact or attempt with a person: when (UTC), how, which way, what came of it."""

    __tablename__ = "contact_event"
    # A person's calls read from the index alone when deciding who may be phoned (0029); their stops (opt-outs,
    # inconvenient times) from a small index of their own.
    __table_args__ = (Index("ix_contact_event_person_at", "person_id", "at", "channel", "outcome", "direction"),
                      Index("ix_contact_event_stops", "person_id", "at",
                            sqlite_where=text(STOPS_WHERE), postgresql_where=text(STOPS_WHERE)),
                      # With direction and outcome: a report's firsts per account read from it alone (0017).
                      Index("ix_contact_event_account", "account_id", "at", "direction", "outcome"),
                      # The reports' period counts read these alone, in their order (migration 0016).
                      Index("ix_contact_event_kind", "channel", "direction", "outcome", "at", "account_id"),
                      Index("ix_contact_event_reason", "reason", "account_id", "at",
                            sqlite_where=text("reason != ''"), postgresql_where=text("reason != ''")),
                      # A short period's reasons read by moment (0031).
                      Index("ix_contact_event_reason_at", "reason", "at", "account_id",
                            sqlite_where=text("reason != ''"), postgresql_where=text("reason != ''")))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8), default="outbound")
    outcome: Mapped[str] = mapped_column(String(40))
    address_used: Mapped[str] = mapped_column(String(254), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Structured extras some outcomes carry, e.g. the hours of an inconvenient time.
    detail: Mapped[str] = mapped_column(Text, default="{}")
    override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Why the person says the bill is not paid (domain.reports.billing_issues.REASONS), "" when not asked.
    reason: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # Who recorded it (S-01): the person signed in to a team server, the vault's user; "" before 0027.
    recorded_by: Mapped[str] = mapped_column(String(60), server_default="")


class ClaimHandoff(Base):
    """A claim handed to the billing/denials team; while open, its balance waits on insurance, not the patient."""

    __tablename__ = "claim_handoff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    team: Mapped[str] = mapped_column(String(16), default="billing", server_default="billing")
    reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    answer: Mapped[str] = mapped_column(String(16), default="", server_default="")
    answer_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class AccountNoteRow(Base):
    """A note the specialist wrote on an account (`kind` "note"), or the reason given for an entry dated further
    back than the clinic allows (`kind` "backdated", `about` naming the entry); pinned notes head the account."""

    __tablename__ = "account_note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="note", server_default="note")
    text: Mapped[str] = mapped_column(Text)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    about: Mapped[str] = mapped_column(String(60), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Who recorded it (S-01): the person signed in to a team server, the vault's user; "" before 0027.
    recorded_by: Mapped[str] = mapped_column(String(60), server_default="")


class PlanPolicyRow(Base):
    """One imported version of the clinic's payment-plan policy, kept as written with its hash."""

    __tablename__ = "plan_policy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """An append-only, hash-chained record of who changed or exported what; no PHI values."""

    __tablename__ = "audit_log"
    # One account's rows, newest first: who last changed it (migration 0024).
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last link of the audit chain, so a deleted tail is detected too."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


Index("ix_person_name", Person.last_name, Person.first_name)

# The plan tables share this metadata; importing them here keeps migrations and the drift check complete.
from collections_desktop.storage import assistance_models, letter_models, plan_models, team_models  # noqa: E402,F401
