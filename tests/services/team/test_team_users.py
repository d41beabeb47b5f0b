"""A team server's people on a real PostgreSQL: set up once with its supervisor, specialists added, signing in
with Argon2id-hashed passwords (five wrong ones lock the name), a person disabled (never the last supervisor),
each in the audit chain; and the command line."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from collections_desktop.cli import main
from collections_desktop.services.errors import UserError
from collections_desktop.services.team.server import TeamServer
from collections_desktop.services.team.users import TRIES, TeamUser, add_user, disable_user, init_team, sign_in
from collections_desktop.services.team.workspace import TeamWorkspace
from collections_desktop.services.vault import vault_ops
from collections_desktop.storage.models import AuditRow
from collections_desktop.storage.team_models import TeamUserRow
from collections_desktop.storage.types import utc_now

PASSWORD = "a long team password"


@pytest.fixture
def server(team_address):
    opened = TeamServer(team_address)
    yield opened
    opened.close()


def refused(call, *args) -> str:  # noqa: ANN001, ANN002
    with pytest.raises(UserError) as error:
        call(*args)
    return error.value.code


def as_supervisor(server, name: str = "Ana López") -> TeamWorkspace:  # noqa: ANN001
    return TeamWorkspace(server, TeamUser(name, "supervisor"), Path("."))


def trail(server) -> list[tuple[str, str, str, dict]]:  # noqa: ANN001
    """(actor, action, entity id, detail) of the server's audit chain about its people, oldest first."""
    with server.transaction() as session:
        rows = session.execute(select(AuditRow.actor, AuditRow.action, AuditRow.entity_id, AuditRow.detail)
                               .where(AuditRow.entity == "team_user").order_by(AuditRow.id)).all()
    return [(actor, action, entity_id, json.loads(detail or "{}")) for actor, action, entity_id, detail in rows]


def test_a_team_is_set_up_once_and_people_sign_in(server):
    assert init_team(server, "  Ana  María López ", PASSWORD).name == "Ana María López"
    assert refused(init_team, server, "Someone Else", PASSWORD) == "team_already_set_up"
    ana = as_supervisor(server, "Ana María López")
    add_user(ana, "Luis Ortega", "specialist", "another long password")
    assert refused(add_user, ana, "luis ortega", "specialist", PASSWORD) == "team_name_taken"
    assert sign_in(server, "Luis Ortega", "another long password").role == "specialist"
    assert sign_in(server, "ana maría lópez", PASSWORD).role == "supervisor"
    assert refused(sign_in, server, "Luis Ortega", "wrong password here") == "team_sign_in_failed"
    assert refused(sign_in, server, "Nobody", PASSWORD) == "team_sign_in_failed"
    with server.transaction() as session:
        hashes = session.scalars(select(TeamUserRow.password_hash)).all()
    assert all(h.startswith("$argon2id$v=19$m=65536,t=3,p=4$") for h in hashes)
    assert not any(PASSWORD in h for h in hashes)
    # S-05: set-up, people added, signing in and failing to are each a row of the chain; a name that is no
    # one's is not kept, nor any password.
    assert [(actor, action, who) for actor, action, who, _detail in trail(server)] == [
        ("Ana María López", "team.set_up", "Ana María López"),
        ("Ana María López", "team.person_added", "Luis Ortega"),
        ("Luis Ortega", "team.signed_in", "Luis Ortega"),
        ("Ana María López", "team.signed_in", "Ana María López"),
        ("", "team.sign_in_failed", "Luis Ortega"),
        ("", "team.sign_in_failed", "")]
    kept = str(trail(server))
    assert "Nobody" not in kept and PASSWORD not in kept and "another long password" not in kept
    assert vault_ops.verify_audit(ana).intact


def test_five_wrong_passwords_lock_the_name_for_fifteen_minutes(server):
    init_team(server, "Ana López", PASSWORD)
    add_user(as_supervisor(server), "Luis Ortega", "specialist", PASSWORD)
    assert refused(sign_in, server, "Luis Ortega", "wrong password 1") == "team_sign_in_failed"
    assert sign_in(server, "Luis Ortega", PASSWORD).name == "Luis Ortega"  # a success starts the count again
    for attempt in range(TRIES):
        assert refused(sign_in, server, "Luis Ortega", f"wrong password {attempt}") == "team_sign_in_failed"
    # Locked: the right password is refused with the same answer, and Ana is not locked with him.
    assert refused(sign_in, server, "Luis Ortega", PASSWORD) == "team_sign_in_failed"
    assert sign_in(server, "Ana López", PASSWORD).name == "Ana López"
    failures = [detail for _a, action, who, detail in trail(server) if action == "team.sign_in_failed"]
    assert [d.get("why") for d in failures] == ["wrong_password"] * (TRIES + 1) + ["locked"]
    assert failures[TRIES]["locked_minutes"] == 15 and failures[TRIES]["in_a_row"] == TRIES
    with server.transaction() as session:  # fifteen minutes later
        row = session.scalars(select(TeamUserRow).where(TeamUserRow.name == "Luis Ortega")).one()
        assert row.locked_until - utc_now() > timedelta(minutes=14)
        row.locked_until = utc_now() - timedelta(seconds=1)
    assert sign_in(server, "Luis Ortega", PASSWORD).name == "Luis Ortega"


