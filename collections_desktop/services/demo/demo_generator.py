"""Builds synthetic accounts batch by batch as table rows: people, places, claims that reconcile, payments, flags.

Each batch has its own random stream and its own block of ids, so batches can be
generated in any order or in parallel and the vault still comes out the same for
a given seed and day.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import NamedTuple, TypeVar

from collections_desktop.domain.aging import aging_anchor
from collections_desktop.domain.flags import AccountFlag
from collections_desktop.domain.ledger import account_balance
from collections_desktop.domain.search import account_search_text, fold, sort_name
from collections_desktop.services.demo import demo_pools as pools
from collections_desktop.services.demo.demo_claims import MAX_CLAIMS, build_claim
from collections_desktop.services.demo.demo_contacts import add_history, call_time
from collections_desktop.services.demo.demo_history import add_earlier_calls

# Share of accounts carrying each flag; insurance_pending follows the claims instead.
FLAG_RATES = (
    (AccountFlag.DISPUTE, 0.02),
    (AccountFlag.CEASE_CONTACT, 0.01),
    (AccountFlag.ATTORNEY, 0.005),
    (AccountFlag.BANKRUPTCY, 0.005),
    (AccountFlag.DECEASED, 0.003),
    (AccountFlag.FINANCIAL_ASSISTANCE_PENDING, 0.02),
)
# The most rows one account can add to each table; a batch reserves that many ids.
MAX_ROWS_PER_ACCOUNT = {
    "person": 3, "account": 1, "address": 2, "phone": 2, "email": 1, "account_flag": len(FLAG_RATES) + 1,
    "encounter": MAX_CLAIMS, "service_line": 3 * MAX_CLAIMS, "adjudication": MAX_CLAIMS,
    "ledger_entry": 5 * MAX_CLAIMS, "contact_event": 10, "claim_handoff": MAX_CLAIMS,
}
# Rows are built as tuples in this column order (cheaper than dicts at 100k accounts);
# a test checks these names against the tables.
COLUMNS = {
    "person": ("id", "first_name", "middle_name", "last_name", "birth_date", "preferred_language", "member_id"),
    "account": ("id", "number", "guarantor_id", "created_at", "patient_due_cents", "insurance_pending_cents",
                "oldest_anchor_date", "paid_off_batch_id", "sort_name", "version_id", "assigned_to"),
    "account_member": ("account_id", "person_id", "role", "relationship", "authorized"),
    "account_search": ("account_id", "text"),
    "address": ("id", "person_id", "kind", "line1", "line2", "city", "state", "zip"),
    "phone": ("id", "person_id", "number", "kind", "consent_to_text"),
    "email": ("id", "person_id", "address", "opted_out"),
    "account_flag": ("id", "account_id", "kind", "set_at", "cleared_at", "details", "outcome"),
    "encounter": ("id", "account_id", "patient_id", "claim_id", "service_date", "first_statement_date",
                  "payer_name", "payer_kind", "insurance_pending"),
    "service_line": ("id", "encounter_id", "line_no", "procedure_code", "description", "units", "billed_cents"),
    "adjudication": ("id", "encounter_id", "sequence", "payer", "processed_on", "allowed_cents",
                     "deductible_cents", "coinsurance_cents", "copay_cents", "noncovered_cents",
                     "other_patient_cents", "reason_codes", "status", "remark_codes", "balance_issue",
                     "patient_figure_cents", "other_figure_cents", "decided_at", "paid_cents"),
    "ledger_entry": ("id", "account_id", "encounter_id", "kind", "amount_cents", "posted_on", "method",
                     "reference", "created_at", "import_batch_id"),
    "contact_event": ("id", "account_id", "person_id", "at", "channel", "direction", "outcome", "address_used",
                      "note", "detail", "override_reason", "created_at", "reason"),
    "claim_handoff": ("id", "encounter_id", "at", "note", "closed_at", "team", "reason", "answer", "answer_note"),
}
TABLES = tuple(COLUMNS)
_PLACE_CUM = tuple(accumulate(pools.PLACE_WEIGHTS))
T = TypeVar("T")

_CLAIM_COUNTS = (1, 2, 3, 4)
_CLAIM_CUM = tuple(accumulate((40, 30, 20, 10)))


@dataclass
class Batch:
    """Rows for several accounts, per table, ready for bulk insert."""

    rows: dict[str, list[tuple]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


class _Person(NamedTuple):
    id: int
    first_name: str
    last_name: str
    birth_date: date


class IdBlock:
    """Hands out the ids reserved for one batch, table by table."""

    def __init__(self, first_ids: dict[str, int]) -> None:
        self.next = dict(first_ids)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def batch_id_bases(start_ids: dict[str, int], batch_index: int, batch_size: int) -> dict[str, int]:
    """The first id of each table reserved for batch `batch_index`."""
    return {t: start_ids[t] + batch_index * batch_size * n for t, n in MAX_ROWS_PER_ACCOUNT.items()}


@dataclass(frozen=True)
class BatchSpec:
    """Everything needed to rebuild one batch anywhere: in this process or in a worker."""

    seed: int
    today: date
    batch_index: int
    first_account: int
    count: int
    id_bases: dict[str, int]


def generate_batch(spec: BatchSpec) -> Batch:
    generator = DemoGenerator(spec, Batch())
    for index in range(spec.first_account, spec.first_account + spec.count):
        generator.add_account(index)
    return generator.batch


class DemoGenerator:
    """Deterministic for a given seed, day and batch index."""

    def __init__(self, spec: BatchSpec, batch: Batch) -> None:
        self.rng = random.Random(f"collections-desk-demo:{spec.seed}:{spec.batch_index}")
        self.random = self.rng.random
        self.seed = spec.seed
        self.today = spec.today
        self.first_account = spec.first_account
        self.ids = IdBlock(spec.id_bases)
        self.batch = batch
        self.rows = batch.rows
        self.created_at = datetime.combine(spec.today, datetime.min.time(), tzinfo=UTC)

    def _between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def _pick(self, items: Sequence[T]) -> T:  # cheaper than Random.choice, same spread
        return items[int(self.random() * len(items))]

    # -- people and places ---------------------------------------------------------
    def _person(self, spanish: bool, last_name: str | None, min_age: int, max_age: int) -> _Person:
        rng = self.rng
        first = self._pick(pools.FIRST_NAMES_ES if spanish else pools.FIRST_NAMES_EN)
        last = last_name or self._pick(pools.LAST_NAMES_ES if spanish else pools.LAST_NAMES_EN)
        if spanish and last_name is None and rng.random() < 0.3:
            last = f"{last} {self._pick(pools.LAST_NAMES_ES)}"
        person = _Person(self.ids.take("person"), first, last,
                         self.today - timedelta(days=self._between(min_age * 365, max_age * 365)))
        self.rows["person"].append((
            person.id, first, "", last, person.birth_date,
            "es" if spanish and rng.random() < 0.6 else "en", f"M{self._between(10**8, 10**9 - 1)}"))
        return person

    def _contact_points(self, person: _Person) -> list[str]:
        rng, rows, person_id = self.rng, self.rows, person.id
        city, state, zip_code, area, self.zone = pools.PLACES[
            bisect(_PLACE_CUM, self.random() * _PLACE_CUM[-1])]
        rows["address"].append((
            self.ids.take("address"), person_id, "residential",
            f"{self._between(100, 9899)} {self._pick(pools.STREETS)}",
            f"Apt {self._between(1, 40)}" if rng.random() < 0.25 else "", city, state, zip_code))
        if rng.random() < 0.05:
            rows["address"].append((self.ids.take("address"), person_id, "mailing",
                                    f"PO Box {self._between(100, 9999)}", "", city, state, zip_code))
        # People keep their mobile number when they move: some area codes point elsewhere.
        elsewhere = self._pick(pools.PLACES) if rng.random() <= 0.15 else None
        mobile_area = elsewhere[3] if elsewhere else area
        self.phone_zone = elsewhere[4] if elsewhere else self.zone
        phones = [("mobile", f"+1{mobile_area}55501{self._between(0, 99):02d}", rng.random() < 0.55)]
        if rng.random() < 0.35:
            phones.append(("home", f"+1{area}55501{self._between(0, 99):02d}", False))
        for kind, number, consent in phones:
            rows["phone"].append((self.ids.take("phone"), person_id, number, kind, consent))
        if rng.random() < 0.6:
            local = fold(f"{person.first_name}.{person.last_name}").replace(" ", "")
            rows["email"].append((self.ids.take("email"), person_id,
                                  f"{local}{self._between(1, 99)}@{self._pick(pools.EMAIL_DOMAINS)}",
                                  rng.random() < 0.05))
        return [number for _, number, _ in phones]

    # -- one account -----------------------------------------------------------------
    def add_account(self, index: int) -> None:
        rng, rows = self.rng, self.rows
        spanish = rng.random() < 0.45
        guarantor = self._person(spanish, None, 19, 88)
        phones = self._contact_points(guarantor)
        account_id = self.ids.take("account")
        number = f"{10_000_000 + index}"
        family = guarantor.last_name
        patients = [(guarantor, "self")]
        roll = rng.random()
        if roll < 0.2:
            patients = [(self._person(spanish, family, 1, 17), "child")]
        elif roll < 0.3:
            patients = [(self._person(spanish, family, 19, 80), "spouse")]
        elif roll < 0.38:
            patients.append((self._person(spanish, family, 1, 17), "child"))
        members = rows["account_member"]
        members.append((account_id, guarantor.id, "guarantor", "self", True))
        for person, relationship in patients:
            members.append((account_id, person.id, "patient", relationship, relationship == "self"))
        payer_kind, payer = self._payer()
        claims, for_aging, any_pending = [], [], False
        for k in range(_CLAIM_COUNTS[bisect(_CLAIM_CUM, self.random() * _CLAIM_CUM[-1])]):
            claim = f"C{index:07d}-{k + 1}"
            aging, pending = build_claim(self, account_id, self._pick(patients)[0].id, claim, payer_kind, payer)
            claims.append(claim)
            for_aging.append(aging)
            any_pending = any_pending or pending
        totals = account_balance(for_aging, self.today)
        due_anchors = [aging_anchor(a.service_date, a.first_statement_date)
                       for a in for_aging if a.balance.patient_balance_cents > 0]
        rows["account"].append((
            account_id, number, guarantor.id, self.created_at, totals.patient_due_cents,
            totals.insurance_pending_cents, min(due_anchors) if due_anchors else None, None,
            sort_name(guarantor.first_name, guarantor.last_name), 1, None))
        people = [guarantor] + [p for p, rel in patients if rel != "self"]
        rows["account_search"].append((account_id, account_search_text(
            number, [(p.first_name, p.last_name, p.birth_date) for p in people], claims, phones)))
        flags = [flag for flag, rate in FLAG_RATES if rng.random() < rate]
        # Every batch shows each hold at least once, so even a small demo has them all.
        position = index - self.first_account
        if position < len(FLAG_RATES) and FLAG_RATES[position][0] not in flags:
            flags.append(FLAG_RATES[position][0])
        if any_pending:
            flags.append(AccountFlag.INSURANCE_PENDING)
        for flag in flags:
            rows["account_flag"].append((self.ids.take("account_flag"), account_id, flag.value,
                                         self.created_at, None, "{}", ""))
        first_billed = min((a.first_statement_date for a in for_aging if a.first_statement_date), default=None)
        add_earlier_calls(self, account_id, guarantor.id, first_billed,
                          lambda day, hour: call_time(day, (self.zone, self.phone_zone), hour), phones[0])
        if totals.patient_due_cents > 0:
            add_history(self, account_id, guarantor.id, (self.zone, self.phone_zone), spanish,
                        [f.value for f in flags], phones[0])

    def _payer(self) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            return "commercial", self._pick(pools.COMMERCIAL_PAYERS)
        if roll < 0.72:
            return "medicare", "Medicare Part B"
        if roll < 0.87:
            return "medicaid", self._pick(pools.MEDICAID_PAYERS)
        return "self_pay", ""
