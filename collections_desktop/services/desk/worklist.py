"""The desk's worklist: views as ordered id lists (filtered and sorted in SQL), then the columns of one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from collections_desktop.domain.priority import rank_today
from collections_desktop.services.desk.desk_rows import DeskRow, desk_rows
from collections_desktop.services.errors import UserError
from collections_desktop.services.gc_pause import collector_paused
from collections_desktop.services.outreach.contacts import callable_now
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.accounts_repo import search_terms
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.phone_reads import page_inputs
from collections_desktop.storage.types import utc_now
from collections_desktop.storage.worklist_repo import (
    ESCALATION_VIEWS,
    VIEWS,
    all_slice,
    all_window,
    follow_ups,
    page_columns,
    today_facts,
    view_ids,
)

WINDOW_REACH = 100  # rows either side of the account a window is read around: more than a screen


@dataclass(frozen=True)
class ListWindow:
    """Part of a long list, so it can be shown before the whole list is read: `ids` from `offset` of `total`."""

    total: int
    offset: int
    ids: list[int]


def ids_for(workspace: Workspace, view: str, search: str = "", *, at: datetime | None = None,
            rank: bool = True) -> list[int]:
    """Account ids of a view in order. Today ranks by why each account matters and sinks the uncallable;
    with `rank=False` it comes straight from SQL (largest balance first), to show something at once."""
    if view not in VIEWS:
        raise UserError("unknown_view", view=view, choices=", ".join(VIEWS))
    when = at or utc_now()
    if view in ESCALATION_VIEWS:
        from collections_desktop.services.outreach.escalation_status import ensure_fresh

        ensure_fresh(workspace, when.date())
    with workspace.reading() as session:
        ids = view_ids(session, view, search_terms(search))
        if view != "today" or not ids or not rank:
            return ids
        facts = today_facts(session, ids)
        pending = follow_ups(session)
    # One pass over Today's accounts (a search's are among them); cheaper than asking for tens of thousands.
    with collector_paused():
        if len(ids) > 2000:
            calls = callable_now(workspace, at=when, today_only=True)
        else:
            calls = callable_now(workspace, at=when, numbers=[f[0] for f in facts.values()])
        return rank_today([(i, due, anchor, calls.get(number)) for i, (number, due, anchor) in facts.items()],
                          when.date(), pending)


def rows_for(workspace: Workspace, ids: list[int], *, at: datetime | None = None) -> list[DeskRow]:
    """The columns of one page of accounts, in the order given."""
    when = at or utc_now()
    with workspace.reading() as session:
        columns = page_columns(session, ids)
        inputs = page_inputs(driver(session), [c["number"] for c in columns.values()], when)
    return desk_rows(ids, columns, inputs, when)


def all_accounts_window(workspace: Workspace, around: int | None = None) -> ListWindow:
    """The all-accounts list near the account `around` (else its top), without listing the whole vault."""
    with workspace.reading() as session:
        return ListWindow(*all_window(session, around, WINDOW_REACH))


def all_accounts_slice(workspace: Workspace, offset: int, count: int) -> list[int]:
    """`count` ids of the all-accounts list from position `offset`, e.g. where the specialist has scrolled to."""
    with workspace.reading() as session:
        return all_slice(session, offset, count)
