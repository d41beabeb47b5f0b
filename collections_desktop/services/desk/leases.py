"""Who is working an account: opening it takes (or renews) an advisory lease for a quarter of an hour, and when
someone else of the team has it open the desk says who and until when; closing it gives the lease back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from collections_desktop.services.errors import UserError
from collections_desktop.storage import lease_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.types import utc_now

LEASE_MINUTES = 15


@dataclass(frozen=True)
class Lease:
    account: str
    holder: str
    expires_at: datetime
    mine: bool


def work_on(workspace, number: str, *, now: datetime | None = None) -> Lease:  # noqa: ANN001 - a workspace
    """Takes the account's lease for the person working, or says whose it is. A vault has one person: nothing
    is written there."""
    now = now or utc_now()
    if not workspace.shared:
        return Lease(number.strip(), workspace.actor, now, True)
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        if account is None:
            raise UserError("account_not_found", account=number)
        row = lease_repo.take(session, account.id, workspace.actor, now, LEASE_MINUTES)
        return Lease(account.number, row.holder, row.expires_at, row.holder == workspace.actor)


def stop_working(workspace, number: str) -> bool:  # noqa: ANN001 - a workspace
    """Gives the person's lease on the account back (nothing when it was not theirs)."""
    if not workspace.shared:
        return False
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        return account is not None and lease_repo.give_back(session, account.id, workspace.actor)
