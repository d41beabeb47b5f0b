"""The services' tests on both backends: the encrypted vault and a team server. Template databases on the
session's PostgreSQL server (an empty team and one holding the demo vault) are made once; each test gets its own
copy (CREATE DATABASE … TEMPLATE) and works in it as the team's supervisor."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

SUPERVISOR = "Ana López"
PASSWORD = "a long team password"


def _admin(address: str) -> tuple[str, object]:
    from sqlalchemy.engine import make_url

    url = make_url(address)
    return url.set(drivername="postgresql").render_as_string(hide_password=False), url


def create_database(address: str, template: str | None = None) -> str:
    """A new database on the server of `address` (a copy of `template` when given); its address."""
    import psycopg

    admin, url = _admin(address)
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return url.set(database=name).render_as_string(hide_password=False)


def make_templates(address: str, demo_vault: Path, scratch: Path, passphrase: str) -> dict[str, str]:
    """{"empty": database, "demo": database}: a team set up with its supervisor, and the same with the demo vault
    copied onto it."""
    from sqlalchemy.engine import make_url

    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import TeamUser, init_team
    from collections_desktop.services.team.vault_copy import copy_vault_to_server
    from collections_desktop.services.team.workspace import TeamWorkspace
    from collections_desktop.services.workspace import open_workspace

    names = {}
    for kind in ("empty", "demo"):
        target = create_database(address)
        server = TeamServer(target)
        try:
            init_team(server, SUPERVISOR, PASSWORD)
            if kind == "demo":
                copy = scratch / "demo-source"
                shutil.copytree(demo_vault, copy)
                vault = open_workspace(copy, passphrase=passphrase)
                try:
                    copy_vault_to_server(vault, TeamWorkspace(server, TeamUser(SUPERVISOR, "supervisor"), scratch))
                finally:
                    vault.close()
        finally:
            server.close()
        names[kind] = make_url(target).database
    return names


def server_workspace(address: str, template: str, folder: Path):  # noqa: ANN201 - a TeamWorkspace
    """The supervisor's workspace on a fresh copy of `template`."""
    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import TeamUser
    from collections_desktop.services.team.workspace import TeamWorkspace

    return TeamWorkspace(TeamServer(create_database(address, template)), TeamUser(SUPERVISOR, "supervisor"), folder)


@pytest.fixture(name="workspace")
def vault_workspace(data_dir):  # noqa: ANN001, ANN201
    """An empty vault (for a folder of tests whose `workspace` must be one)."""
    from collections_desktop.services.workspace import create_workspace

    ws, _recovery = create_workspace(data_dir, PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture(name="demo_workspace")
def vault_demo_workspace(demo_dir):  # noqa: ANN001, ANN201
    """The demo vault (for a folder of tests whose `demo_workspace` must be one)."""
    from collections_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    yield ws
    ws.close()
