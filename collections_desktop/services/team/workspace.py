"""The team server as services see it: the same transactions, reads and audit trail as the vault's Workspace,
on PostgreSQL, with every audit row naming the person signed in. A write that loses a race to another desk is
retried once and then said in a plain sentence."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from collections_desktop.services.errors import UserError
from collections_desktop.services.team.server import TeamServer
from collections_desktop.services.team.users import TeamUser
from collections_desktop.storage import audit, team_repo
from collections_desktop.storage.recorded_by import record_as

_PENDING = "pending_audit"


class TeamWorkspace:
    """An open team server and the person working in it; services take it where they take a Workspace."""

    is_demo = False
    shared = True

    def __init__(self, server: TeamServer, person: TeamUser, data_dir: Path) -> None:
        self.server = server
        self.actor, self.role = person.name, person.role
        self.data_dir = data_dir  # this laptop's folder for settings and files the person asks for
        with server.transaction() as session:
            key = team_repo.audit_key(session)
        if key is None:
            raise UserError("team_not_set_up")
        self._audit_key = key  # every desk of the team computes the same links

    @property
    def audit_key(self) -> bytes:
        """The key of the server's audit chain (as the vault's is its own)."""
        return self._audit_key

    def refuse_real_data(self, *texts: str) -> None:
        """A team server holds real data: nothing is refused for being real."""

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, committed together or not at all; the audit rows are written just before it."""
        try:
            with Session(self.server.engine, expire_on_commit=False) as session, session.begin():
                record_as(session, self.actor)
                yield session
                session.flush()
                for action, entity, entity_id, detail in session.info.pop(_PENDING, []):
                    audit.append(session, self._audit_key, actor=self.actor, action=action, entity=entity,
                                 entity_id=entity_id, detail=detail)
        except OperationalError as exc:
            from psycopg.errors import DeadlockDetected, TransactionRollback

            if isinstance(exc.orig, (DeadlockDetected, TransactionRollback)):  # the server undid it: say so
                raise UserError("server_conflict") from None
            raise UserError("server_unreachable") from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.server.engine) as session:
            yield session
            session.expunge_all()
            session.rollback()

    def audit(self, session: Session, action: str, entity: str, entity_id: str = "",
              detail: dict | None = None) -> None:
        session.info.setdefault(_PENDING, []).append((action, entity, entity_id, dict(detail or {})))

    def note_view(self, account_id: int, seen_in: str) -> None:
        """Account views are kept per person on the server with the next write (not yet batched here)."""

    def flush_views(self) -> None:
        """Nothing waits: see note_view."""

    def close(self) -> None:
        self.server.close()


def require_supervisor(workspace) -> None:  # noqa: ANN001 - a workspace
    """Refused unless the person signed in is a supervisor of the team (a vault has none)."""
    if getattr(workspace, "role", "") != "supervisor":
        raise UserError("team_supervisor_only")


def open_team(address: str, name: str, password: str, data_dir: Path) -> TeamWorkspace:
    """Opens the team's server for the person whose name and password match (the server closed again when
    they do not)."""
    from collections_desktop.services.team.users import sign_in

    server = TeamServer(address)
    try:
        return TeamWorkspace(server, sign_in(server, name, password), data_dir)
    except BaseException:
        server.close()
        raise


def shown_address(address: str) -> str:
    """The server as the window names it: host and database, never a user or a password."""
    from collections_desktop.storage.server import server_url

    url = server_url(address)
    return f"{url.host or url.query.get('host', 'localhost')}/{url.database or ''}"
