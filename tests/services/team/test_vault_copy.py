"""A demo vault copied onto an empty team server: every row arrives, the desk shows the same accounts and
balances from either, new rows get fresh ids, a second copy and a specialist are refused, and the server's
chain records the copy."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.errors import UserError
from collections_desktop.services.team.users import TeamUser
from collections_desktop.services.team.vault_copy import copy_vault_to_server
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.storage.models import AuditRow, LedgerEntryRow
from collections_desktop.storage.server_copy import copied_tables
from tests.services.team.desks import new_team


def test_a_vault_moves_onto_the_team_server(demo_workspace, team_address, tmp_path):
    server = new_team(team_address)
    with pytest.raises(UserError) as refused:
        copy_vault_to_server(demo_workspace, TeamWorkspace(server, TeamUser("Ana López", "specialist"), tmp_path))
    team = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    assert refused.value.code == "team_supervisor_only"
    copied = copy_vault_to_server(demo_workspace, team)
    with demo_workspace.reading() as vault, team.reading() as target:
        for table in copied_tables():
            count = select(func.count()).select_from(table)
            assert vault.scalar(count) == target.scalar(count) == copied.rows[table.name], table.name
        assert target.scalars(select(AuditRow.action)).all()[-1] == "vault.copied_to_server"
    here = [(r.account, r.patient_due_cents) for r in worklist(demo_workspace, view="due", limit=50)]
    there = [(r.account, r.patient_due_cents) for r in worklist(team, view="due", limit=50)]
    assert here == there and len(here) == 50
    number, due = here[0]
    assert get_account(team, number).patient_due_cents == due
    record_payment(team, number, "5.00", "cash")  # new rows take ids after the copied ones
    assert get_account(team, number).patient_due_cents == due - 500
    with team.reading() as target:
        assert target.scalar(select(func.count()).select_from(LedgerEntryRow)) == copied.rows["ledger_entry"] + 1
    with pytest.raises(UserError) as refused:
        copy_vault_to_server(demo_workspace, team)
    assert refused.value.code == "team_server_not_empty"
    team.close()
