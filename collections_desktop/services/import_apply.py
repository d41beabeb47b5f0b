"""Posts normalised import records to the ledger: find or create the account and claim, post once, count changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.search import account_search_text, sort_name
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    AdjudicationRow,
    Address,
    Email,
    Encounter,
    LedgerEntryRow,
    Person,
    Phone,
    PostingSource,
)
from collections_desktop.storage.search_index import write_search_texts
from collections_desktop.sync.problems import ERROR, WARNING, ImportProblem
from collections_desktop.sync.records import (
    AccountRecord,
    ChargeRecord,
    ClaimRemitRecord,
    PersonRecord,
    PostingRecord,
)

INSURANCE_KINDS = (EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL, EntryKind.INSURANCE_ADJUSTMENT)
# X12 claim filing indicators (CLP06) that say which kind of payer processed the claim.
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
        self.search_dirty: set[int] = set()
        # Rows this import creates get their ids here, so nothing is flushed one row at a time: new rows wait in
        # levels (people, then accounts and contact points, then members and claims) and are flushed level by
        # level, parents first, whenever the database is about to be read.
        self._staged: dict[int, list] = {0: [], 1: [], 2: []}
        self._patients: dict[int, int] = {}
        self._last_id: dict[type, int] = {}
        self._accounts: dict[str, int] = {}
        self._encounters: dict[tuple[int, str], int] = {}
        # Encounters created by this import: their ledger is exactly what it posted, kept here by (kind, method).
        self._fresh: dict[int, dict[tuple[str, str], list[int]]] = {}
        self._held: dict[tuple[type, int], object] = {}
        self._recent: set[int] = set()  # accounts created since the last release: their claims are all cached
        # Ledger postings and their sources, written in one executemany each before anything reads the ledger.
        self._entries: list[dict] = []
        self._sources: list[dict] = []

    def _stage(self, level: int, row: object) -> None:
        self._staged[level].append(row)

    def write_pending(self) -> None:
        """Sends the new rows and the collected postings to the database, parents before children."""
        for level, rows in self._staged.items():
            if rows:
                self.session.add_all(rows)
                self.session.flush()
                self._staged[level] = []
        if not self._entries:
            return
        self.session.flush()
        self.session.execute(insert(LedgerEntryRow), self._entries)
        self.session.execute(insert(PostingSource), self._sources)
        self._entries, self._sources = [], []

    def release(self) -> None:
        """Writes what is pending and lets the session forget it, so memory stays flat however long the file."""
        self.write_pending()
        self.session.flush()
        self.session.expunge_all()
        # Everything is written: later records find these accounts and claims in the database again.
        for cache in (self._held, self._fresh, self._accounts, self._encounters, self._recent):
            cache.clear()

    def _get(self, model: type, key: int):  # noqa: ANN202
        """An object this import holds (pending ones are not in the identity map), else the session's."""
        held = self._held.get((model, key))
        return held if held is not None else self.session.get(model, key)

    def _id(self, model: type) -> int:
        if model not in self._last_id:
            self._last_id[model] = self.session.scalar(select(func.max(model.id))) or 0
        self._last_id[model] += 1
        return self._last_id[model]

    # -- lookups ----------------------------------------------------------------------
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

    def account(self, number: str, guarantor: PersonRecord, patient: PersonRecord | None) -> Account:
        """The account with this PM number, created with its guarantor (and patient) when new."""
        known = self._accounts.get(number)
        if known is not None:
            return self._get(Account, known)
        # Accounts this import made are in the cache; the database is asked only about older ones.
        with self.session.no_autoflush:
            account = self.session.scalars(select(Account).where(Account.number == number)).first()
        if account is not None:
            self._accounts[number] = account.id
            return account
        person = self._person(guarantor)
        account = Account(id=self._id(Account), number=number, guarantor_id=person.id, created_at=self.now,
                          sort_name=sort_name(person.first_name, person.last_name))
        self._accounts[number] = account.id
        self._recent.add(account.id)
        self._held[(Account, account.id)] = account
        self._stage(1, account)
        self._stage(2, AccountMember(account_id=account.id, person_id=person.id, role="guarantor",
                                     relationship="self", authorized=True))
        if patient is None:
            self._stage(2, AccountMember(account_id=account.id, person_id=person.id, role="patient",
                                         relationship="self", authorized=True))
            self._patients[account.id] = person.id
        else:
            other = self._person(patient)
            self._stage(2, AccountMember(account_id=account.id, person_id=other.id, role="patient",
                                         relationship="other", authorized=False))
            self._patients[account.id] = other.id
        self.state.created_accounts.add(account.id)
        self.state.counts["accounts_created"] += 1
        self.search_dirty.add(account.id)
        return account

    def _person(self, record: PersonRecord) -> Person:
        person = Person(id=self._id(Person), first_name=record.first_name.strip().title()[:80] or "?",
                        last_name=record.last_name.strip().title()[:80] or "?",
                        middle_name=record.middle_name.strip().title()[:80], birth_date=record.birth_date,
                        preferred_language=record.preferred_language or "en", member_id=record.member_id[:40])
        self._stage(0, person)
        if record.address:
            line1, line2, city, state, zip_code = record.address
            self._stage(1, Address(person_id=person.id, kind="residential", line1=line1[:120], line2=line2[:120],
                                   city=city[:80], state=state[:2], zip=zip_code[:10]))
        for number, kind in record.phones:
            self._stage(1, Phone(person_id=person.id, number=number[:20], kind=kind, consent_to_text=False))
        for address in record.emails:
            self._stage(1, Email(person_id=person.id, address=address[:254], opted_out=False))
        return person

    def _claim(self, account: Account, claim_id: str, service_date: date, payer: str, pending: bool,
               patient: PersonRecord | None = None) -> Encounter:
        known = self._encounters.get((account.id, claim_id))
        if known is not None:
            encounter = self._get(Encounter, known)
        elif account.id in self._recent:
            encounter = None  # an account made since the last release has all its claims in the cache
        else:
            encounter = self.session.scalars(select(Encounter).where(
                Encounter.account_id == account.id, Encounter.claim_id == claim_id)).first()
        if encounter is not None:
            self._encounters[(account.id, claim_id)] = encounter.id
            if account.id not in self.state.created_accounts and account.id not in self.state.touched_accounts:
                self.state.counts["accounts_updated"] += 1
            self.state.touched_accounts.add(account.id)
            return encounter
        patient_id = account.guarantor_id
        if patient is not None:
            member = self._patients.get(account.id)
            if member is None:
                member = self.session.scalars(select(AccountMember.person_id).where(
                    AccountMember.account_id == account.id, AccountMember.role == "patient")).first()
            patient_id = member or patient_id
        encounter = Encounter(id=self._id(Encounter), account_id=account.id, patient_id=patient_id,
                              claim_id=claim_id[:50], service_date=service_date, payer_name=payer[:120],
                              payer_kind="commercial" if payer else "self_pay", insurance_pending=pending)
        self._stage(2, encounter)
        self._encounters[(account.id, claim_id)] = encounter.id
        self._held[(Encounter, encounter.id)] = encounter
        self._fresh[encounter.id] = {}
        if account.id not in self.state.created_accounts and account.id not in self.state.touched_accounts:
            self.state.counts["accounts_updated"] += 1
        self.state.touched_accounts.add(account.id)
        self.search_dirty.add(account.id)
        return encounter

    def _sums(self, encounter: Encounter, method: str | None = None) -> dict[str, tuple[int, int]]:
        """(total cents, entry count) per kind for an encounter, optionally only from one source."""
        fresh = self._fresh.get(encounter.id)
        if fresh is not None:
            sums: dict[str, list[int]] = {}
            for (kind, how), (total, count) in fresh.items():
                if method is None or how == method:
                    entry = sums.setdefault(kind, [0, 0])
                    entry[0] += total
                    entry[1] += count
            return {kind: (total, count) for kind, (total, count) in sums.items()}
        self.write_pending()
        query = select(LedgerEntryRow.kind, func.sum(LedgerEntryRow.amount_cents), func.count()).where(
            LedgerEntryRow.encounter_id == encounter.id)
        if method is not None:
            query = query.where(LedgerEntryRow.method == method)
        return {kind: (int(total or 0), int(n)) for kind, total, n in
                self.session.execute(query.group_by(LedgerEntryRow.kind))}

    # -- ledger snapshots and single postings --------------------------------------------
    def account_record(self, record: AccountRecord) -> None:
        existing = self._accounts.get(record.account_number) or self.session.scalars(
            select(Account.id).where(Account.number == record.account_number)).first()
        if existing is not None:
            self.state.counts["unchanged"] += 1
            return
        self.account(record.account_number, record.guarantor, None)

    def charge(self, record: ChargeRecord) -> None:
        """A cumulative snapshot of a claim: posts only the differences from what earlier snapshots posted."""
        account = self.account(record.account_number, record.guarantor, record.patient)
        encounter = self._claim(account, record.claim_id, record.service_date, record.payer,
                                record.insurance_pending, record.patient)
        before = self._sums(encounter, "csv")
        targets = ((EntryKind.CHARGE, record.billed_cents), (EntryKind.INSURANCE_PAYMENT, record.insurance_paid_cents),
                   (EntryKind.CONTRACTUAL, record.adjustment_cents),
                   (EntryKind.PATIENT_PAYMENT, record.patient_paid_cents))
        posted = False
        for kind, target in targets:
            total, count = before.get(kind.value, (0, 0))
            if target != total:
                self._post(encounter, kind, target - total, record.service_date if kind is EntryKind.CHARGE
                           else self.today, f"csv:{account.number}:{record.claim_id}:{kind.value}:{count}:{target}",
                           method="csv")
                posted = True
                if kind is EntryKind.PATIENT_PAYMENT and target > total:
                    self.state.counts["payments"] += 1
        if record.balance_cents is not None:
            if encounter.id not in self._fresh:
                self.session.flush()
            remaining = sum(EntryKind(kind).balance_sign * total for kind, (total, _n) in self._sums(encounter).items())
            if remaining != record.balance_cents:
                total, count = self._sums(encounter, "csv").get(EntryKind.INSURANCE_ADJUSTMENT.value, (0, 0))
                self._post(encounter, EntryKind.INSURANCE_ADJUSTMENT, remaining - record.balance_cents, self.today,
                           f"csv:{account.number}:{record.claim_id}:balance:{count}:{record.balance_cents}",
                           method="csv")
                posted = True
        if encounter.insurance_pending != record.insurance_pending:
            if encounter.insurance_pending and not record.insurance_pending:
                self.state.moved_to_patient.add(record.claim_id)
            encounter.insurance_pending = record.insurance_pending
            posted = True
        self.state.counts["claims" if posted else "unchanged"] += 1

    def posting(self, record: PostingRecord) -> None:
        """One transaction of a transaction-level export, posted once by its id."""
        self.write_pending()
        exists = self.session.get(PostingSource, record.source_key[:160]) is not None
        account = self.session.scalars(select(Account).where(Account.number == record.account_number)).first()
        encounter = None if account is None else self.session.scalars(select(Encounter).where(
            Encounter.account_id == account.id, Encounter.claim_id == record.claim_id)).first()
        if encounter is None:
            self.state.problems.append(ImportProblem(record.where, ERROR, "unknown_claim",
                                                     {"claim": record.claim_id}))
            return
        if record.kind == "transfer":
            if record.patient_responsible and encounter.insurance_pending:
                encounter.insurance_pending = False
                self.state.moved_to_patient.add(record.claim_id)
            return
        if exists:
            self.state.counts["unchanged"] += 1
            return
        self.state.touched_accounts.add(account.id)
        self._post(encounter, EntryKind(record.kind), record.amount_cents, record.posted_on, record.source_key,
                   record.reference, record.method)
        if record.kind == EntryKind.PATIENT_PAYMENT.value:
            self.state.counts["payments"] += 1

    def _post(self, encounter: Encounter, kind: EntryKind, cents: int, posted_on: date, source_key: str,
              reference: str = "", method: str = "") -> None:
        if cents == 0:
            return
        entry_id = self._id(LedgerEntryRow)
        self._entries.append({"id": entry_id, "account_id": encounter.account_id, "encounter_id": encounter.id,
                              "kind": kind.value, "amount_cents": cents, "posted_on": posted_on,
                              "method": method[:16], "reference": reference[:60], "created_at": self.now})
        self._sources.append({"source_key": source_key[:160], "ledger_entry_id": entry_id,
                              "import_batch_id": self.batch_id})
        fresh = self._fresh.get(encounter.id)
        if fresh is not None:
            sums = fresh.setdefault((kind.value, method[:16]), [0, 0])
            sums[0] += cents
            sums[1] += 1

    def _insurance_totals(self, encounter: Encounter) -> dict[str, int]:
        self.write_pending()
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
            encounter = self._claim(account, record.claim_id, record.service_date or posted_on, record.payer,
                                    record.forwarded)
            encounter.payer_kind = FILING_KIND.get(record.filing_indicator, "commercial")
            self._post(encounter, EntryKind.CHARGE, record.billed_cents, encounter.service_date,
                       record.source_key + ":charge")
        else:
            account = self.session.get(Account, encounter.account_id)
            self._claim(account, encounter.claim_id, encounter.service_date, encounter.payer_name,
                        encounter.insurance_pending)
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

    def refresh_search(self) -> None:
        """Rewrites the search text of every account this import created or gave a new claim, in chunks."""
        dirty = sorted(self.search_dirty)
        self.session.flush()
        for start in range(0, len(dirty), 2000):
            chunk = dirty[start:start + 2000]
            numbers = dict(self.session.execute(select(Account.id, Account.number).where(Account.id.in_(chunk))).all())
            people: dict[int, list] = {i: [] for i in chunk}
            person_accounts: dict[int, list[int]] = {}
            for account_id, person_id, first, last, born in self.session.execute(
                    select(AccountMember.account_id, Person.id, Person.first_name, Person.last_name, Person.birth_date)
                    .join(Person, Person.id == AccountMember.person_id).where(AccountMember.account_id.in_(chunk))):
                people[account_id].append((first, last, born))
                person_accounts.setdefault(person_id, []).append(account_id)
            claims: dict[int, list[str]] = {i: [] for i in chunk}
            for account_id, claim in self.session.execute(select(Encounter.account_id, Encounter.claim_id).where(
                    Encounter.account_id.in_(chunk))):
                claims[account_id].append(claim)
            phones: dict[int, list[str]] = {i: [] for i in chunk}
            for person_id, number in self.session.execute(select(Phone.person_id, Phone.number).where(
                    Phone.person_id.in_(list(person_accounts)))):
                for account_id in dict.fromkeys(person_accounts[person_id]):
                    phones[account_id].append(number)
            write_search_texts(self.session, [(i, account_search_text(numbers[i], list(dict.fromkeys(people[i])),
                                                                      claims[i], phones[i])) for i in chunk])
        self.search_dirty.clear()
