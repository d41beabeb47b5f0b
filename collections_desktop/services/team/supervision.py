"""The supervisor's view of a day: for each person of the team, the accounts they worked and what they did on
them (contacts, payments and their dollars, promises, plans, notes, holds, hand-offs), read from the server's
audit trail, which names the person on every row."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from collections_desktop.services.team.workspace import require_supervisor
from collections_desktop.storage import audit

# The audit's actions, counted under the word the supervisor reads.
WORK = {"contact.logged": "contacts", "payment.recorded": "payments", "promise.made": "promises",
        "plan.created": "plans", "plan.amended": "plans", "note.written": "notes", "hold.set": "holds",
        "hold.released": "holds", "claim.handed_off": "handoffs", "letter.produced": "letters",
        "message.handed_over": "messages"}
KINDS = ("contacts", "payments", "promises", "plans", "notes", "holds", "handoffs", "letters", "messages")


@dataclass
class PersonDay:
    """What one person did on the day."""

    person: str
    accounts: set[str] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)
    collected_cents: int = 0


def team_day(workspace, day: date) -> list[PersonDay]:  # noqa: ANN001 - a team workspace
    """Each person's work on `day` (the supervisor's local day), busiest first; a supervisor's view only."""
    require_supervisor(workspace)
    local = datetime.now().astimezone().tzinfo
    start = datetime.combine(day, time(0), tzinfo=local).astimezone(UTC)
    with workspace.reading() as session:
        rows = audit.work_between(session, start, start + timedelta(days=1))
    people: dict[str, PersonDay] = {}
    for actor, action, entity, entity_id, detail in rows:
        kind = WORK.get(action)
        if kind is None:
            continue
        person = people.setdefault(actor, PersonDay(actor))
        person.counts[kind] += 1
        account = entity_id if entity == "account" else str(detail.get("account", ""))
        if account:
            person.accounts.add(account)
        if action == "payment.recorded":
            person.collected_cents += int(detail.get("cents", 0))
    return sorted(people.values(), key=lambda p: (-sum(p.counts.values()), p.person))


def verify_team_audit(workspace, against: tuple = ()):  # noqa: ANN001, ANN201 - a team workspace; an AuditCheck
    """The server's audit chain walked link by link, and held against anchors printed earlier; a supervisor's."""
    from collections_desktop.services.vault.vault_ops import verify_audit

    require_supervisor(workspace)
    return verify_audit(workspace, against)
