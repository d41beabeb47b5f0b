"""An open team server: its engine, one transaction per action, and the address refused in a plain sentence when
team mode cannot use it or the server cannot be reached."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from collections_desktop.services.errors import UserError
from collections_desktop.storage.server import ServerAddressError, prepare_server, server_engine

ADDRESS_VARIABLE = "COLLECTIONS_DESKTOP_DATABASE_URL"


class TeamServer:
    """The team's database, schema brought up to date when opened."""

    def __init__(self, address: str) -> None:
        try:
            self.engine = server_engine(address)
        except ServerAddressError as exc:
            raise UserError(exc.code) from None
        try:
            prepare_server(self.engine)
        except OperationalError:
            self.engine.dispose()
            raise UserError("server_unreachable") from None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def checked_address(address: str) -> str:
    """The address when team mode can use it; else the user error saying why (never repeating it)."""
    from collections_desktop.storage.server import server_url

    try:
        server_url(address)
    except ServerAddressError as exc:
        raise UserError(exc.code) from None
    return address


def server_address(given: str | None) -> str:
    """The address given on the command line, else the environment's; a user error when there is neither."""
    address = (given or os.environ.get(ADDRESS_VARIABLE, "")).strip()
    if not address:
        raise UserError("server_address_missing", variable=ADDRESS_VARIABLE)
    return address
