"""Shared fixtures: real SQLCipher vaults in temp dirs, an in-memory keyring, Qt offscreen."""

from __future__ import annotations

import os
import shutil
import warnings
from datetime import date
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# These machines are noisy: property tests check results, never how long an example took.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

PASSPHRASE = "correct horse battery staple"
AS_OF = date(2026, 11, 26)


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory, standing in for the OS store."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """No test touches the real data folder, keyring or Qt settings of the machine."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("COLLECTIONS_DESKTOP_PASSPHRASE", raising=False)
    monkeypatch.delenv("COLLECTIONS_DESKTOP_DATA_DIR", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def workspace(data_dir: Path):
    from collections_desktop.services.workspace import create_workspace

    ws, _recovery = create_workspace(data_dir, PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_vault_template(tmp_path_factory) -> Path:
    """One demo vault built once per run; tests copy it before writing."""
    from collections_desktop.services.demo.demo import fill_demo
    from collections_desktop.services.workspace import create_workspace

    target = tmp_path_factory.mktemp("demo-template") / "vault"
    ws, _ = create_workspace(target, PASSPHRASE)
    try:
        fill_demo(ws, accounts=400, seed=11, today=AS_OF, batch_size=100)
    finally:
        ws.close()
    return target


@pytest.fixture
def demo_dir(demo_vault_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-vault"
    shutil.copytree(demo_vault_template, target)
    return target


@pytest.fixture
def demo_workspace(demo_dir: Path):
    from collections_desktop.services.workspace import open_workspace

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def postgres_address(tmp_path_factory) -> str:
    """A throwaway PostgreSQL server for the session (pgserver's binaries, on a Unix socket): the address of an
    empty database. Skipped with the reason when the server cannot start, except where
    COLLECTIONS_DESKTOP_REQUIRE_POSTGRES is set (CI), which fails instead."""
    from tests.postgres import start_server

    folder = tmp_path_factory.mktemp("pg")
    try:
        with warnings.catch_warnings():  # pgserver asks platformdirs for a runtime folder a CI machine lacks
            warnings.simplefilter("ignore")
            server, address = start_server(folder)
    except Exception as exc:  # noqa: BLE001 - any reason the server did not start is reported
        reason = f"PostgreSQL could not be started: {type(exc).__name__}: {exc}"[:300]
        if os.environ.get("COLLECTIONS_DESKTOP_REQUIRE_POSTGRES"):
            pytest.fail(reason)
        pytest.skip(reason)
    yield address
    server.cleanup()


@pytest.fixture(scope="session")
def server_templates(postgres_address, demo_vault_template, tmp_path_factory) -> dict[str, str]:
    """Template databases on the session's server: "empty" (a team and its supervisor) and "demo" (the same
    with the demo vault copied onto it)."""
    from tests.backends import make_templates

    return make_templates(postgres_address, demo_vault_template, tmp_path_factory.mktemp("templates"), PASSPHRASE)


@pytest.fixture
def team_address(postgres_address) -> str:
    """A new, empty database on the session's PostgreSQL server, for one test."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(postgres_address)
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)
