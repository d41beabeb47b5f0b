"""Imports on a team server: one at a time (a second is refused while one is being applied, and nothing of it
is applied), and an import of 3,000 accounts held open in its transaction does not stop five desks from
logging contacts meanwhile: every contact is kept and none waits for the import to finish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.team.users import TeamUser
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.storage.imports_repo import IMPORT_TURN
from collections_desktop.storage.models import Account, ContactEventRow
from tests.services.imports.test_import_csv import GENERIC
from tests.services.team.desks import desk, new_team, race
from tests.services.team.test_team_race import _seed

HEADER = GENERIC.splitlines()[0]


def _ledger(path, accounts: int):  # noqa: ANN001, ANN202
    rows = [HEADER] + [f"B{k:05d},Rosa,Núñez{k},03/14/1980,(305) 555-0101,Spanish,CB-{k},03/03/2026,120.00,"
                       f"20.00,0,0,100.00,Aetna,no" for k in range(accounts)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_one_import_at_a_time(team_address, tmp_path):
    server = new_team(team_address)
    team = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(GENERIC, encoding="utf-8")
    admin = make_url(team_address).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as other:  # another desk's import, being applied
        other.execute("SELECT pg_advisory_lock(%s)", (IMPORT_TURN,))
        with pytest.raises(UserError) as refused:
            import_files(team, [ledger])
        assert refused.value.code == "import_running"
        assert import_files(team, [ledger], dry_run=True).counts["accounts_created"] == 2  # a look is not held
        with team.reading() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == 0
        other.execute("SELECT pg_advisory_unlock(%s)", (IMPORT_TURN,))
    assert import_files(team, [ledger]).applied
    team.close()


def _desk(address: str, role: str, folder: str, start, met, results) -> None:  # noqa: ANN001
    """The importer stops inside its transaction (at its first progress report) until the five desks have
    logged their letters and met it: a desk blocked by the import would never arrive, and the barrier would
    break instead."""
    from pathlib import Path

    from collections_desktop.services.outreach.contacts import log_contact

    with desk(address, role, folder) as workspace:
        start.wait(60)
        if role == "importer":
            waited: list[bool] = []

            def report(_read: int) -> None:
                if not waited:  # the import's transaction is open and has written: the desks go now
                    waited.append(True)
                    met.wait(120)

            result = import_files(workspace, [Path(folder) / "big.csv"], progress=report)
            results.put((role, result.applied and bool(waited)))
        else:
            log_contact(workspace, "T100", "letter", "SENT", note=role)
            met.wait(120)  # logged while the import is still open
            results.put((role, True))


def test_desks_keep_logging_while_an_import_is_applied(team_address, tmp_path):
    server = new_team(team_address)
    _seed(server, (datetime.now(UTC) - timedelta(days=20)).replace(hour=17))
    _ledger(tmp_path / "big.csv", 3_000)
    done = dict(race(_desk, [(team_address, "importer", str(tmp_path))] +
                     [(team_address, f"Desk {k}", str(tmp_path)) for k in range(5)], meet=6))
    assert done == {"importer": True, **{f"Desk {k}": True for k in range(5)}}
    with server.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 3_001
        letters = session.scalars(select(ContactEventRow.note).where(ContactEventRow.channel == "letter")).all()
    assert sorted(letters) == [f"Desk {k}" for k in range(5)]
    server.close()
