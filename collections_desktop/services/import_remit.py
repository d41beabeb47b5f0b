"""Claim remittances (X12 835, FHIR ExplanationOfBenefit) posted to the ledger: payments, contractual and other
adjustments, reversals and the payer's patient-responsibility split."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.models import Account, AdjudicationRow, Encounter, LedgerEntryRow, PostingSource
from collections_desktop.sync.problems import WARNING, ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord

INSURANCE_KINDS = (EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL, EntryKind.INSURANCE_ADJUSTMENT)
# X12 claim filing indicators (CLP06) that say which kind of payer processed the claim.
FILING_KIND = {"MA": "medicare", "MB": "medicare", "16": "medicare", "MC": "medicaid"}


class RemitPosting:
    """Mixed into the Applier: the 835/FHIR path next to the CSV snapshot path."""

    def _posted(self, source_key: str) -> bool:
        self.write_pending()
        # A key range rather than LIKE, so the unique index answers it (LIKE would scan every posting).
        return self.session.scalar(select(func.count()).select_from(PostingSource).where(
            PostingSource.source_key >= source_key + ":", PostingSource.source_key < source_key + ";")) > 0

    def _encounter(self, claim_id: str) -> Encounter | None:
        return self.session.scalars(select(Encounter).where(Encounter.claim_id == claim_id)
                                    .order_by(Encounter.id)).first()

    def _account_for_patient(self, record: ClaimRemitRecord) -> Account:
        """The account of a known member id, else a new one named by member id (or claim id)."""
        number = (record.account_number or record.patient.member_id or record.claim_id).strip()[:40]
        return self.account(number, record.patient, None)

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
            encounter = self._claim(account, record.claim_id, record.service_date or posted_on, record.payer,
                                    record.forwarded)
            encounter.payer_kind = FILING_KIND.get(record.filing_indicator, "commercial")
            self._post(encounter, EntryKind.CHARGE.value, record.billed_cents, encounter.service_date,
                       record.source_key + ":charge")
        else:
            account = self.session.get(Account, encounter.account_id)
            self._claim(account, encounter.claim_id, encounter.service_date, encounter.payer_name,
                        encounter.insurance_pending)
        self.state.counts["claims"] += 1
        if record.reversal:
            self._reverse(encounter, record, posted_on)
            return
        # The claim is written now (its adjudication row refers to it): from here on the session's row
        # stands for it.
        self.write_pending()
        totals = {kind: total for kind, (total, _n) in self._sums(encounter).items()}
        encounter = self._get(Encounter, encounter.id)
        charged = totals.get(EntryKind.CHARGE.value, 0)
        if record.billed_cents and charged and record.billed_cents != charged:
            self._post(encounter, EntryKind.CHARGE.value, record.billed_cents - charged, posted_on,
                       record.source_key + ":charge-change")
        billed = record.billed_cents or charged
        insurance_remaining = billed - sum(totals.get(k.value, 0) for k in INSURANCE_KINDS)
        self._post(encounter, EntryKind.INSURANCE_PAYMENT.value, record.paid_cents, posted_on,
                   record.source_key + ":paid", record.payer_claim_id, "remit")
        self._post(encounter, EntryKind.CONTRACTUAL.value, record.contractual_cents, posted_on,
                   record.source_key + ":co", record.payer_claim_id, "remit")
        # Whatever else the payer did leaves exactly its patient responsibility open: the last
        # payer's PR is what the patient owes (prior-payer impact, OA, PI, rounding).
        rest = insurance_remaining - record.paid_cents - record.contractual_cents - record.patient_responsibility_cents
        self._post(encounter, EntryKind.INSURANCE_ADJUSTMENT.value, rest, posted_on,
                   record.source_key + ":adj", record.payer_claim_id, "remit")
        self._adjudication(encounter, record)
        was_pending = encounter.insurance_pending
        encounter.insurance_pending = record.forwarded
        if was_pending and not record.forwarded and record.patient_responsibility_cents > 0:
            self.state.moved_to_patient.add(record.claim_id)

    def _reverse(self, encounter: Encounter, record: ClaimRemitRecord, posted_on: date) -> None:
        """Takes back exactly what an earlier remittance of the same payer claim posted."""
        self.write_pending()
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
            self._post(encounter, EntryKind(kind).value, -int(total), posted_on,
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

