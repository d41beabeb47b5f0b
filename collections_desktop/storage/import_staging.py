"""How an import writes: ids it assigns, new rows kept as plain tuples and written table by table in one
executemany each (parents first), and a session released every few thousand records so memory stays flat."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, literal, select, update
from sqlalchemy.orm import Session

from collections_desktop.domain.search import account_search_text
from collections_desktop.storage.balances import BalanceChange, account_figures, visit_from_totals
from collections_desktop.storage.bulk import prepare, reserve_ids, slices, write_prepared
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    Encounter,
    LedgerEntryRow,
    Person,
    Phone,
)
from collections_desktop.storage.search_index import index_new_texts, write_search_texts

# Ids a team server's import takes from a table's sequence at a time.
ID_BLOCK = 1000

# The columns of the rows an import creates, in the order the tuples below give them.
COLUMNS = {
    "person": ("id", "first_name", "middle_name", "last_name", "birth_date", "preferred_language", "member_id"),
    "account": ("id", "number", "guarantor_id", "created_at", "patient_due_cents", "insurance_pending_cents",
                "oldest_anchor_date", "paid_off_batch_id", "sort_name", "version_id"),
    "account_member": ("account_id", "person_id", "role", "relationship", "authorized"),
    "address": ("person_id", "kind", "line1", "line2", "city", "state", "zip"),
    "phone": ("person_id", "number", "kind", "consent_to_text"),
    "email": ("person_id", "address", "opted_out"),
    "encounter": ("id", "account_id", "patient_id", "claim_id", "service_date", "first_statement_date",
                  "payer_name", "payer_kind", "insurance_pending"),
    "ledger_entry": ("id", "account_id", "encounter_id", "kind", "amount_cents", "posted_on", "method",
                     "reference", "created_at", "import_batch_id"),
    "posting_source": ("source_key", "ledger_entry_id", "import_batch_id"),
    "person_identifier": ("person_id", "system", "value"),
    "account_search": ("account_id", "text"),
}

# Where a posting came from, as the import's sums tell postings apart: an imported one by its method
# ("csv" for snapshots); one made at the desk (no import batch) as DESK, or DESK_RETURN when it takes money
# back (a returned payment). No method can be either.
DESK, DESK_RETURN = "(desk)", "(desk return)"
SOURCE = case((LedgerEntryRow.import_batch_id.is_(None) & (LedgerEntryRow.amount_cents < 0), literal(DESK_RETURN)),
              (LedgerEntryRow.import_batch_id.is_(None), literal(DESK)), else_=LedgerEntryRow.method)


def _sums_by_source(claims: list[int]) -> Select:
    """(claim, kind, source, total cents, entries) of the given claims' postings."""
    return (select(LedgerEntryRow.encounter_id, LedgerEntryRow.kind, SOURCE, func.sum(LedgerEntryRow.amount_cents),
                   func.count())
            .where(LedgerEntryRow.encounter_id.in_(claims))
            .group_by(LedgerEntryRow.encounter_id, LedgerEntryRow.kind, SOURCE))


@dataclass(slots=True)
class KnownAccount:
    """An account already in the vault, read ahead with only what a snapshot of its claims needs."""

    id: int
    number: str
    guarantor_id: int


@dataclass(slots=True)
class KnownEncounter:
    """A claim already in the vault, read ahead; a change of its pending flag is written with the slice."""

    id: int
    account_id: int
    claim_id: str
    insurance_pending: bool


@dataclass(slots=True)
class NewPerson:
    id: int
    first_name: str
    middle_name: str
    last_name: str
    birth_date: date | None
    preferred_language: str
    member_id: str
    phones: list[str] = field(default_factory=list)

    def row(self) -> tuple:
        return (self.id, self.first_name, self.middle_name, self.last_name, self.birth_date,
                self.preferred_language, self.member_id)


@dataclass(slots=True)
class NewAccount:
    """An account this import creates, until it is written (then the session's Account stands for it).

    It also gathers its people and claims, so its search text and balance are written with it.
    """

    id: int
    number: str
    guarantor_id: int
    created_at: datetime
    sort_name: str
    people: list[NewPerson] = field(default_factory=list)
    encounters: list[NewEncounter] = field(default_factory=list)
    patient_due_cents: int = 0
    insurance_pending_cents: int = 0
    oldest_anchor_date: date | None = None

    def row(self) -> tuple:
        return (self.id, self.number, self.guarantor_id, self.created_at, self.patient_due_cents,
                self.insurance_pending_cents, self.oldest_anchor_date, None, self.sort_name, 1)

    def search_row(self) -> tuple[int, str]:
        people = [(p.first_name, p.last_name, p.birth_date) for p in self.people]
        phones = [number for p in self.people for number in p.phones]
        return self.id, account_search_text(self.number, people, [e.claim_id for e in self.encounters], phones)


