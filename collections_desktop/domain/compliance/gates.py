"""Conversation gates and applicability: identity before disclosure, third parties, roles, state packs, plans."""

from __future__ import annotations

from collections_desktop.domain.compliance.model import CollectorRole, Reason, reason
from collections_desktop.domain.search import digits, fold

# APP-2: state laws that bind a clinic collecting its own debt.
STATE_PACKS = {"CA": "rosenthal", "MA": "ma_940_cmr_7", "TX": "tx_fin_392", "FL": "fl_559_72", "MN": "mn_332c"}
# Rules that drop to a warning for a first-party collector (APP-2).
FIRST_PARTY_OPTIONAL = frozenset({"F-09", "F-10"})
EXTRA_ITEMS = ("address", "zip", "account", "ssn_last4", "service_date")
# H-02: who stands in for the patient and may hear the balance.
REPRESENTATIVES = frozenset({"self", "guarantor", "personal_representative", "parent_of_minor", "guardian",
                             "executor"})


def state_pack(state: str) -> str | None:
    return STATE_PACKS.get(state.upper())


def severity(rule: str, role: CollectorRole, state: str = "") -> str:
    """'block' or 'warn' for an F-rule: first-party mode keeps every rule but the mini-Miranda and notice."""
    if role.first_party and rule in FIRST_PARTY_OPTIONAL:
        return "warn"
    return "block"


def identity_verified(on_file: dict[str, str], given: dict[str, str]) -> tuple[bool, list[str]]:
    """H-01: full name + date of birth + one more item must match. Returns (verified, items that matched).

    Only the names of the items used are kept as evidence, never their values.
    """
    def same(key: str) -> bool:
        a, b = on_file.get(key, ""), given.get(key, "")
        if not a or not b:
            return False
        if key in ("zip", "ssn_last4", "account"):
            return digits(a) == digits(b) if digits(a) else fold(a) == fold(b)
        return fold(a) == fold(b)

    matched = [k for k in ("name", "birth_date", *EXTRA_ITEMS) if same(k)]
    verified = "name" in matched and "birth_date" in matched and any(k in matched for k in EXTRA_ITEMS)
    return verified, matched


def may_discuss_balance(relationship: str, authorized: bool, verified: bool) -> list[Reason]:
    """H-01/H-02: the balance is told only to a verified patient, guarantor or authorised representative."""
    problems = []
    if not verified:
        problems.append(reason("identity_not_verified"))
    if relationship not in REPRESENTATIVES and not authorized:
        problems.append(reason("third_party_not_authorized", relationship=relationship))
    return problems


def may_hear_balance(role: str, relationship: str, authorized: bool, adult: bool) -> bool:
    """H-02: whether this person on the account may be told about the balance once their identity is verified:
    the guarantor, an adult patient, a personal representative, or someone the patient authorized."""
    return role == "guarantor" or authorized or relationship in REPRESENTATIVES or (role == "patient" and adult)


def may_take_payment(relationship: str) -> list[Reason]:
    """H-02: anyone may pay on an account number they already have; nothing is disclosed to take it."""
    return []


def plan_warnings(flags: set[str]) -> list[Reason]:
    """P-05: a plan is optional while assistance, a dispute or a PPDR is pending, and waives none of them."""
    codes = {"financial_assistance_pending": "plan_fap_pending", "dispute": "plan_dispute_open",
             "ppdr_pending": "plan_ppdr_pending"}
    return [reason(code, warning=True) for flag, code in codes.items() if flag in flags]


def mailing_address(addresses: dict[str, str], confidential: str | None) -> str:
    """H-06: a confidential-communication address overrides every other for anything mailed."""
    return confidential or addresses.get("mailing") or addresses.get("residential", "")
