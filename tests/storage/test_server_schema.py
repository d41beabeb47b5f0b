"""Team mode's PostgreSQL: the vault's Alembic migrations build the same schema on a real server as the models
describe, a second run changes nothing, and an address that would send PHI over the network unverified is
refused."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from collections_desktop.storage.server import ServerAddressError, prepare_server, server_engine, server_url


def test_the_migrations_build_the_models_schema_on_postgresql(postgres_address):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from collections_desktop.storage import assistance_models, letter_models, plan_models  # noqa: F401 - tables
    from collections_desktop.storage.migrate import head_revision
    from collections_desktop.storage.models import Base

    engine = server_engine(postgres_address)
    try:
        prepare_server(engine)
        assert prepare_server(engine) is False  # already at the newest revision
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            tables = set(inspect(conn).get_table_names())
        assert {"account", "ledger_entry", "contact_event", "escalation_status"} <= tables
        # SQLite's full-text index and the sums its triggers keep stay in vaults.
        assert not {"account_search_fts", "receivable_flow", "call_hour_count"} & tables
    finally:
        engine.dispose()


@pytest.mark.parametrize(("address", "code"), [
    ("sqlite:///vault.db", "server_not_postgresql"),
    ("not an address", "server_address_unreadable"),
    ("postgresql://desk@db.clinic.example/collections", "server_needs_verified_tls"),
    ("postgresql://desk@db.clinic.example/collections?sslmode=require", "server_needs_verified_tls"),
])
def test_an_address_that_cannot_be_used_is_refused(address, code):
    with pytest.raises(ServerAddressError) as refused:
        server_url(address)
    assert refused.value.code == code and "clinic.example" not in str(refused.value)


def test_addresses_team_mode_takes():
    remote = server_url("postgresql://desk@db.clinic.example:5432/collections?sslmode=verify-full")
    assert (remote.drivername, remote.host, remote.database) == ("postgresql+psycopg", "db.clinic.example",
                                                                 "collections")
    assert server_url("postgresql://desk@localhost/collections").drivername == "postgresql+psycopg"
    assert server_url("postgresql+psycopg://postgres:@/postgres?host=/tmp/pg").host is None