@dataclass(slots=True)
class NewEncounter:
    """A claim this import creates; changes made before it is written go into the row."""

    id: int
    account_id: int
    patient_id: int
    claim_id: str
    service_date: date
    payer_name: str
    payer_kind: str
    insurance_pending: bool

    def row(self) -> tuple:
        return (self.id, self.account_id, self.patient_id, self.claim_id, self.service_date, None,
                self.payer_name, self.payer_kind, self.insurance_pending)


class ImportStaging:
    """The write side the Applier builds on; the caller's transaction is never committed here."""

    def __init__(self, session: Session, batch_id: int | None, now: datetime, state) -> None:  # noqa: ANN001
        self.session = session
        self.batch_id = batch_id
        self.now = now
        self.today = now.date()
        self.state = state
        self.search_dirty: set[int] = set()
        # Rows this import creates get their ids here, so nothing is flushed one row at a time: new rows wait
        # per table and are written, parents first, whenever the database is about to be read. People,
        # accounts and claims wait as objects (a claim may still change), everything else as tuples.
        self._staged: dict[str, list] = {table: [] for table in COLUMNS}
        self._patients: dict[int, int] = {}
        self._last_id: dict[type, int] = {}
        self._server = session.get_bind().dialect.name == "postgresql"
        self._reserved: dict[type, deque[int]] = {}
        self._accounts: dict[str, int] = {}
        self._encounters: dict[tuple[int, str], int] = {}
        # Encounters whose whole ledger is known here, as [total cents, entries] by (kind, source): those this
        # import created (their ledger is what it posted) and those read ahead with their sums since the
        # last release, plus what this import posted to them.
        self._fresh: dict[int, dict[tuple[str, str], list[int]]] = {}
        self._held: dict[tuple[type, int], object] = {}
        # Claims read ahead whose insurance-pending flag this import changed, as bulk-update rows.
        self._pending_flags: list[dict] = []
        # Accounts whose claims are all in the cache (made by this import, or looked up ahead) since the last
        # release, and account numbers known not to exist yet: neither needs a query.
        self._recent: set[int] = set()
        self._absent: set[str] = set()
        # (system, value) identifiers this import staged: kept for the whole import (they are few).
        self._identifiers: set[tuple[str, str]] = set()

    def _stage(self, table: str, row: object) -> None:
        self._staged[table].append(row)

    def write_pending(self) -> None:
        """Sends the new rows and the collected postings to the database, parents before children.

        Once written, new accounts and claims are read back through the session when asked
        for again, so a later change to one is tracked like any other.
        """
        staged = self._staged
        if any(staged.values()):
            # New accounts get their search text now; one that gains a claim later is marked again.
            texts = [account.search_row() for account in staged["account"]]
            staged["account_search"] = texts
            self.search_dirty.difference_update(account.id for account in staged["account"])
            rows = {table: [item.row() for item in items] if table in ("person", "account", "encounter")
                    else items for table, items in staged.items() if items}
            write_prepared(self.session, prepare(rows, COLUMNS, self.session.connection().dialect))
            index_new_texts(self.session, texts)
            for item in staged["account"]:
                self._held.pop((Account, item.id), None)
            for item in staged["encounter"]:
                self._held.pop((Encounter, item.id), None)
            self._staged = {table: [] for table in COLUMNS}
        if self._pending_flags:
            self.session.execute(update(Encounter), self._pending_flags)
            self._pending_flags = []
        self.session.flush()

    def _ledger(self, encounter: Encounter | NewEncounter) -> dict[tuple[str, str], list[int]]:
        """[total cents, entry count] per (kind, source) of an encounter's postings; the source is the
        method of an imported posting, DESK or DESK_RETURN for one made at the desk."""
        fresh = self._fresh.get(encounter.id)
        if fresh is not None:
            return fresh
        self.write_pending()
        return {(kind, source): [int(total), int(n)]
                for _claim, kind, source, total, n in self.session.execute(_sums_by_source([encounter.id]))}

    def _sums(self, encounter: Encounter | NewEncounter) -> dict[str, tuple[int, int]]:
        """(total cents, entry count) per kind for an encounter, whatever the source."""
        sums: dict[str, list[int]] = {}
        for (kind, _source), (total, count) in self._ledger(encounter).items():
            entry = sums.setdefault(kind, [0, 0])
            entry[0] += total
            entry[1] += count
        return {kind: (total, count) for kind, (total, count) in sums.items()}

    def _settle_new_accounts(self, as_of: date) -> None:
        """Works out the balance of each account made in this slice that is still unwritten.

        Nothing was written since such an account was made, so every claim it has is new and
        every posting to them is in `_fresh`: its figures need no read back at the end of the
        import. A later slice that gives it another claim marks it touched again.
        """
        for account in self._staged["account"]:
            visits = [visit_from_totals(encounter.service_date, None, encounter.insurance_pending,
                                        {kind: cents for kind, (cents, _n) in self._sums(encounter).items()})
                      for encounter in account.encounters]
            figures, anchor = account_figures(visits, as_of)
            account.patient_due_cents = figures.patient_due_cents
            account.insurance_pending_cents = figures.insurance_pending_cents
            account.oldest_anchor_date = anchor
            self.state.touched_accounts.discard(account.id)
            if (figures.patient_due_cents, figures.insurance_pending_cents) != (0, 0):
                self.state.moves.add(BalanceChange(account.id, 0, figures.patient_due_cents, 0,
                                                   figures.insurance_pending_cents))

    def release(self) -> None:
        """Writes what is pending and lets the session forget it, so memory stays flat however long the file."""
        self._settle_new_accounts(self.today)
        self.write_pending()
        self.session.expunge_all()
        # Everything is written: later records find these accounts and claims in the database again.
        for cache in (self._held, self._fresh, self._accounts, self._encounters, self._recent, self._absent,
                      self._patients):
            cache.clear()

    def look_ahead(self, numbers: set[str]) -> None:
        """Finds in a few queries which of the accounts the next records name exist, with their claims and
        what each claim's ledger sums to per kind and source.

        Called for each slice of records after a release: the records then find every account, claim
        and ledger sum in the cache instead of asking the database one by one, which is what keeps a
        daily snapshot of claims already in the vault as quick to import as the first one.
        """
        wanted = sorted(n for n in numbers if n and n not in self._accounts and n not in self._absent)
        # Plain rows through the session's connection: everything pending was written by the last release,
        # and the ORM's result layer would cost more than the reading itself.
        connection = self.session.connection()
        for part in slices(wanted):
            found = {}
            for account_id, number, guarantor_id in connection.execute(
                    select(Account.id, Account.number, Account.guarantor_id).where(Account.number.in_(part))).all():
                found[number] = account_id
                self._held[(Account, account_id)] = KnownAccount(account_id, number, guarantor_id)
            self._accounts.update(found)
            self._absent.update(n for n in part if n not in found)
            claims = []
            for row in connection.execute(select(Encounter.id, Encounter.account_id, Encounter.claim_id,
                                                 Encounter.insurance_pending)
                                          .where(Encounter.account_id.in_(found.values()))).all():
                encounter = KnownEncounter(*row)
                self._encounters[(encounter.account_id, encounter.claim_id)] = encounter.id
                self._held[(Encounter, encounter.id)] = encounter
                self._fresh[encounter.id] = {}
                claims.append(encounter.id)
            for chunk in slices(claims):
                for claim, kind, source, total, count in connection.execute(_sums_by_source(chunk)).all():
                    self._fresh[claim][(kind, source)] = [int(total), int(count)]
            self._recent.update(found.values())

    def _set_pending(self, encounter: Encounter | KnownEncounter | NewEncounter, pending: bool) -> None:
        """Moves a claim into or out of insurance pending: on the object, and for one read ahead, in the vault
        when the slice is written."""
        encounter.insurance_pending = pending
        if isinstance(encounter, KnownEncounter):
            self._pending_flags.append({"id": encounter.id, "insurance_pending": pending})

    def _get(self, model: type[Any], key: int) -> Any:  # noqa: ANN401 - the model's own type
        """An object this import holds (pending ones are not in the identity map), else the session's."""
        held = self._held.get((model, key))
        return held if held is not None else self.session.get(model, key)

    def _id(self, model: type[Any]) -> int:
        if self._server:  # other desks take ids from the same sequences meanwhile: ids come from them too
            block = self._reserved.get(model)
            if not block:
                block = self._reserved[model] = deque(reserve_ids(self.session, model.__tablename__, ID_BLOCK))
            return block.popleft()
        if model not in self._last_id:
            self._last_id[model] = self.session.scalar(select(func.max(model.id))) or 0
        self._last_id[model] += 1
        return self._last_id[model]

    def refresh_search(self) -> None:
        """Rewrites the search text of every account this import created or gave a new claim, in chunks."""
        self.session.flush()
        for chunk in slices(sorted(self.search_dirty), 2000):
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
