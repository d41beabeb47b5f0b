"""Posts normalised import records to the ledger: find or create the account and claim, post once, count changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.search import account_search_text
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    AdjudicationRow,
    Encounter,
    LedgerEntryRow,
    Person,
)
from collections_desktop.storage.search_index import write_search_texts
from collections_desktop.sync.problems import WARNING, ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord

INSURANCE_KINDS = (EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL, EntryKind.INSURANCE_ADJUSTMENT)
FILING_KIND = {"MA": "medicare", "MB": "medicare", "16": "medicare", "MC": "medicaid"}


@dataclass
class ApplyState:
    """What one import did so far, for the dry-run report and the batch record."""

    counts: Counter = field(default_factory=Counter)
    touched_accounts: set[int] = field(default_factory=set)
    created_accounts: set[int] = field(default_factory=set)
    moved_to_patient: set[str] = field(default_factory=set)
    problems: list[ImportProblem] = field(default_factory=list)


class Applier:
    """Applies records inside the caller's transaction; never commits."""

    def __init__(self, session: Session, batch_id: int | None, now: datetime, state: ApplyState) -> None:
        self.session = session
        self.batch_id = batch_id
        self.now = now
        self.today = now.date()
        self.state = state

    # -- lookups ----------------------------------------------------------------------
    def _posted(self, source_key: str) -> bool:
        return self.session.scalar(select(func.count()).select_from(LedgerEntryRow).where(
            LedgerEntryRow.source_key.startswith(source_key + ":", autoescape=True))) > 0

    def _encounter(self, claim_id: str) -> Encounter | None:
        return self.session.scalars(select(Encounter).where(Encounter.claim_id == claim_id)
                                    .order_by(Encounter.id)).first()

    def _account_for_patient(self, record: ClaimRemitRecord) -> Account:
        """The account of a known member id, else a new one named by member id (or claim id)."""
        patient = record.patient
        number = (patient.member_id or record.claim_id).strip()[:40]
        account = self.session.scalars(select(Account).where(Account.number == number)).first()
        if account is not None:
            return account
        person = Person(first_name=patient.first_name.title()[:80], last_name=patient.last_name.title()[:80],
                        middle_name=patient.middle_name.title()[:80], birth_date=patient.birth_date,
                        preferred_language=patient.preferred_language or "en", member_id=patient.member_id[:40])
        self.session.add(person)
        self.session.flush()
        account = Account(number=number, guarantor_id=person.id, created_at=self.now)
        self.session.add(account)
        self.session.flush()
        self.session.add_all([
            AccountMember(account_id=account.id, person_id=person.id, role="guarantor", relationship="self",
                          authorized=True),
            AccountMember(account_id=account.id, person_id=person.id, role="patient", relationship="self",
                          authorized=True),
        ])
        self.state.created_accounts.add(account.id)
        self.state.counts["accounts_created"] += 1
        return account

    def _post(self, encounter: Encounter, kind: EntryKind, cents: int, posted_on: date, source_key: str,
              reference: str = "", method: str = "") -> None:
        if cents == 0:
            return
        self.session.add(LedgerEntryRow(
            account_id=encounter.account_id, encounter_id=encounter.id, kind=kind.value, amount_cents=cents,
            posted_on=posted_on, method=method[:16], reference=reference[:60], created_at=self.now,
            source_key=source_key[:160], import_batch_id=self.batch_id))

    def _insurance_totals(self, encounter: Encounter) -> dict[str, int]:
        rows = self.session.execute(
            select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
            .where(LedgerEntryRow.encounter_id == encounter.id).group_by(LedgerEntryRow.kind))
        return {kind: int(total or 0) for kind, total in rows}

    # -- claim remittances ------------------------------------------------------------
    def claim_remit(self, record: ClaimRemitRecord) -> None:
        if self._posted(record.source_key):
            self.state.counts["unchanged"] += 1
            return
        posted_on = record.processed_on or self.today
        encounter = self._encounter(record.claim_id)
        if encounter is None and record.reversal:
            self.state.problems.append(ImportProblem(record.where, WARNING, "reversal_without_original",
                                                     {"claim": record.claim_id}))
            self.state.counts["unchanged"] += 1
            return
        if encounter is None:
            account = self._account_for_patient(record)
            encounter = Encounter(
                account_id=account.id, patient_id=account.guarantor_id, claim_id=record.claim_id[:50],
                service_date=record.service_date or posted_on, payer_name=record.payer[:120],
                payer_kind="commercial", insurance_pending=record.forwarded)
            self.session.add(encounter)
            self.session.flush()
            self._post(encounter, EntryKind.CHARGE, record.billed_cents, encounter.service_date,
                       record.source_key + ":charge")
            self._refresh_search(account)
        elif encounter.account_id not in self.state.created_accounts:
            self.state.counts["accounts_updated"] += encounter.account_id not in self.state.touched_accounts
        self.state.touched_accounts.add(encounter.account_id)
        self.state.counts["claims"] += 1
        if record.reversal:
            self._reverse(encounter, record, posted_on)
            return
        totals = self._insurance_totals(encounter)
        charged = totals.get(EntryKind.CHARGE.value, 0)
        if record.billed_cents and charged and record.billed_cents != charged:
            self._post(encounter, EntryKind.CHARGE, record.billed_cents - charged, posted_on,
                       record.source_key + ":charge-change")
        billed = record.billed_cents or charged
        insurance_remaining = billed - sum(totals.get(k.value, 0) for k in INSURANCE_KINDS)
        self._post(encounter, EntryKind.INSURANCE_PAYMENT, record.paid_cents, posted_on,
                   record.source_key + ":paid", record.payer_claim_id, "remit")
        self._post(encounter, EntryKind.CONTRACTUAL, record.contractual_cents, posted_on,
                   record.source_key + ":co", record.payer_claim_id, "remit")
        # Whatever else the payer did leaves exactly its patient responsibility open: the last
        # payer's PR is what the patient owes (prior-payer impact, OA, PI, rounding).
        rest = insurance_remaining - record.paid_cents - record.contractual_cents - record.patient_responsibility_cents
        self._post(encounter, EntryKind.INSURANCE_ADJUSTMENT, rest, posted_on,
                   record.source_key + ":adj", record.payer_claim_id, "remit")
        self._adjudication(encounter, record)
        was_pending = encounter.insurance_pending
        encounter.insurance_pending = record.forwarded
        if was_pending and not record.forwarded and record.patient_responsibility_cents > 0:
            self.state.moved_to_patient.add(record.claim_id)

    def _reverse(self, encounter: Encounter, record: ClaimRemitRecord, posted_on: date) -> None:
        """Takes back exactly what an earlier remittance of the same payer claim posted."""
        rows = self.session.execute(
            select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents))
            .where(LedgerEntryRow.encounter_id == encounter.id, LedgerEntryRow.method == "remit",
                   LedgerEntryRow.reference == record.payer_claim_id[:60])
            .group_by(LedgerEntryRow.kind)).all()
        if not any(total for _, total in rows):
            self.state.problems.append(ImportProblem(record.where, WARNING, "reversal_without_original",
                                                     {"claim": record.claim_id}))
            return
        for kind, total in rows:
            self._post(encounter, EntryKind(kind), -int(total), posted_on,
                       f"{record.source_key}:rev:{kind}", record.payer_claim_id, "reversal")

    def _adjudication(self, encounter: Encounter, record: ClaimRemitRecord) -> None:
        row = self.session.scalars(select(AdjudicationRow).where(
            AdjudicationRow.encounter_id == encounter.id,
            AdjudicationRow.sequence == record.payer_sequence)).first()
        if row is None:
            row = AdjudicationRow(encounter_id=encounter.id, sequence=record.payer_sequence)
            self.session.add(row)
        row.payer = record.payer[:120]
        row.processed_on = record.processed_on
        row.allowed_cents = record.allowed_cents or 0
        row.deductible_cents = record.deductible_cents
        row.coinsurance_cents = record.coinsurance_cents
        row.copay_cents = record.copay_cents
        row.noncovered_cents = record.noncovered_cents
        row.other_patient_cents = record.other_patient_cents
        row.reason_codes = ",".join(record.reason_codes)[:200]
        # Only the latest payer's split is the patient's: earlier sequences no longer count.
        for earlier in self.session.scalars(select(AdjudicationRow).where(
                AdjudicationRow.encounter_id == encounter.id, AdjudicationRow.sequence < record.payer_sequence)):
            earlier.deductible_cents = earlier.coinsurance_cents = earlier.copay_cents = 0
            earlier.noncovered_cents = earlier.other_patient_cents = 0

    def _refresh_search(self, account: Account) -> None:
        people = list(self.session.scalars(select(Person).join(
            AccountMember, AccountMember.person_id == Person.id).where(AccountMember.account_id == account.id)))
        claims = list(self.session.scalars(select(Encounter.claim_id).where(Encounter.account_id == account.id)))
        text = account_search_text(account.number, [(p.first_name, p.last_name, p.birth_date) for p in people],
                                   claims, [])
        write_search_texts(self.session, [(account.id, text)])
