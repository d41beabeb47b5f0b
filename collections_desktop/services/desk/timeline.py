"""One account's timeline: every event newest first, a page at a time, and the notes pinned to its top."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import notes_repo, timeline_reads
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.timeline_reads import KINDS, TimelineRow

PAGE = 50


@dataclass(frozen=True)
class PinnedNote:
    note_id: int
    text: str
    written_at: datetime


@dataclass(frozen=True)
class Timeline:
    """A page of the account's events (newest first), how many there are in all, and its pinned notes."""

    account: str
    events: list[TimelineRow]
    total: int
    offset: int
    pinned: list[PinnedNote]


def account_timeline(workspace: Workspace, number: str, *, kinds: tuple[str, ...] = KINDS, offset: int = 0,
                     limit: int = PAGE, seen_in: str | None = "history") -> Timeline:
    """A page of the account's events. The read is logged as a view in `seen_in` (None: part of a view already
    logged, as the account's own page is)."""
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise UserError("unknown_event_kind", kind=unknown[0], choices=", ".join(KINDS))
    with workspace.reading() as session:
        account = account_by_number(session, number.strip())
        if account is None:
            raise UserError("account_not_found", account=number)
        events, total = timeline_reads.account_events(session, account.id, account.number, kinds,
                                                      max(offset, 0), max(limit, 1))
        pinned = [PinnedNote(*row) for row in notes_repo.pinned_notes(session, account.id)]
        if seen_in is not None:
            workspace.note_view(account.id, seen_in)
        return Timeline(account.number, events, total, offset, pinned)
