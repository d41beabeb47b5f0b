"""A supervisor assigns accounts to a person of the team: by number, or by a rule (the guarantor's language, a
balance range), or gives them back to everyone; the shared queue then hands each person their own first."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from collections_desktop.domain.money import MoneyError, to_cents
from collections_desktop.services.errors import UserError
from collections_desktop.services.team.workspace import require_supervisor
from collections_desktop.storage import assignment_repo, team_repo


@dataclass(frozen=True)
class Assigned:
    to: str | None
    accounts: int


def _person(session, name: str | None) -> str | None:  # noqa: ANN001 - a Session
    if name is None:
        return None
    row = team_repo.user_named(session, name.strip())
    if row is None or row.disabled_at is not None:
        raise UserError("team_user_unknown", name=name.strip()[:60])
    return row.name


def assign_accounts(workspace, numbers: list[str], to: str | None) -> Assigned:  # noqa: ANN001
    """These accounts to `to` (None: to no one); every number must be the team's."""
    require_supervisor(workspace)
    with workspace.transaction() as session:
        person = _person(session, to)
        missing = assignment_repo.assign_numbers(session, [n.strip() for n in numbers], person)
        if missing:
            raise UserError("account_not_found", account=missing[0])
        workspace.audit(session, "accounts.assigned", "team_user", person or "", {"accounts": len(numbers)})
    return Assigned(person, len(numbers))


def assign_by_rule(workspace, to: str, *, language: str | None = None, balance_from: str | None = None,  # noqa: ANN001
                   balance_to: str | None = None, only_unassigned: bool = True) -> Assigned:
    """Every account matching the rule to `to` (by default only those assigned to no one yet)."""
    require_supervisor(workspace)
    if language not in (None, "en", "es"):
        raise UserError("team_rule_language", language=str(language)[:8])
    try:
        low = to_cents(Decimal(balance_from)) if balance_from else None
        high = to_cents(Decimal(balance_to)) if balance_to else None
    except (MoneyError, ArithmeticError, ValueError):
        raise UserError("bad_amount", field="balance", value=f"{balance_from or ''}–{balance_to or ''}"[:20]) from None
    with workspace.transaction() as session:
        person = _person(session, to)
        count = assignment_repo.assign_matching(session, str(person), language=language, low_cents=low,
                                                high_cents=high, only_unassigned=only_unassigned)
        workspace.audit(session, "accounts.assigned", "team_user", str(person),
                        {"accounts": count, "rule": {"language": language or "", "from": low, "to": high}})
    return Assigned(person, count)


def move_accounts(workspace, holder: str, to: str | None) -> Assigned:  # noqa: ANN001
    """Every account assigned to `holder` (who may have left the team) to `to` (None: to no one)."""
    require_supervisor(workspace)
    with workspace.transaction() as session:
        person = _person(session, to)
        count = assignment_repo.move_assigned(session, holder.strip(), person)
        workspace.audit(session, "accounts.assigned", "team_user", person or "",
                        {"accounts": count, "from": holder.strip()[:60]})
    return Assigned(person, count)


def team_people(workspace) -> list[str]:  # noqa: ANN001
    """The names of everyone on the team who can sign in (a supervisor's choice of whom to assign to)."""
    require_supervisor(workspace)
    with workspace.reading() as session:
        return team_repo.active_people(session)
