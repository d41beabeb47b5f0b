"""Posts normalised import records to the ledger: find or create the account and claim, post once, count changes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import SIGNS_BY_TEXT, EntryKind
from collections_desktop.domain.money import format_cents
from collections_desktop.domain.search import sort_name
from collections_desktop.services.imports.import_moves import BalanceMoves
from collections_desktop.services.imports.import_remit import RemitPosting
from collections_desktop.storage.claim_owners import people_by_identifier
from collections_desktop.storage.contacts_repo import account_by_number, account_id, account_patient
from collections_desktop.storage.import_staging import (
    DESK,
    DESK_RETURN,
    ImportStaging,
    NewAccount,
    NewEncounter,
    NewPerson,
)
from collections_desktop.storage.models import (
    Account,
    Encounter,
    LedgerEntryRow,
    Person,
    PostingSource,
)
from collections_desktop.storage.remit_review import account_claim
from collections_desktop.sync.problems import ERROR, WARNING, ImportProblem
from collections_desktop.sync.records import (
    AccountRecord,
    ChargeRecord,
    ClaimBalanceRecord,
    ClaimRemitRecord,
    PersonRecord,
    PostingRecord,
)


@dataclass
class ApplyState:
    """What one import did so far, for the dry-run report and the batch record."""

    counts: Counter = field(default_factory=Counter)
    touched_accounts: set[int] = field(default_factory=set)
    moved_to_patient: set[str] = field(default_factory=set)
    problems: list[ImportProblem] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)  # claims the payer denied, held for the specialist
    predeterminations: list[str] = field(default_factory=list)  # estimates: nothing posted, only listed
    moves: BalanceMoves = field(default_factory=BalanceMoves)
    # Accounts get rising ids, so the first one this import made marks all of them: no set that grows
    # with the file.
    first_created: int | None = None
    agency_references: set[str] = field(default_factory=set)  # the agency's payments this import posted

    def created(self, account_id: int) -> bool:
        return self.first_created is not None and account_id >= self.first_created


# The stored texts of the kinds a CSV snapshot posts: the snapshot path runs per row of files with millions
# of rows, and an Enum's value is a Python call.
CHARGE, INSURANCE_PAYMENT, CONTRACTUAL, INSURANCE_ADJUSTMENT, PATIENT_PAYMENT = (
    kind.value for kind in (EntryKind.CHARGE, EntryKind.INSURANCE_PAYMENT, EntryKind.CONTRACTUAL,
                            EntryKind.INSURANCE_ADJUSTMENT, EntryKind.PATIENT_PAYMENT))


class Applier(ImportStaging):
    """Applies records inside the caller's transaction; never commits. The staged writing is what it is built
    on; remittances are posted by the `RemitPosting` it holds."""

    def __init__(self, session: Session, batch_id: int | None, now: datetime, state: ApplyState) -> None:
        super().__init__(session, batch_id, now, state)
        self.remits = RemitPosting(self)

    def claim_remit(self, record: ClaimRemitRecord) -> None:
        self.remits.claim_remit(record)

    # -- lookups ----------------------------------------------------------------------
    def account_by_id(self, account_id: int) -> Account | NewAccount:
        """An account this import holds or the vault has (the caller knows it exists)."""
        found: Account | NewAccount = self._get(Account, account_id)
        return found

    def account(self, number: str, guarantor: PersonRecord, patient: PersonRecord | None) -> Account | NewAccount:
        """The account with this PM number, created with its guarantor (and patient) when new."""
        known = self._accounts.get(number)
        if known is not None:
            return self.account_by_id(known)
        # Accounts this import made are in the cache; the database is asked only about older ones.
        if number not in self._absent:
            with self.session.no_autoflush:
                stored = account_by_number(self.session, number)
            if stored is not None:
                self._accounts[number] = stored.id
                return stored
        person = self._person(guarantor)
        account = NewAccount(self._id(Account), number, person.id, self.now,
                             sort_name(person.first_name, person.last_name))
        self._accounts[number] = account.id
        self._recent.add(account.id)
        self._held[(Account, account.id)] = account
        self._stage("account", account)
        members = self._staged["account_member"]
        members.append((account.id, person.id, "guarantor", "self", True))
        account.people.append(person)
        if patient is None:
            members.append((account.id, person.id, "patient", "self", True))
            self._patients[account.id] = person.id
        else:
            other = self._person(patient)
            members.append((account.id, other.id, "patient", "other", False))
            account.people.append(other)
            self._patients[account.id] = other.id
        if self.state.first_created is None:
            self.state.first_created = account.id
        self.state.counts["accounts_created"] += 1
        self.search_dirty.add(account.id)
        return account

    def _person(self, record: PersonRecord) -> NewPerson:
        person = NewPerson(self._id(Person), record.first_name.strip().title()[:80] or "?",
                           record.middle_name.strip().title()[:80], record.last_name.strip().title()[:80] or "?",
                           record.birth_date, record.preferred_language or "en", record.member_id[:40])
        self._stage("person", person)
        if record.address:
            line1, line2, city, state, zip_code = record.address
            self._stage("address", (person.id, "residential", line1[:120], line2[:120], city[:80], state[:2],
                                    zip_code[:10]))
        for number, kind in record.phones:
            self._stage("phone", (person.id, number[:20], kind, False))
            person.phones.append(number[:20])
        for address in record.emails:
            self._stage("email", (person.id, address[:254], False))
        if record.identifiers:
            self._keep_identifiers(person.id, record.identifiers)
        return person

    def _keep_identifiers(self, person_id: int, identifiers: list[tuple[str, str]]) -> None:
        """The ids another system gave this person (a FHIR Patient id, a member number), each kept once."""
        wanted = [key for key in dict.fromkeys((s[:200], v[:120]) for s, v in identifiers)
                  if key not in self._identifiers]
        known = people_by_identifier(self.session, wanted) if wanted else {}
        for key in wanted:
            self._identifiers.add(key)
            if key not in known:
                self._stage("person_identifier", (person_id, *key))

    def _claim(self, account: Account | NewAccount, claim_id: str, service_date: date, payer: str, pending: bool,
               patient: PersonRecord | None = None, *, touch: bool = True,
               patient_id: int | None = None) -> Encounter | NewEncounter:
        """The account's claim with this id, made when new (which marks the account as changed).

        Finding a claim marks its account too unless `touch` is False: a snapshot that may turn out
        unchanged marks it only if it posts something.
        """
        known = self._encounters.get((account.id, claim_id))
        encounter: Encounter | NewEncounter | None
        if known is not None:
            encounter = self._get(Encounter, known)
        elif account.id in self._recent:
            encounter = None  # an account made or read ahead since the last release has all its claims cached
        else:
            encounter = account_claim(self.session, account.id, claim_id)
        if encounter is not None:
            self._encounters[(account.id, claim_id)] = encounter.id
            if touch:
                self._touch(account.id)
            return encounter
        patient_id = patient_id or account.guarantor_id
        if patient is not None:
            member = self._patients.get(account.id)
            if member is None:
                member = account_patient(self.session, account.id)
            patient_id = member or patient_id
        made = NewEncounter(self._id(Encounter), account.id, patient_id, claim_id, service_date,
                            payer[:120], "commercial" if payer else "self_pay", pending)
        self._stage("encounter", made)
        if isinstance(account, NewAccount):
            account.encounters.append(made)
        self._encounters[(account.id, claim_id)] = made.id
        self._held[(Encounter, made.id)] = made
        self._fresh[made.id] = {}
        self._touch(account.id)
        self.search_dirty.add(account.id)
        return made

    def _touch(self, account_id: int) -> None:
        """Marks the account for the balance refresh, counting an older account once as updated."""
        if not self.state.created(account_id) and account_id not in self.state.touched_accounts:
            self.state.counts["accounts_updated"] += 1
        self.state.touched_accounts.add(account_id)

    # -- ledger snapshots and single postings --------------------------------------------
    def account_record(self, record: AccountRecord) -> None:
        existing = self._accounts.get(record.account_number)
        if existing is None and record.account_number not in self._absent:
            existing = account_id(self.session, record.account_number)
        if existing is not None:
            self.state.counts["unchanged"] += 1
            return
        self.account(record.account_number, record.guarantor, None)

    def charge(self, record: ChargeRecord) -> None:
        """A cumulative snapshot of a claim: posts only its differences from what earlier snapshots posted,
        counting payments taken at the desk that the PM has not posted yet as already there."""
        account = self.account(record.account_number, record.guarantor, record.patient)
        encounter = self._claim(account, record.claim_id, record.service_date, record.payer,
                                record.insurance_pending, record.patient, touch=False)
        # A claim with no postings yet: one this import made a moment ago (the usual case on a first import).
        ledger = {} if not self._fresh.get(encounter.id, True) else self._ledger(encounter)
        new_claim = not ledger
        before = {kind: total for (kind, source), (total, _n) in ledger.items() if source == "csv"}
        desk_paid, desk_returned = (ledger.get((PATIENT_PAYMENT, source), (0, 0))[0]
                                    for source in (DESK, DESK_RETURN))
        targets = ((CHARGE, record.billed_cents), (INSURANCE_PAYMENT, record.insurance_paid_cents),
                   (CONTRACTUAL, record.adjustment_cents), (PATIENT_PAYMENT, record.patient_paid_cents))
        posted, unseen = False, 0
        for kind, target in targets:
            total = before.get(kind, 0)
            change = target - total
            if kind == PATIENT_PAYMENT and (desk_paid or desk_returned):
                # Payments taken (and returns recorded) at the desk reach the PM later: a PM figure that some
                # of them would explain is the PM catching up, and only what lies beyond is new to the vault.
                # What the desk did that the PM's figure does not show yet stays off the PM's balance.
                low, high = total + desk_returned, total + desk_paid
                change = target - high if target > high else (target - low if target < low else 0)
                unseen = total + change + desk_paid + desk_returned - target
            if change:
                self._post(encounter, kind, change, record.service_date if kind == CHARGE else self.today,
                           method="csv")
                posted = True
                if kind == PATIENT_PAYMENT and change > 0:
                    self.state.counts["payments"] += 1
        if record.balance_cents is not None:
            remaining: int
            if new_claim:  # what it owes is exactly what was just posted to it
                remaining = sum(SIGNS_BY_TEXT[kind] * target for kind, target in targets)
            else:
                remaining = sum(SIGNS_BY_TEXT[kind] * total for kind, (total, _n) in self._sums(encounter).items())
            expected = record.balance_cents - unseen
            if remaining != expected:
                # The practice's balance is what the patient is told; the difference is posted, and said.
                self._post(encounter, INSURANCE_ADJUSTMENT, remaining - expected, self.today, method="csv")
                self.state.problems.append(ImportProblem(record.where, WARNING, "balance_disagrees", {
                    "claim": record.claim_id, "balance": format_cents(expected), "figures": format_cents(remaining)}))
                posted = True
        if encounter.insurance_pending != record.insurance_pending:
            if encounter.insurance_pending and not record.insurance_pending:
                self.state.moved_to_patient.add(record.claim_id)
            self._set_pending(encounter, record.insurance_pending)
            posted = True
        if posted:
            self._touch(account.id)
        self.state.counts["claims" if posted or new_claim else "unchanged"] += 1

    def posting(self, record: PostingRecord) -> None:
        """One transaction of a transaction-level export, posted once by its id."""
        self.write_pending()
        exists = self.session.get(PostingSource, record.source_key[:160]) is not None
        account = account_by_number(self.session, record.account_number)
        encounter = None if account is None else account_claim(self.session, account.id, record.claim_id)
        if encounter is None or account is None:
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
        self._post(encounter, EntryKind(record.kind).value, record.amount_cents, record.posted_on, record.source_key,
                   record.reference, record.method)
        if record.kind == EntryKind.PATIENT_PAYMENT.value:
            self.state.counts["payments"] += 1

    def post(self, encounter: Encounter, kind: str, cents: int, posted_on: date, source_key: str,
             reference: str, method: str) -> None:
        """Stages one keyed posting on a stored visit (the agency's returns): posted once by its key."""
        self._post(encounter, kind, cents, posted_on, source_key, reference, method)

    def claim_balance(self, record: ClaimBalanceRecord) -> None:
        """A claim the practice system closed: what the ledger leaves on it beyond what is outstanding (a copay
        above the charge, rounding) is adjusted, so a closed claim neither owes nor is owed more."""
        account = account_by_number(self.session, record.account_number)
        encounter = None if account is None else self._claim(account, record.claim_id, self.today, "", False,
                                                             touch=False)
        if encounter is None or account is None:
            self.state.problems.append(ImportProblem(record.where, ERROR, "unknown_claim", {"claim": record.claim_id}))
            return
        remaining = sum(SIGNS_BY_TEXT[kind] * total for kind, (total, _n) in self._sums(encounter).items())
        if remaining != record.outstanding_cents:
            self._post(encounter, INSURANCE_ADJUSTMENT, remaining - record.outstanding_cents, self.today,
                       method="closed")
            self._touch(account.id)

    def _post(self, encounter: Encounter | NewEncounter, kind: str, cents: int, posted_on: date,
              source_key: str | None = None, reference: str = "", method: str = "") -> None:
        """Stages one posting of this import, of the kind stored as `kind` (an EntryKind's text).

        A keyed posting (remittance, transaction) also gets its source row, which is what keeps a
        re-sent file from posting it twice. CSV snapshots need none: they post only their
        difference from the sums of what earlier snapshots posted.
        """
        if cents == 0:
            return
        entry_id, method = self._id(LedgerEntryRow), method[:16]
        self._staged["ledger_entry"].append((entry_id, encounter.account_id, encounter.id, kind, cents,
                                             posted_on, method, reference[:60], self.now, self.batch_id))
        if source_key is not None:
            self._staged["posting_source"].append((source_key[:160], entry_id, self.batch_id))
        fresh = self._fresh.get(encounter.id)
        if fresh is not None:
            sums = fresh.setdefault((kind, method), [0, 0])
            sums[0] += cents
            sums[1] += 1
