"""Who has an account open on a team server: the first desk takes the lease, a second is told whose it is and
until when, the holder renews it, it passes on once expired or given back; on a vault nothing is written."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from collections_desktop.services.desk.leases import LEASE_MINUTES, stop_working, work_on
from collections_desktop.services.team.server import TeamServer
from collections_desktop.services.team.users import TeamUser
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.storage.team_models import AccountLeaseRow
from collections_desktop.storage.types import utc_now
from tests.services.team.desks import desk, new_team, race
from tests.services.team.test_team_payments import _seed


def test_one_desk_works_an_account_at_a_time(team_address, tmp_path):
    server = new_team(team_address)
    _seed(server)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    luis = TeamWorkspace(TeamServer(team_address), TeamUser("Luis Ortega", "specialist"), tmp_path)
    now = utc_now()
    first = work_on(ana, "T200", now=now)
    assert first.mine and first.expires_at == now + timedelta(minutes=LEASE_MINUTES)
    told = work_on(luis, "T200", now=now + timedelta(minutes=5))
    assert (told.mine, told.holder, told.expires_at) == (False, "Ana López", first.expires_at)
    renewed = work_on(ana, "T200", now=now + timedelta(minutes=10))
    assert renewed.mine and renewed.expires_at == now + timedelta(minutes=10 + LEASE_MINUTES)
    assert work_on(luis, "T200", now=now + timedelta(minutes=10 + LEASE_MINUTES + 1)).mine  # Ana's ran out
    assert stop_working(luis, "T200") and not stop_working(ana, "T200")
    assert work_on(ana, "T200", now=now + timedelta(minutes=30)).mine
    ana.close()
    luis.close()


def test_a_vault_writes_no_lease(demo_workspace):
    number = "DEMO-1"
    with demo_workspace.reading() as session:
        from collections_desktop.storage.models import Account

        number = session.scalars(select(Account.number).limit(1)).one()
    assert work_on(demo_workspace, number).mine
    with demo_workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(AccountLeaseRow)) == 0


def _open(address: str, name: str, folder: str, start, results) -> None:  # noqa: ANN001

    with desk(address, name, folder) as workspace:
        start.wait(60)
        results.put((name, work_on(workspace, "T200").holder))


def test_desks_opening_an_account_at_once_agree_on_one_holder(team_address, tmp_path):
    server = new_team(team_address)
    _seed(server)
    seen = race(_open, [(team_address, f"Desk {k}", str(tmp_path)) for k in range(4)])
    holders = {holder for _name, holder in seen}
    assert len(holders) == 1 and sum(name == holder for name, holder in seen) == 1
    server.close()


def _next(address: str, name: str, folder: str, start, results) -> None:  # noqa: ANN001

    from collections_desktop.services.desk.leases import take_next

    with desk(address, name, folder) as workspace:
        start.wait(60)
        taken = take_next(workspace)
        results.put((name, taken.account if taken else None))


def test_the_shared_queue_hands_each_desk_its_own_account(demo_workspace, team_address, tmp_path):
    from collections_desktop.services.desk.leases import take_next
    from collections_desktop.services.desk.worklist import ids_for
    from collections_desktop.services.team.vault_copy import copy_vault_to_server
    from collections_desktop.storage.imports_repo import account_numbers

    server = new_team(team_address)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    copy_vault_to_server(demo_workspace, ana)
    first = take_next(ana)
    with ana.reading() as session:
        order = account_numbers(session, ids_for(ana, "today")[:10])
    assert first is not None and first.account in order.values()
    assert take_next(ana).account == first.account  # still hers: the same one, renewed
    taken = [account for _name, account in race(_next, [(team_address, f"Desk {k}", str(tmp_path))
                                                       for k in range(4)])]
    assert None not in taken and len(set(taken)) == 4 and first.account not in taken
    assert take_next(demo_workspace).account in order.values()  # a vault: Today's first, nothing written
    ana.close()
