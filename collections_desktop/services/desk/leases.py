"""Who is working an account: opening it takes (or renews) an advisory lease for a quarter of an hour, and when
someone else of the team has it open the desk says who and until when; closing it gives the lease back; the
team's shared queue hands each person the next account of Today no one else has open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from collections_desktop.services.errors import UserError
from collections_desktop.storage import assignment_repo, lease_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.types import utc_now

LEASE_MINUTES = 15
QUEUE_LOOK = 50  # accounts of Today tried before the queue says everything is taken
QUEUE_WIDTH = 5_000  # how far down Today's ranked list the queue looks for the person's own accounts


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


def take_next(workspace, *, now: datetime | None = None) -> Lease | None:  # noqa: ANN001 - a workspace
    """The team's shared queue: the first account of Today's ranked list that no one else has open, now leased
    to the person: their own assigned accounts first, then those assigned to no one, never someone else's
    (None when every account is taken or Today is empty). On a vault: Today's first account."""
    from collections_desktop.services.desk.worklist import ids_for
    from collections_desktop.storage.imports_repo import account_numbers

    now = now or utc_now()
    order = ids_for(workspace, "today", at=now)[:QUEUE_WIDTH]
    with workspace.reading() as session:
        taken = lease_repo.held_by_others(session, workspace.actor, now) if workspace.shared else set()
        owners = assignment_repo.assigned(session, order) if workspace.shared else {}
        mine = [account_id for account_id in order if owners.get(account_id) == workspace.actor]
        anyone = [account_id for account_id in order if account_id not in owners]
        free = [account_id for account_id in (*mine, *anyone) if account_id not in taken][:QUEUE_LOOK]
        numbers = account_numbers(session, free)
    for account_id in free:  # another desk may take the same one first: then the next
        lease = work_on(workspace, numbers[account_id], now=now)
        if lease.mine:
            return lease
    return None


def stop_working(workspace, number: str) -> bool:  # noqa: ANN001 - a workspace
    """Gives the person's lease on the account back (nothing when it was not theirs)."""
    if not workspace.shared:
        return False
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip())
        return account is not None and lease_repo.give_back(session, account.id, workspace.actor)
