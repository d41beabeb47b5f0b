"""Two desks recording payments on one account of a team server at the same instant: both are kept and the
balance is what the ledger says (the account is locked before its balance is read); then a third desk sees it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from collections_desktop.services.team.server import TeamServer
from collections_desktop.services.team.users import TeamUser
from collections_desktop.storage.models import Account, AccountMember, Encounter, LedgerEntryRow, Person
from tests.services.team.desks import desk, new_team, race

DESKS = 4


def _seed(server: TeamServer) -> None:
    """Account T200 owes $100.00 on one visit the patient was billed for."""
    now = datetime.now(UTC)
    with server.transaction() as session:
        person = Person(first_name="Iván", last_name="Sosa")
        session.add(person)
        session.flush()
        account = Account(number="T200", guarantor_id=person.id, created_at=now, patient_due_cents=10_000)
        session.add(account)
        session.flush()
        session.add(AccountMember(account_id=account.id, person_id=person.id, role="guarantor"))
        visit = Encounter(account_id=account.id, patient_id=person.id, claim_id="CL-T200",
                          service_date=date.today() - timedelta(days=60),
                          first_statement_date=date.today() - timedelta(days=40))
        session.add(visit)
        session.flush()
        session.add(LedgerEntryRow(account_id=account.id, encounter_id=visit.id, kind="charge", amount_cents=10_000,
                                   posted_on=visit.service_date, created_at=now))


def _pay(address: str, name: str, folder: str, start, results) -> None:  # noqa: ANN001

    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.errors import UserError

    with desk(address, name, folder) as workspace:
        start.wait(60)
        try:
            paid = record_payment(workspace, "T200", "10.00", "cash", reference=name)
            results.put((paid.balance_before_cents, paid.balance_after_cents))
        except UserError as error:
            results.put(error.code)


def test_desks_paying_one_account_at_once_lose_nothing(team_address, tmp_path):
    server = new_team(team_address)
    _seed(server)
    seen = sorted(race(_pay, [(team_address, f"Desk {k}", str(tmp_path)) for k in range(DESKS)]))
    # Each desk saw the balance the desk before it left: 100 → 90 → 80 → 70 → 60.
    assert seen == [(10_000 - 1_000 * (k + 1) + 1_000, 10_000 - 1_000 * (k + 1)) for k in range(DESKS)][::-1]
    with server.transaction() as session:
        payments = session.scalars(select(LedgerEntryRow.reference).where(
            LedgerEntryRow.kind == "patient_payment")).all()
        due = session.scalar(select(Account.patient_due_cents).where(Account.number == "T200"))
    assert sorted(payments) == [f"Desk {k}" for k in range(DESKS)] and due == 10_000 - 1_000 * DESKS
    server.close()


def test_a_desk_paying_against_a_balance_that_is_gone_is_told_who_changed_it(team_address, tmp_path):
    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.errors import UserError
    from collections_desktop.services.team.workspace import TeamWorkspace
    from collections_desktop.words import say

    server = new_team(team_address)
    _seed(server)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    luis = TeamWorkspace(TeamServer(team_address), TeamUser("Luis Ortega", "specialist"), tmp_path)
    seen = 10_000  # both opened the account at $100.00
    record_payment(ana, "T200", "30.00", "cash", seen_due_cents=seen)
    try:
        record_payment(luis, "T200", "100.00", "cash", seen_due_cents=seen)
    except UserError as error:
        refused = error
    assert refused.code == "account_changed_payment"
    assert (refused.params["who"], refused.params["due"], refused.params["minutes"]) == ("Ana López", "$70.00", 0)
    assert say(refused.code, "en", **refused.params) == \
        "Ana López recorded a payment on account T200 0 minutes ago; the balance is now $70.00"
    assert say(refused.code, "es", **refused.params) == \
        "Ana López registró un pago en la cuenta T200 hace 0 minutos; el saldo ahora es $70.00"
    assert record_payment(luis, "T200", "70.00", "cash", seen_due_cents=7_000).balance_after_cents == 0
    ana.close()
    luis.close()
