"""Every account's place on the ladder, worked out in one pass and kept for the Ready to escalate and Blocked
views; brought up to date before those views are read: the accounts the audit shows changed since, or all of
them after an import, a policy change or anything else not about one account."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy.orm import Session

from collections_desktop.domain.escalation.facts import ladder_facts
from collections_desktop.domain.escalation.gates import LadderFacts
from collections_desktop.domain.escalation.ladder import LadderPolicy, position
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import escalation_bulk as bulk
from collections_desktop.storage.audit import changed_since

MARK = "escalation_status_mark"  # the audit row the stored places are up to date with, and the day


def facts_by_account(session: Session, today: date, ids: list[int] | None,
                     rules: LadderPolicy) -> Iterator[tuple[int, LadderFacts]]:
    """The ladder's facts of the accounts (all when `ids` is None), read in a handful of grouped reads; the
    dates only a limitations table or a credit-report step needs are read only when the clinic has them."""
    flags = bulk.open_flags(session, ids)
    first = bulk.practice_first_statements(session, ids)
    sent = bulk.letters(session, ids)
    by_hand = bulk.steps_by_hand(session, ids)
    plans = bulk.latest_plan_states(session, ids)
    billing = bulk.with_billing(session, ids)
    calls = bulk.last_calls(session, (a for a, kinds in sent.items() if "final_notice" in kinds))
    extra = bulk.limitation_dates(session, ids) if rules.limitation_years else {}
    if any(name == "credit_report" for name, _wait in rules.steps):
        for account_id, days in bulk.contact_dates(session, ids).items():
            extra.setdefault(account_id, {}).update(days)
    for account_id, due, pending, state in bulk.accounts(session, ids):
        holds, placed = flags.get(account_id, (set(), None))
        yield account_id, ladder_facts(
            today, state=state, patient_due_cents=due, insurance_pending_cents=pending, holds=frozenset(holds),
            practice_first_statement=first.get(account_id), letters=sent.get(account_id, {}),
            by_hand=by_hand.get(account_id, {}), placed_on=placed, plan_state=plans.get(account_id),
            handoffs_open=account_id in billing, last_call=calls.get(account_id), extra=extra.get(account_id))


def _places(session: Session, rules: LadderPolicy, is_501r: bool, today: date, ids: list[int] | None) -> list[dict]:
    rows = []
    for account_id, facts in facts_by_account(session, today, ids, rules):
        where = position(rules, facts, is_501r=is_501r)
        blocking = [g.code for g in where.gates if g.opens_on is None]
        rows.append({"account_id": account_id, "next_step": where.next_step, "next_on": where.next_on,
                     "waits_only": where.next_step is not None and not blocking,
                     "gate": blocking[0] if blocking else "", "computed_on": today})
    return rows


def refresh_escalation(workspace: Workspace, today: date | None = None, account_ids: list[int] | None = None) -> int:
    """Works out and keeps the place of every account (or of `account_ids`); returns how many."""
    today = today or date.today()
    policy = current_policy(workspace)
    rules = policy.ladder()
    with workspace.transaction() as session:
        mark, _full = changed_since(session, 0)
        rows = _places(session, rules, policy.is_501r_facility, today, account_ids)
        bulk.store_status(session, rows, account_ids)
        if account_ids is None or bulk.status_mark(session, MARK) is not None:
            bulk.keep_status_mark(session, MARK, f"{mark} {today.isoformat()}")
    return len(rows)


def ensure_fresh(workspace: Workspace, today: date | None = None) -> int:
    """Brings the kept places up to date before a view reads them; returns how many were worked out again."""
    today = today or date.today()
    with workspace.reading() as session:
        stored = bulk.status_mark(session, MARK)
        if stored is None:
            changed: list[int] | None = None
        else:
            last, day = stored.split()
            _mark, touched = changed_since(session, int(last))
            changed = None if touched is None or day != today.isoformat() else touched
    if changed == []:
        return 0
    return refresh_escalation(workspace, today, changed)
