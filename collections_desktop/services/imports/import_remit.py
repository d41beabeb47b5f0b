"""Claim remittances (X12 835, FHIR ExplanationOfBenefit) posted to the ledger: each claim on its own patient,
payments, contractual and other adjustments, reversals, denials held for the specialist, and the payer's
patient-responsibility split (never more than the smaller figure when a remittance does not balance)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from collections_desktop.domain.identity import PatientKey, same_patient, same_visit
from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.money import format_cents
from collections_desktop.domain.remittance import PR_MISMATCH, PatientShare, patient_share
from collections_desktop.storage import claim_owners
from collections_desktop.storage.claim_owners import (
    account_of_person,
    account_people,
    claims_with_id,
    people_by_identifier,
    remitted_net,
)
from collections_desktop.storage.contacts_repo import set_flag
from collections_desktop.storage.import_staging import NewAccount, NewEncounter
from collections_desktop.storage.models import (
    Account,
    AdjudicationRow,
    Encounter,
    Person,
)
from collections_desktop.storage.remit_review import DENIAL_REVIEW
from collections_desktop.sync.fhir_r4 import PATIENT_ID
from collections_desktop.sync.problems import ACCOUNT_ID_MAX, ERROR, WARNING, ImportProblem
from collections_desktop.sync.records import ClaimRemitRecord, PersonRecord

if TYPE_CHECKING:
    from collections_desktop.services.imports.import_apply import Applier

INSURANCE_KINDS = (EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL, EntryKind.INSURANCE_ADJUSTMENT)
# X12 claim filing indicators (CLP06) that say which kind of payer processed the claim.
FILING_KIND = {"MA": "medicare", "MB": "medicare", "16": "medicare", "MC": "medicaid"}


def _key(person: PersonRecord, service_date: date | None) -> PatientKey:
    return PatientKey(person.first_name, person.last_name, person.member_id, service_date)


class RemitPosting:
    """The 835/FHIR path next to the CSV snapshot path: it works through the Applier it is given (its accounts,
    claims, ledger and staged rows), inside the same transaction."""

    def __init__(self, applier: Applier) -> None:
        self.applier = applier

    def _posted(self, source_key: str) -> bool:
        self.applier.write_pending()
        return claim_owners.source_posted(self.applier.session, source_key)

    # -- whose claim is it ----------------------------------------------------------------
    def _owner(self, record: ClaimRemitRecord) -> tuple[int | None, ImportProblem | None]:
        """The encounter this remittance is about (same claim id, same patient, same visit), or None for a new
        claim; a claim id the vault holds for another patient or visit is a problem, never merged."""
        names = [_key(p, record.service_date) for p in (record.patient, record.corrected) if p is not None]
        owners = claims_with_id(self.applier.session, record.claim_id)
        for owner in owners:
            if any(same_visit(owner.patient, named) for named in names):
                return owner.encounter_id, None
        if not owners:
            return None, None
        owner = owners[0]
        same = next((o for o in owners if any(same_patient(o.patient, n) for n in names)), None)
        if same is not None:
            return None, ImportProblem(record.where, ERROR, "claim_other_visit", {
                "claim": record.claim_id, "account": same.account_number,
                "known": same.patient.service_date.isoformat() if same.patient.service_date else "",
                "named": record.service_date.isoformat() if record.service_date else ""})
        return None, ImportProblem(record.where, ERROR, "claim_other_patient", {
            "claim": record.claim_id, "account": owner.account_number, "known": owner.patient.initials or "?",
            "named": names[0].initials or "?"})

    def _account_for_patient(self, record: ClaimRemitRecord) -> tuple[Account | NewAccount, int]:
        """The claim's account and its patient's person id: a dependant's claim goes on the subscriber's account
        (the subscriber its guarantor), anyone else's on their own; a patient new to the account is added."""
        dependant = record.dependant
        guarantor = record.subscriber if dependant and record.subscriber is not None else record.patient
        number = (record.account_number or guarantor.member_id or record.patient.member_id
                  or record.claim_id).strip()
        created = self.applier.state.counts["accounts_created"]
        account = self.applier.account(number, guarantor, record.patient if dependant else None)
        if self.applier.state.counts["accounts_created"] != created:
            return account, self.applier._patients.get(account.id, account.guarantor_id)
        self.applier.write_pending()
        named = _key(record.patient, None)
        for person_id, known in account_people(self.applier.session, account.id):
            if same_patient(known, named):
                return account, person_id
        added = self.applier._person(record.patient)
        self.applier._stage("account_member", (account.id, added.id, "patient", "other", False))
        self.applier.search_dirty.add(account.id)
        return account, added.id

    def _resolve_patient(self, record: ClaimRemitRecord) -> bool:
        """Finds a FHIR Patient the files do not carry among the people earlier imports kept its id for; the
        record then names that person's account and patient. False (with a problem) when nobody has the id."""
        self.applier.write_pending()
        person_id = people_by_identifier(self.applier.session, [(PATIENT_ID, record.patient_reference)]).get(
            (PATIENT_ID, record.patient_reference))
        found = None if person_id is None else account_of_person(self.applier.session, person_id)
        if found is None:
            self.applier.state.problems.append(ImportProblem(record.where, ERROR, "fhir_unknown_patient",
                                                     {"reference": f"Patient/{record.patient_reference}"[:80]}))
            return False
        person = self.applier.session.get(Person, person_id)
        if person is None:
            return False
        record.account_number = found[0]
        record.patient = PersonRecord(first_name=person.first_name, last_name=person.last_name,
                                      member_id=person.member_id)
        return True

    # -- claim remittances ------------------------------------------------------------
    def claim_remit(self, record: ClaimRemitRecord) -> None:
        if self._posted(record.source_key):
            self.applier.state.counts["unchanged"] += 1
            return
        if record.predetermination:
            # An estimate of what the payer would pay: nothing is owed on it, it is only listed.
            self.applier.state.predeterminations.append(record.claim_id)
            return
        posted_on = record.processed_on or self.applier.today
        if record.patient_reference and not self._resolve_patient(record):
            return
        encounter_id, conflict = self._owner(record)
        if conflict is not None:
            self.applier.state.problems.append(conflict)
            return
        if encounter_id is None and record.reversal:
            self.applier.state.problems.append(ImportProblem(record.where, WARNING, "reversal_without_original",
                                                     {"claim": record.claim_id}))
            self.applier.state.counts["unchanged"] += 1
            return
        if (encounter_id is not None and not record.reversal and record.payer_claim_id
                and remitted_net(self.applier.session, encounter_id, record.payer_claim_id, record.payer_sequence)):
            # The same payer claim, already posted and not reversed: a re-sent remittance, not new money.
            self.applier.state.problems.append(ImportProblem(record.where, ERROR, "claim_already_remitted", {
                "claim": record.claim_id, "payer_claim": record.payer_claim_id[:30]}))
            return
        totals = {} if encounter_id is None else {
            kind: total for kind, (total, _n) in self.applier._sums(self.applier._get(Encounter, encounter_id)).items()}
        charged = totals.get(EntryKind.CHARGE.value, 0)
        billed = record.billed_cents or charged
        paid_before = totals.get(EntryKind.INSURANCE_PAYMENT.value, 0)
        overpaid = paid_before + record.paid_cents > billed
        if not record.reversal and overpaid and (record.paid_cents > 0 or billed != charged):
            # `billed` is the bill after this remittance (it may restate the charge).
            self.applier.state.problems.append(ImportProblem(record.where, ERROR, "claim_paid_above_billed", {
                "claim": record.claim_id, "billed": format_cents(billed),
                "paid": format_cents(paid_before + record.paid_cents)}))
            return
        if encounter_id is None:
            if not (record.account_number or record.subscriber and record.subscriber.member_id
                    or record.patient.member_id) and len(record.claim_id) > ACCOUNT_ID_MAX:
                # With no member id the claim id names the account: one too long for an account is refused.
                self.applier.state.problems.append(ImportProblem(record.where, ERROR, "id_too_long", {
                    "field": "CLP01", "most": ACCOUNT_ID_MAX, "length": len(record.claim_id)}))
                return
            account, patient_id = self._account_for_patient(record)
            encounter = self.applier._claim(account, record.claim_id, record.service_date or posted_on, record.payer,
                                            record.forwarded, patient_id=patient_id)
            encounter.payer_kind = FILING_KIND.get(record.filing_indicator, "commercial")
            self.applier._post(encounter, EntryKind.CHARGE.value, record.billed_cents, encounter.service_date,
                               record.source_key + ":charge")
        else:
            encounter = self.applier._get(Encounter, encounter_id)
            account = self.applier.account_by_id(encounter.account_id)
            self.applier._claim(account, encounter.claim_id, encounter.service_date, encounter.payer_name,
                                encounter.insurance_pending)
        self.applier.state.counts["claims"] += 1
        if record.reversal:
            self._reverse(encounter, record, posted_on)
            return
        # The claim is written now (its adjudication row refers to it): from here on the session's row
        # stands for it.
        self.applier.write_pending()
        encounter = self.applier._get(Encounter, encounter.id)
        if record.billed_cents and charged and record.billed_cents != charged:
            self.applier._post(encounter, EntryKind.CHARGE.value, record.billed_cents - charged, posted_on,
                       record.source_key + ":charge-change")
        insurance_remaining = billed - sum(totals.get(k.value, 0) for k in INSURANCE_KINDS)
        share = self._share(record)
        self.applier._post(encounter, EntryKind.INSURANCE_PAYMENT.value, record.paid_cents, posted_on,
                   record.source_key + ":paid", record.payer_claim_id, "remit")
        self.applier._post(encounter, EntryKind.CONTRACTUAL.value, record.contractual_cents, posted_on,
                   record.source_key + ":co", record.payer_claim_id, "remit")
        # Whatever else the payer did leaves exactly the patient's share open: the last payer's PR is what
        # the patient owes (prior-payer impact, OA, PI, rounding), or the smaller figure of one that does
        # not balance.
        rest = insurance_remaining - record.paid_cents - record.contractual_cents - share.owed_cents
        self.applier._post(encounter, EntryKind.INSURANCE_ADJUSTMENT.value, rest, posted_on,
                   record.source_key + ":adj", record.payer_claim_id, "remit")
        if record.patient_paid_cents:
            # What the payer says the patient already paid the clinic for this visit (CARIN paidbypatient).
            self.applier._post(encounter, EntryKind.PATIENT_PAYMENT.value, record.patient_paid_cents, posted_on,
                       record.source_key + ":patient-paid", record.payer_claim_id, "eob")
            self.applier.state.counts["payments"] += 1
        self._adjudication(encounter, record, share)
        was_pending = encounter.insurance_pending
        encounter.insurance_pending = record.forwarded or record.denied
        if record.denied:
            # Denied by the payer: held from outreach until the specialist decides (the denials team or the patient).
            set_flag(self.applier.session, encounter.account_id, DENIAL_REVIEW, self.applier.now)
            self.applier.state.denied.append(record.claim_id)
        elif was_pending and not record.forwarded and share.owed_cents > 0:
            self.applier.state.moved_to_patient.add(record.claim_id)

    def _share(self, record: ClaimRemitRecord) -> PatientShare:
        pr = record.patient_responsibility_cents
        if not record.cas_complete:
            # An EOB: its member liability, when given, is the other figure the shares must agree with.
            reported = record.reported_patient_cents
            if reported is None or reported == pr:
                return PatientShare(pr, "", pr, None)
            return PatientShare(max(0, min(pr, reported)), PR_MISMATCH, pr, reported)
        return patient_share(record.billed_cents, record.paid_cents, record.adjustments_cents, pr,
                             record.reported_patient_cents)

    def _reverse(self, encounter: Encounter | NewEncounter, record: ClaimRemitRecord, posted_on: date) -> None:
        """Takes back exactly what an earlier remittance of the same payer claim posted."""
        self.applier.write_pending()
        rows = claim_owners.remitted_by_kind(self.applier.session, encounter.id, record.payer_claim_id)
        if not any(total for _, total in rows):
            self.applier.state.problems.append(ImportProblem(record.where, WARNING, "reversal_without_original",
                                                     {"claim": record.claim_id}))
            return
        for kind, total in rows:
            self.applier._post(encounter, EntryKind(kind).value, -int(total), posted_on,
                       f"{record.source_key}:rev:{kind}", record.payer_claim_id, "reversal")

    def _adjudication(self, encounter: Encounter | NewEncounter, record: ClaimRemitRecord, share: PatientShare) -> None:
        row = claim_owners.adjudication_of(self.applier.session, encounter.id, record.payer_sequence)
        if row is None:
            row = AdjudicationRow(encounter_id=encounter.id, sequence=record.payer_sequence)
            self.applier.session.add(row)
        row.payer = record.payer[:120]
        row.processed_on = record.processed_on
        row.allowed_cents = record.allowed_cents or 0
        row.paid_cents = record.paid_cents
        row.deductible_cents = record.deductible_cents
        row.coinsurance_cents = record.coinsurance_cents
        row.copay_cents = record.copay_cents
        row.noncovered_cents = record.noncovered_cents
        row.other_patient_cents = record.other_patient_cents
        row.reason_codes = ",".join(record.reason_codes)[:200]
        row.remark_codes = ",".join(dict.fromkeys(record.remark_codes))[:200]
        row.status = "denied" if record.denied else "forwarded" if record.forwarded else "processed"
        row.balance_issue = share.issue
        row.patient_figure_cents = share.patient_figure_cents if share.issue else None
        row.other_figure_cents = share.other_figure_cents if share.issue else None
        row.decided_at = None
        # Only the latest payer's split is the patient's: earlier sequences no longer count.
        for earlier in claim_owners.adjudications_before(self.applier.session, encounter.id, record.payer_sequence):
            earlier.deductible_cents = earlier.coinsurance_cents = earlier.copay_cents = 0
            earlier.noncovered_cents = earlier.other_patient_cents = 0
