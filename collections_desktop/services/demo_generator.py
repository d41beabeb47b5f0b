"""Builds one synthetic account at a time as table rows: people, places, claims that reconcile, payments, flags."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from collections_desktop.domain.aging import aging_anchor
from collections_desktop.domain.flags import AccountFlag
from collections_desktop.domain.ledger import EncounterForAging, account_balance
from collections_desktop.domain.search import digits, fold
from collections_desktop.services import demo_pools as pools
from collections_desktop.services.demo_claims import build_claim

# Share of accounts carrying each flag; insurance_pending follows the claims instead.
FLAG_RATES = (
    (AccountFlag.DISPUTE, 0.02),
    (AccountFlag.CEASE_CONTACT, 0.01),
    (AccountFlag.ATTORNEY, 0.005),
    (AccountFlag.BANKRUPTCY, 0.005),
    (AccountFlag.DECEASED, 0.003),
    (AccountFlag.FINANCIAL_ASSISTANCE_PENDING, 0.02),
)
TABLES = ("person", "account", "account_member", "account_search", "address", "phone", "email",
          "account_flag", "encounter", "service_line", "adjudication", "ledger_entry")


@dataclass
class Batch:
    """Rows for several accounts, per table, ready for bulk insert."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def count(self) -> int:
        return sum(len(r) for r in self.rows.values())


@dataclass
class IdCounters:
    """The next free id of each table, so rows can be linked before they are inserted."""

    next: dict[str, int] = field(default_factory=lambda: {t: 1 for t in TABLES})

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def _cents(rng: random.Random, low_dollars: int, high_dollars: int) -> int:
    return rng.randint(low_dollars * 100, high_dollars * 100)


