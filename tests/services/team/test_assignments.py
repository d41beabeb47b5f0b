"""A supervisor assigns accounts on a team server, by number and by a rule (language, balance); the shared queue
then hands each person their own first and never someone else's; a specialist may not assign."""

from __future__ import annotations

import pytest

from collections_desktop.cli import main
from collections_desktop.services.desk.leases import take_next
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.team.assignments import assign_accounts, assign_by_rule
from collections_desktop.services.team.users import TeamUser
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.storage.assignment_repo import assigned
from collections_desktop.storage.imports_repo import account_numbers
from tests.services.team.desks import staffed_team

PASSWORD = "a long team password"


def test_assigned_accounts_come_first_in_the_queue(demo_workspace, team_address, tmp_path, monkeypatch, capsys):
    ana, luis, marta = staffed_team(team_address, demo_workspace, tmp_path)
    server = ana.server
    with ana.reading() as session:
        today = account_numbers(session, ids_for(ana, "today")[:30])
    order = [today[i] for i in ids_for(ana, "today")[:30]]
    with pytest.raises(UserError) as refused:
        assign_accounts(luis, order[:2], "Luis Ortega")
    assert refused.value.code == "team_supervisor_only"
    assign_accounts(ana, [order[0]], "Marta Ruiz")  # the top of Today is Marta's
    assign_accounts(ana, [order[20]], "Luis Ortega")
    assert take_next(luis).account == order[20]  # his own first, though it ranks lower
    assert take_next(marta).account == order[0]
    # Luis's next (another desk of his) skips Marta's account and his leased one: the first left to anyone.
    nxt = take_next(TeamWorkspace(server, TeamUser("Luis Ortega", "specialist"), tmp_path))
    assert nxt.account == order[20]  # his own lease, renewed
    assert assign_accounts(ana, [order[20]], None).to is None
    count = assign_by_rule(ana, "Marta Ruiz", language="es", balance_from="100.00").accounts
    with ana.reading() as session:
        owners = assigned(session, ids_for(ana, "all"))
    assert count > 0 and list(owners.values()).count("Marta Ruiz") == count + 1  # the rule's and the first
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATABASE_URL", team_address)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_TEAM_PASSWORD", PASSWORD)
    assert main(["--lang", "es", "team", "assign", order[5], order[6], "--name", "Ana López", "--to",
                 "Luis Ortega"]) == 0
    assert "2 cuentas asignadas a Luis Ortega" in capsys.readouterr().out
    assert main(["team", "assign", "--name", "Ana López", "--language", "en"]) == 1
    assert "give --to" in capsys.readouterr().err
    ana.close()
