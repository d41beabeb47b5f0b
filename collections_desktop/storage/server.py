"""Team mode's database: PostgreSQL through psycopg, its address checked (a server on another machine only over
TLS that verifies the server's name), and its schema brought to the newest migration, the same Alembic
migrations as the encrypted vault's."""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

from collections_desktop.storage import migrate

DRIVER = "postgresql+psycopg"
# Hosts that are this machine: a connection to them never leaves it (a Unix socket is a path).
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})


class ServerAddressError(ValueError):
    """A database address team mode cannot use; `code` says why (the message never repeats the address)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def server_url(address: str) -> URL:
    """The address as SQLAlchemy's URL for psycopg; refused when it is not PostgreSQL, or when it reaches another
    machine without `sslmode=verify-full` (PHI crosses the network only encrypted, to the server it names)."""
    try:
        url = make_url(address.strip())
    except ArgumentError:
        raise ServerAddressError("server_address_unreadable") from None
    if url.get_backend_name() != "postgresql":
        raise ServerAddressError("server_not_postgresql")
    url = url.set(drivername=DRIVER)
    host = url.host or str(url.query.get("host", ""))
    if not (host in LOCAL_HOSTS or host.startswith("/")) and url.query.get("sslmode") != "verify-full":
        raise ServerAddressError("server_needs_verified_tls")
    return url


def server_engine(address: str, *, pool_size: int = 5) -> Engine:
    """An engine for the team's server; every connection runs its transactions at READ COMMITTED unless a
    service asks for more (the compliance engine's count asks for SERIALIZABLE)."""
    return create_engine(server_url(address), pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def prepare_server(engine: Engine) -> bool:
    """Creates or upgrades the team's schema; returns True when a migration ran. The server keeps its own
    backups (its administrator's), so none is taken here."""
    return migrate.upgrade(engine)