def test_disabled_people_cannot_sign_in_and_the_last_supervisor_stays(server):
    init_team(server, "Ana López", PASSWORD)
    ana = as_supervisor(server)
    add_user(ana, "Luis Ortega", "specialist", PASSWORD)
    assert refused(disable_user, ana, "Ana López") == "team_last_supervisor"
    disable_user(ana, "Luis Ortega")
    assert refused(sign_in, server, "Luis Ortega", PASSWORD) == "team_sign_in_failed"
    assert refused(disable_user, ana, "Luis Ortega") == "team_user_already_disabled"
    add_user(ana, "Marta Ruiz", "supervisor", PASSWORD)
    disable_user(as_supervisor(server, "Marta Ruiz"), "Ana López")
    assert sign_in(server, "Marta Ruiz", PASSWORD).role == "supervisor"
    assert ("Marta Ruiz", "team.person_disabled", "Ana López", {"role": "supervisor"}) in trail(server)


def test_only_a_supervisor_adds_or_disables_people(server):
    init_team(server, "Ana López", PASSWORD)
    add_user(as_supervisor(server), "Luis Ortega", "specialist", PASSWORD)
    luis = TeamWorkspace(server, TeamUser("Luis Ortega", "specialist"), Path("."))
    assert refused(add_user, luis, "Marta Ruiz", "supervisor", PASSWORD) == "team_supervisor_only"
    assert refused(disable_user, luis, "Ana López") == "team_supervisor_only"


@pytest.mark.parametrize(("name", "role", "password", "code"), [
    ("4nyone", "specialist", PASSWORD, "team_name_unusable"),
    ("Ana", "owner", PASSWORD, "team_role_unknown"),
    ("Ana", "specialist", "short", "team_password_short"),
])
def test_what_a_person_needs(server, name, role, password, code):
    init_team(server, "Ana López", PASSWORD)
    assert refused(add_user, as_supervisor(server), name, role, password) == code


def test_the_team_commands(team_address, tmp_path, monkeypatch, capsys):
    secret = tmp_path / "password.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATABASE_URL", team_address)
    assert main(["team", "init", "--name", "Ana López", "--password-file", str(secret)]) == 0
    assert "Ana López" in capsys.readouterr().out
    monkeypatch.setenv("COLLECTIONS_DESKTOP_TEAM_PASSWORD", PASSWORD)
    assert main(["--lang", "es", "team", "user", "add", "Luis Ortega", "--name", "Ana López",
                 "--new-password-file", str(secret)]) == 0
    assert "especialista" in capsys.readouterr().out
    assert main(["team", "user", "disable", "Ana López", "--name", "Luis Ortega"]) == 1
    assert "only a supervisor" in capsys.readouterr().err
    assert main(["team", "user", "disable", "Ana López", "--name", "Ana López"]) == 1
    assert "only supervisor" in capsys.readouterr().err
    assert main(["team", "audit", "--name", "Luis Ortega"]) == 1
    assert "only a supervisor" in capsys.readouterr().err
    assert main(["team", "audit", "--name", "Ana López"]) == 0
    out = capsys.readouterr().out
    head = out.strip().splitlines()[-1]
    assert "audit trail is intact" in out
    row, digest = re.search(r"(\d+)\D+([0-9a-f]{16})", head).groups()
    assert main(["team", "audit", "--name", "Ana López", "--anchor", f"{row}:{digest}"]) == 0
    monkeypatch.delenv("COLLECTIONS_DESKTOP_DATABASE_URL")
    assert main(["team", "user", "disable", "Luis Ortega", "--name", "Ana López", "--database",
                 "postgresql://desk@db.clinic.example/collections"]) == 1
    assert "sslmode=verify-full" in capsys.readouterr().err
    assert main(["team", "user", "disable", "Luis Ortega", "--name", "Ana López"]) == 1
    assert "COLLECTIONS_DESKTOP_DATABASE_URL" in capsys.readouterr().err


def test_the_supervisor_sees_who_worked_what(team_address, tmp_path, monkeypatch, capsys):
    from datetime import date

    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.outreach.contacts import log_contact
    from collections_desktop.services.team.supervision import team_day
    from tests.services.team.test_team_payments import _seed
    from tests.services.team.test_team_race import _seed as _seed_calls

    server = TeamServer(team_address)
    init_team(server, "Ana López", PASSWORD)
    add_user(as_supervisor(server), "Luis Ortega", "specialist", PASSWORD)
    _seed(server)
    from datetime import UTC, datetime, timedelta

    _seed_calls(server, (datetime.now(UTC) - timedelta(days=20)).replace(hour=17))
    luis = TeamWorkspace(server, TeamUser("Luis Ortega", "specialist"), tmp_path)
    record_payment(luis, "T200", "25.00", "cash")
    record_payment(luis, "T200", "5.00", "check")
    log_contact(luis, "T100", "letter", "SENT")
    assert refused(team_day, luis, date.today()) == "team_supervisor_only"
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), tmp_path)
    (day,) = team_day(ana, date.today())
    assert (day.person, sorted(day.accounts), day.collected_cents) == ("Luis Ortega", ["T100", "T200"], 3_000)
    assert (day.counts["payments"], day.counts["contacts"]) == (2, 1)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATABASE_URL", team_address)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_TEAM_PASSWORD", PASSWORD)
    assert main(["--lang", "es", "team", "today", "--name", "Ana López"]) == 0
    out = capsys.readouterr().out
    assert "Luis Ortega: 2 cuentas, $30.00 cobrados — 1 contacto, 2 pagos" in out
    assert main(["team", "today", "--name", "Luis Ortega"]) == 1
    assert "only a supervisor" in capsys.readouterr().err


def test_the_window_refuses_an_address_it_cannot_use_before_opening(monkeypatch, capsys):
    assert main(["--database", "sqlite:///vault.db"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATABASE_URL", "postgresql://desk@db.clinic.example/collections")
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "sslmode=verify-full" in err and "clinic.example" not in err
