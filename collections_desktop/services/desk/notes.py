"""The specialist's notes on an account: written (one transaction, audited without their text) and pinned."""

from __future__ import annotations

from dataclasses import dataclass

from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import notes_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.types import utc_now

MAX_NOTE = 2000  # characters: a note, not a document


@dataclass(frozen=True)
class NoteSaved:
    """What changed: the note's id, its account and whether it heads the account now."""

    note_id: int
    account: str
    pinned: bool


def add_note(workspace: Workspace, number: str, text: str, *, pinned: bool = False) -> NoteSaved:
    """Writes a note on the account ("prefers calls after 5 pm", "Spanish only"); pinned ones head the account
    and the call script. Notes are patient data: kept in the vault, the audit says only that one was written."""
    text = text.strip()
    if not text:
        raise UserError("note_empty")
    if len(text) > MAX_NOTE:
        raise UserError("note_too_long", most=MAX_NOTE)
    workspace.refuse_real_data(text)
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        if account is None:
            raise UserError("account_not_found", account=number)
        note_id = notes_repo.add_note(session, account.id, text, utc_now(), pinned=pinned)
        workspace.audit(session, "note.written", "account", account.number, {"note": note_id, "pinned": pinned})
        return NoteSaved(note_id, account.number, pinned)


def pin_note(workspace: Workspace, number: str, note_id: int, pinned: bool = True) -> NoteSaved:
    """Pins a note to the account's top (or takes it off)."""
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        note = None if account is None else notes_repo.note_of(session, account.id, note_id)
        if note is None or account is None:
            raise UserError("note_not_found", account=number, note=note_id)
        if note.pinned != pinned:
            note.pinned = pinned
            workspace.audit(session, "note.pinned" if pinned else "note.unpinned", "account", account.number,
                            {"note": note_id})
        return NoteSaved(note_id, account.number, pinned)
