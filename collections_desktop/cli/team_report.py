"""`team report`: each person's work over a period and the team's total, as lines or JSON."""

from __future__ import annotations

import argparse
from datetime import date

from collections_desktop.cli.safe import echo
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.errors import UserError
from collections_desktop.words import say


def show_team_report(args: argparse.Namespace, lang: str, team) -> int:  # noqa: ANN001 - a TeamWorkspace
    from collections_desktop.cli.common import emit
    from collections_desktop.services.team.team_report import FIGURES, NOT_AT_A_DESK, team_report

    end = args.end or date.today()
    start = args.start or end.replace(day=1)
    if end < start:
        team.close()
        raise UserError("report_days_reversed", start=start.isoformat(), end=end.isoformat())
    try:
        report = team_report(team, Period(start, end))
    finally:
        team.close()
    if args.json:
        def row(p) -> dict:  # noqa: ANN001
            money = {"collected_cents": "collected", "assigned_due_cents": "assigned_due"}
            return {"person": p.person, **{money.get(name, name): format_cents(getattr(p, name)) if name in money
                                           else getattr(p, name) for name in FIGURES}}
        emit({"from": start.isoformat(), "to": end.isoformat(), "people": [row(p) for p in report.people],
              "total": row(report.total)})
        return 0
    echo(say("team_report_heading", lang, start=start.isoformat(), end=end.isoformat()))
    for p in (*report.people, report.total):
        person = {NOT_AT_A_DESK: say("team_not_at_a_desk", lang), "total": say("team_report_total", lang)}.get(
            p.person, p.person) if p is report.total or p.person == NOT_AT_A_DESK else p.person
        echo(say("team_report_line", lang, person=person, contacts=p.contacts, conversations=p.conversations,
                 payments=p.payments, collected=format_display(p.collected_cents), promises=p.promises,
                 kept=p.promises_kept, plans=p.plans, notes=p.notes, assigned=p.assigned,
                 owed=format_display(p.assigned_due_cents)))
    return 0
