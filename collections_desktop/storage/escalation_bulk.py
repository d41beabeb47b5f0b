"""The ladder's facts for every account at once (a handful of grouped reads, none per account), and the stored
place of each account on the ladder that the two escalation views read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from collections_desktop.storage.assistance_models import EscalationStatusRow, EscalationStepRow
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.letter_models import AccountDocumentRow
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    Address,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
    VaultMeta,
)
from collections_desktop.storage.plan_models import PaymentPlanRow


def _within(column, ids: list[int] | None):  # noqa: ANN001, ANN202
    return column.in_(ids) if ids is not None else True


def accounts(session: Session, ids: list[int] | None) -> Iterator[tuple[int, int, int, str]]:
    """(account id, patient due, insurance pending, guarantor's state) of the accounts (all when `ids` is None)."""
    found = session.execute(select(Account.id, Account.patient_due_cents, Account.insurance_pending_cents,
                                   Account.guarantor_id).where(_within(Account.id, ids))).all()
    people = [guarantor for *_r, guarantor in found] if ids is not None else None
    states: dict[int, str] = {}
    for person, state in session.execute(select(Address.person_id, Address.state)
                                         .where(_within(Address.person_id, people)).order_by(Address.id.desc())):
        states[person] = state or ""  # the first address of each person wins (read last)
    for account_id, due, pending, guarantor in found:
        yield account_id, int(due), int(pending), states.get(guarantor, "")


def open_flags(session: Session, ids: list[int] | None) -> dict[int, tuple[set[str], date | None]]:
    """Account -> (its standing holds, the day it was placed with an agency if it is)."""
    found: dict[int, tuple[set[str], date | None]] = {}
    for account_id, kind, set_at in session.execute(
            select(AccountFlagRow.account_id, AccountFlagRow.kind, AccountFlagRow.set_at)
            .where(AccountFlagRow.cleared_at.is_(None), _within(AccountFlagRow.account_id, ids))):
        kinds, placed = found.get(account_id, (set(), None))
        kinds.add(kind)
        found[account_id] = (kinds, set_at.date() if kind == "agency_approved" else placed)
    return found


def practice_first_statements(session: Session, ids: list[int] | None) -> dict[int, date]:
    return {account_id: first for account_id, first in session.execute(
        select(Encounter.account_id, func.min(Encounter.first_statement_date))
        .where(Encounter.first_statement_date.is_not(None), _within(Encounter.account_id, ids))
        .group_by(Encounter.account_id)) if first is not None}


def letters(session: Session, ids: list[int] | None) -> dict[int, dict[str, list[date]]]:
    found: dict[int, dict[str, list[date]]] = {}
    for account_id, kind, at in session.execute(
            select(AccountDocumentRow.account_id, AccountDocumentRow.kind, AccountDocumentRow.created_at)
            .where(_within(AccountDocumentRow.account_id, ids)).order_by(AccountDocumentRow.created_at)):
        found.setdefault(account_id, {}).setdefault(kind, []).append(at.date())
    return found


def steps_by_hand(session: Session, ids: list[int] | None) -> dict[int, dict[str, date]]:
    found: dict[int, dict[str, date]] = {}
    for account_id, step, taken in session.execute(
            select(EscalationStepRow.account_id, EscalationStepRow.step, func.max(EscalationStepRow.taken_on))
            .where(_within(EscalationStepRow.account_id, ids))
            .group_by(EscalationStepRow.account_id, EscalationStepRow.step)):
        found.setdefault(account_id, {})[step] = taken
    return found


def latest_plan_states(session: Session, ids: list[int] | None) -> dict[int, str]:
    return {account_id: state for account_id, state in session.execute(
        select(PaymentPlanRow.account_id, PaymentPlanRow.state).where(_within(PaymentPlanRow.account_id, ids))
        .order_by(PaymentPlanRow.id))}


def with_billing(session: Session, ids: list[int] | None) -> set[int]:
    query = (select(Encounter.account_id).join(ClaimHandoff, ClaimHandoff.encounter_id == Encounter.id)
             .where(ClaimHandoff.closed_at.is_(None), _within(Encounter.account_id, ids)))
    return set(session.scalars(query))


def last_calls(session: Session, ids: Iterable[int]) -> dict[int, date]:
    """The latest outbound call per account, for these accounts only (those with a final notice)."""
    wanted = list(ids)
    if not wanted:
        return {}
    return {account_id: at.date() for account_id, at in session.execute(
        select(ContactEventRow.account_id, func.max(ContactEventRow.at))
        .where(ContactEventRow.account_id.in_(wanted), ContactEventRow.channel == "phone",
               ContactEventRow.direction == "outbound").group_by(ContactEventRow.account_id)) if at is not None}


def limitation_dates(session: Session, ids: list[int] | None) -> dict[int, dict[str, date]]:
    """Account -> its last patient payment and oldest visit (what a limitations period runs from)."""
    found: dict[int, dict[str, date]] = {}
    for account_id, last in session.execute(
            select(LedgerEntryRow.account_id, func.max(LedgerEntryRow.posted_on))
            .where(LedgerEntryRow.kind == "patient_payment", _within(LedgerEntryRow.account_id, ids))
            .group_by(LedgerEntryRow.account_id)):
        if last is not None:
            found.setdefault(account_id, {})["last_payment"] = last
    for account_id, oldest in session.execute(
            select(Encounter.account_id, func.min(Encounter.service_date))
            .where(_within(Encounter.account_id, ids)).group_by(Encounter.account_id)):
        if oldest is not None:
            found.setdefault(account_id, {})["oldest_service"] = oldest
    return found


WRITTEN = ("letter", "email", "portal")


def contact_dates(session: Session, ids: list[int] | None) -> dict[int, dict[str, date]]:
    """Account -> the first conversation, the first and last letter or message sent, and the last one returned
    undelivered (F-18), in one grouped read."""
    event = ContactEventRow
    sent = (event.channel.in_(WRITTEN)) & (event.direction == "outbound") & (event.outcome != "NOT_IN_SERVICE")
    columns = {"spoke_on": func.min(case((event.outcome == "CONVERSATION", event.at))),
               "first_written": func.min(case((sent, event.at))),
               "last_written": func.max(case((sent, event.at))),
               "undelivered_on": func.max(case((event.channel.in_(WRITTEN) & (event.outcome == "NOT_IN_SERVICE"),
                                                event.at)))}
    found: dict[int, dict[str, date]] = {}
    query = (select(event.account_id, *(c.label(name) for name, c in columns.items()))
             .where(_within(event.account_id, ids)).group_by(event.account_id))
    for account_id, *days in session.execute(query):
        found[account_id] = {name: _day(value) for name, value in zip(columns, days, strict=True) if value}
    return found


def _day(value: object) -> date:
    """A grouped timestamp as the day it fell on (UTC), whether the driver gives text or a datetime."""
    return date.fromisoformat(str(value)[:10])


def store_status(session: Session, rows: list[dict], ids: list[int] | None) -> None:
    """Replaces the stored places (all of them, or those of `ids`): straight on the driver, as the bulk loads
    write (the ORM's per-row work cost ten seconds for a hundred thousand rows)."""
    session.execute(delete(EscalationStatusRow).where(_within(EscalationStatusRow.account_id, ids)))
    session.flush()
    driver(session).executemany(
        "INSERT INTO escalation_status (account_id, next_step, next_on, waits_only, gate, computed_on)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ((r["account_id"], r["next_step"], r["next_on"].isoformat() if r["next_on"] else None, bool(r["waits_only"]),
          r["gate"], r["computed_on"].isoformat()) for r in rows))


def status_mark(session: Session, key: str) -> str | None:
    """The stored places' mark (the audit row and the day they are up to date with), None before the first."""
    row = session.get(VaultMeta, key)
    return row.value if row is not None else None


def keep_status_mark(session: Session, key: str, value: str) -> None:
    session.merge(VaultMeta(key=key, value=value))
