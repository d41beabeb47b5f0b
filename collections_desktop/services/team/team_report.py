"""The team's report for a period: for each person, the contacts, right-party conversations, payments and
dollars, promises, plans and notes they recorded and the accounts assigned to them, with the team's total;
the same definitions as the reports (docs/metrics.md), split by the person each row names."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from collections_desktop.domain.reports.periods import Period, period_for
from collections_desktop.services.team.workspace import require_supervisor
from collections_desktop.storage import team_reads
from collections_desktop.storage.report_reads import moments

# Rows recorded by no one at a desk: imported postings, and rows from before the person was kept (0027).
NOT_AT_A_DESK = ""


@dataclass
class PersonFigures:
    """One person's work in the period (cents for money)."""

    person: str
    contacts: int = 0
    attempts: int = 0
    conversations: int = 0
    payments: int = 0
    collected_cents: int = 0
    promises: int = 0
    promises_kept: int = 0
    plans: int = 0
    notes: int = 0
    assigned: int = 0
    assigned_due_cents: int = 0

    def add(self, other: PersonFigures) -> None:
        for name in FIGURES:
            setattr(self, name, getattr(self, name) + getattr(other, name))


FIGURES = tuple(f.name for f in fields(PersonFigures) if f.name != "person")


@dataclass(frozen=True)
class TeamReport:
    period: Period
    people: list[PersonFigures]   # busiest first; NOT_AT_A_DESK last when any row has no person
    total: PersonFigures = field(default_factory=lambda: PersonFigures("total"))


def team_report(workspace, period: Period) -> TeamReport:  # noqa: ANN001 - a team workspace
    """Each person's figures for `period` and the team's; a supervisor's view only."""
    from collections_desktop.domain.compliance.model import CONVERSATIONS

    require_supervisor(workspace)
    since, until = moments(period.start, period.end)
    people: dict[str, PersonFigures] = {}

    def person(name: str) -> PersonFigures:
        return people.setdefault(name, PersonFigures(name))

    with workspace.reading() as session:
        talk = tuple(o.value for o in CONVERSATIONS)
        for name, contacts, attempts, spoke in team_reads.contacts_by_person(session, since, until, talk):
            figures = person(name)
            figures.contacts, figures.attempts, figures.conversations = contacts, attempts, spoke
        for name, payments, cents in team_reads.payments_by_person(session, period.start, period.end):
            person(name).payments, person(name).collected_cents = payments, cents
        for name, kind, count in team_reads.made_by_person(session, since, until):
            setattr(person(name), kind, count)
        for name, accounts, cents in team_reads.assigned_by_person(session):
            person(name).assigned, person(name).assigned_due_cents = accounts, cents
    total = PersonFigures("total")
    for figures in people.values():
        total.add(figures)
    ordered = sorted(people.values(), key=lambda p: (p.person == NOT_AT_A_DESK, -p.contacts - p.payments,
                                                     p.person))
    return TeamReport(period, ordered, total)


def team_report_for(workspace, grain: str, today: date | None = None) -> TeamReport:  # noqa: ANN001
    """The report for the day, week, month or quarter holding `today` (as the Team window asks)."""
    return team_report(workspace, period_for(grain, today or date.today()))
