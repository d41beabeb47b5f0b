"""Two desks on one team server at the same moment: eight processes racing for the last call the rules allow to
one person get exactly one "allowed" (the person's row is locked before the history is counted, F-04), and the
server's audit chain stays whole with every row naming who acted."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from collections_desktop.services.team.server import TeamServer
from collections_desktop.storage.models import (
    Account,
    AccountMember,
    Address,
    AuditRow,
    ContactEventRow,
    Person,
    Phone,
)
from tests.services.team.desks import desk, new_team, race

RACERS = 8


def _seed(server: TeamServer, race_at: datetime) -> None:
    """One account whose guarantor was called on each of the six days before: one call is left this week."""
    with server.transaction() as session:
        person = Person(first_name="Rosa", last_name="Quintero", birth_date=date(1970, 1, 2))
        session.add(person)
        session.flush()
        account = Account(number="T100", guarantor_id=person.id, created_at=race_at - timedelta(days=30))
        session.add(account)
        session.flush()
        session.add_all([
            AccountMember(account_id=account.id, person_id=person.id, role="guarantor"),
            Phone(person_id=person.id, number="+15125550101", kind="mobile"),
            Address(person_id=person.id, line1="1 Main St", city="Austin", state="TX", zip="78701"),
            *(ContactEventRow(account_id=account.id, person_id=person.id, at=race_at - timedelta(days=k),
                              channel="phone", direction="outbound", outcome="NO_ANSWER", created_at=race_at)
              for k in range(1, 7))])


def _call(address: str, name: str, at: str, folder: str, start, results) -> None:  # noqa: ANN001

    from collections_desktop.services.errors import UserError
    from collections_desktop.services.outreach.contacts import log_contact

    with desk(address, name, folder) as workspace:
        start.wait(60)  # every desk ready: they dial in the same instant
        try:
            log_contact(workspace, "T100", "phone", "NO_ANSWER", at=datetime.fromisoformat(at))
            results.put((name, "allowed"))
        except UserError as error:
            results.put((name, error.code))


def test_eight_desks_race_for_the_last_call_and_one_gets_it(team_address, tmp_path):
    yesterday = datetime.now(UTC) - timedelta(days=1)
    race_at = yesterday.replace(hour=17, minute=0, second=0, microsecond=0)  # 11 a.m. or noon in Austin
    server = new_team(team_address)
    _seed(server, race_at)
    outcomes = [outcome for _name, outcome in race(
        _call, [(team_address, f"Especialista {k}", race_at.isoformat(), str(tmp_path)) for k in range(RACERS)])]
    assert sorted(outcomes) == ["allowed"] + ["contact_blocked"] * (RACERS - 1)
    with server.transaction() as session:
        calls = session.scalars(select(ContactEventRow).where(ContactEventRow.at == race_at)).all()
        rows = session.scalars(select(AuditRow).order_by(AuditRow.id)).all()
    assert len(calls) == 1
    assert [r.id for r in rows] == list(range(1, len(rows) + 1)) and rows[-1].actor.startswith("Especialista")
    server.close()
