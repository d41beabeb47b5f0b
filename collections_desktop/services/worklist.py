"""The desk's worklist: views as ordered id lists (filtered and sorted in SQL), then the columns of one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from collections_desktop.domain.aging import AgingBucket, bucket_for
from collections_desktop.domain.priority import rank_today
from collections_desktop.services.contacts import Callable, callable_now
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.accounts_repo import search_terms
from collections_desktop.storage.worklist_repo import HOLDS, VIEWS, due_facts, follow_ups, page_columns, view_ids
from collections_desktop.storage.types import utc_now


@dataclass(frozen=True)
class DeskRow:
    """One worklist line with why it is there (codes, worded by the window)."""

    account_id: int
    account: str
    guarantor: str
    patient_due_cents: int
    insurance_pending_cents: int
    oldest_bucket: AgingBucket | None
    last_contact: datetime | None
    next_action: str
    callable_now: bool
    next_callable_at: datetime | None
    reasons: tuple[str, ...]
    promise_due: date | None = None
    plan_behind_cents: int = 0


def ids_for(workspace: Workspace, view: str, search: str = "", *, at: datetime | None = None,
            rank: bool = True) -> list[int]:
    """Account ids of a view in order. Today ranks by why each account matters and sinks the uncallable;
    with `rank=False` it comes straight from SQL (largest balance first), to show something at once."""
    if view not in VIEWS:
        raise UserError("unknown_view", view=view, choices=", ".join(VIEWS))
    when = at or utc_now()
    with workspace.reading() as session:
        ids = view_ids(session, view, search_terms(search))
        if view != "today" or not ids or not rank:
            return ids
        facts = due_facts(session, ids)
        pending = follow_ups(session)
    # One pass decides for every account; cheaper than asking per account for tens of thousands.
    calls = callable_now(workspace, at=when, numbers=None if len(ids) > 2000 else [f[0] for f in facts.values()])
    return rank_today([(i, due, anchor, calls.get(number)) for i, (number, due, anchor) in facts.items()],
                      when.date(), pending)


def rows_for(workspace: Workspace, ids: list[int], *, at: datetime | None = None) -> list[DeskRow]:
    """The columns of one page of accounts, in the order given."""
    when = at or utc_now()
    with workspace.reading() as session:
        columns = page_columns(session, ids)
    calls = callable_now(workspace, at=when, numbers=[c["number"] for c in columns.values()]) if columns else {}
    today = when.date()
    return [_row(account_id, columns[account_id], calls.get(columns[account_id]["number"]), today)
            for account_id in ids if account_id in columns]


def _row(account_id: int, c: dict, call: Callable | None, today: date) -> DeskRow:
    anchor = c["oldest_anchor"]
    bucket = bucket_for(anchor, today) if anchor and c["patient_due_cents"] > 0 else None
    holds = sorted(c["flags"] & set(HOLDS))  # other flags (e.g. income-cap eligibility) do not stop outreach
    if holds:
        action = f"hold:{holds[0]}"
    elif c["patient_due_cents"] <= 0:
        action = "none"
    elif call is not None and call.allowed:
        action = "call"
    else:
        action = "wait"
    return DeskRow(account_id, c["number"], c["guarantor"], c["patient_due_cents"], c["insurance_pending_cents"],
                   bucket, c["last_contact"], action, bool(call and call.allowed),
                   call.next_allowed_at if call else None, call.reasons if call else (), c["promise_due"],
                   c["plan_behind_cents"])