class DemoGenerator:
    """Deterministic for a given seed and 'today': the same accounts every time."""

    def __init__(self, seed: int, today: date, ids: IdCounters) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.ids = ids
        self.created_at = datetime.combine(today, datetime.min.time(), tzinfo=timezone.utc)

    # -- people and places ---------------------------------------------------------
    def _person(self, batch: Batch, spanish: bool, last_name: str | None, age_range: tuple[int, int]) -> dict:
        rng = self.rng
        first = rng.choice(pools.FIRST_NAMES_ES if spanish else pools.FIRST_NAMES_EN)
        last = last_name or rng.choice(pools.LAST_NAMES_ES if spanish else pools.LAST_NAMES_EN)
        if spanish and last_name is None and rng.random() < 0.3:
            last = f"{last} {rng.choice(pools.LAST_NAMES_ES)}"
        age_days = rng.randint(age_range[0] * 365, age_range[1] * 365)
        row = {
            "id": self.ids.take("person"), "first_name": first, "middle_name": "", "last_name": last,
            "birth_date": self.today - timedelta(days=age_days),
            "preferred_language": "es" if spanish and rng.random() < 0.6 else "en",
            "member_id": f"M{rng.randint(10**8, 10**9 - 1)}",
        }
        batch.rows["person"].append(row)
        return row

    def _contact_points(self, batch: Batch, person: dict) -> list[str]:
        rng = self.rng
        place_index = rng.choices(range(len(pools.PLACES)), weights=pools.PLACE_WEIGHTS)[0]
        city, state, zip_code, area, _zone = pools.PLACES[place_index]
        batch.rows["address"].append({
            "id": self.ids.take("address"), "person_id": person["id"], "kind": "residential",
            "line1": f"{rng.randint(100, 9899)} {rng.choice(pools.STREETS)}",
            "line2": rng.choice(("", "", "", f"Apt {rng.randint(1, 40)}")),
            "city": city, "state": state, "zip": zip_code,
        })
        if rng.random() < 0.05:
            batch.rows["address"].append({
                "id": self.ids.take("address"), "person_id": person["id"], "kind": "mailing",
                "line1": f"PO Box {rng.randint(100, 9999)}", "line2": "", "city": city, "state": state,
                "zip": zip_code,
            })
        phones = []
        # People keep their mobile number when they move: some area codes point elsewhere.
        mobile_area = area if rng.random() > 0.15 else rng.choice(pools.PLACES)[3]
        phones.append(("mobile", f"+1{mobile_area}555{rng.randint(100, 199):04d}", rng.random() < 0.55))
        if rng.random() < 0.35:
            phones.append(("home", f"+1{area}555{rng.randint(100, 199):04d}", False))
        for kind, number, consent in phones:
            batch.rows["phone"].append({"id": self.ids.take("phone"), "person_id": person["id"],
                                        "number": number, "kind": kind, "consent_to_text": consent})
        if rng.random() < 0.6:
            local = fold(f"{person['first_name']}.{person['last_name']}").replace(" ", "")
            domain = rng.choice(("example.com", "example.org", "example.net"))
            batch.rows["email"].append({"id": self.ids.take("email"), "person_id": person["id"],
                                        "address": f"{local}{rng.randint(1, 99)}@{domain}",
                                        "opted_out": rng.random() < 0.05})
        return [n for _, n, _ in phones]

    # -- one account -----------------------------------------------------------------
    def add_account(self, batch: Batch, index: int) -> None:
        rng = self.rng
        spanish = rng.random() < 0.45
        guarantor = self._person(batch, spanish, None, (19, 88))
        phones = self._contact_points(batch, guarantor)
        account_id = self.ids.take("account")
        number = f"{10_000_000 + index}"
        patients = [(guarantor, "self")]
        roll = rng.random()
        if roll < 0.2:
            patients = [(self._person(batch, spanish, guarantor["last_name"], (1, 17)), "child")]
        elif roll < 0.3:
            patients = [(self._person(batch, spanish, guarantor["last_name"], (19, 80)), "spouse")]
        elif roll < 0.38:
            patients.append((self._person(batch, spanish, guarantor["last_name"], (1, 17)), "child"))
        members = batch.rows["account_member"]
        members.append({"account_id": account_id, "person_id": guarantor["id"], "role": "guarantor",
                        "relationship": "self", "authorized": True})
        for person, relationship in patients:
            members.append({"account_id": account_id, "person_id": person["id"], "role": "patient",
                            "relationship": relationship, "authorized": relationship == "self"})
        payer_kind, payer = self._payer()
        claims, for_aging, any_pending = [], [], False
        for k in range(rng.choices((1, 2, 3, 4), weights=(40, 30, 20, 10))[0]):
            patient = rng.choice(patients)[0]
            claim = f"C{index:07d}-{k + 1}"
            aging, pending = self._encounter(batch, account_id, patient["id"], claim, payer_kind, payer)
            claims.append(claim)
            for_aging.append(aging)
            any_pending = any_pending or pending
        totals = account_balance(for_aging, self.today)
        due_anchors = [aging_anchor(a.service_date, a.first_statement_date)
                       for a in for_aging if a.balance.patient_balance_cents > 0]
        batch.rows["account"].append({
            "id": account_id, "number": number, "guarantor_id": guarantor["id"],
            "created_at": self.created_at, "patient_due_cents": totals.patient_due_cents,
            "insurance_pending_cents": totals.insurance_pending_cents,
            "oldest_anchor_date": min(due_anchors) if due_anchors else None, "version_id": 1,
        })
        people = [guarantor] + [p for p, rel in patients if rel != "self"]
        parts = [number, *claims, *(digits(p)[-10:] for p in phones)]
        for p in people:
            parts += [f"{p['first_name']} {p['last_name']}", p["birth_date"].isoformat(),
                      p["birth_date"].strftime("%m/%d/%Y")]
        batch.rows["account_search"].append({"account_id": account_id,
                                             "text": "|".join(fold(x) for x in parts)})
        flags = [flag for flag, rate in FLAG_RATES if rng.random() < rate]
        if any_pending:
            flags.append(AccountFlag.INSURANCE_PENDING)
        for flag in flags:
            batch.rows["account_flag"].append({"id": self.ids.take("account_flag"), "account_id": account_id,
                                               "kind": flag.value, "set_at": self.created_at,
                                               "cleared_at": None})

    def _payer(self) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.5:
            return "commercial", self.rng.choice(pools.COMMERCIAL_PAYERS)
        if roll < 0.72:
            return "medicare", "Medicare Part B"
        if roll < 0.87:
            return "medicaid", self.rng.choice(pools.MEDICAID_PAYERS)
        return "self_pay", ""

    def _encounter(self, batch: Batch, account_id: int, patient_id: int, claim: str, payer_kind: str,
                   payer: str) -> tuple[EncounterForAging, bool]:
        return build_claim(self.rng, self.ids.take, self.today, self.created_at, batch.rows,
                           account_id, patient_id, claim, payer_kind, payer)
