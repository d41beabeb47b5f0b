"""How an import writes: ids it assigns, new rows flushed parents first in levels, postings in one executemany,
and a session released every few thousand records so memory stays flat."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collections_desktop.domain.search import account_search_text
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    Encounter,
    LedgerEntryRow,
    Person,
    Phone,
    PostingSource,
)
from collections_desktop.storage.search_index import write_search_texts


class ImportStaging:
    """The write side the Applier builds on; the caller's transaction is never committed here."""

    def __init__(self, session: Session, batch_id: int | None, now: datetime, state) -> None:  # noqa: ANN001
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
