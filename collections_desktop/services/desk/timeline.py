"""One account's timeline: every event newest first, a page at a time, and the notes pinned to its top."""

from __future__ import annotations

from collections_desktop.services.desk.history_fast import checked_kinds
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import timeline_reads
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.timeline_reads import KINDS, PinnedNote, Timeline, TimelineRow

PAGE = 50
__all__ = ["KINDS", "PAGE", "PinnedNote", "Timeline", "TimelineRow", "account_timeline", "checked_kinds"]


def account_timeline(workspace: Workspace, number: str, *, kinds: tuple[str, ...] = KINDS, offset: int = 0,
                     limit: int = PAGE, seen_in: str | None = "history") -> Timeline:
    """A page of the account's events. The read is logged as a view in `seen_in` (None: part of a view already
    logged, as the account's own page is)."""
    checked_kinds(kinds)
    with workspace.reading() as session:
        conn = driver(session)
        account_id = timeline_reads.account_number_id(conn, number.strip())
        if account_id is None:
            raise UserError("account_not_found", account=number)
        events, total = timeline_reads.account_events(conn, account_id, number.strip(), kinds, max(offset, 0),
                                                      max(limit, 1))
        pinned = timeline_reads.pinned(conn, account_id)
    if seen_in is not None:
        workspace.note_view(account_id, seen_in)
    return Timeline(number.strip(), events, total, offset, pinned)
