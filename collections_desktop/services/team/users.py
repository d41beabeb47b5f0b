"""The team's people: the first supervisor when the server is set up, specialists and supervisors added,
disabled when they leave (never the last supervisor), and signing in with a name and password (Argon2id)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from collections_desktop.services.errors import UserError
from collections_desktop.services.team.server import TeamServer
from collections_desktop.storage import team_repo
from collections_desktop.storage.types import utc_now

ROLES = ("specialist", "supervisor")
NAME = re.compile(r"[^\W\d_][\w .'-]{0,58}[\w.]")  # a person's name as the team says it: letters first
SHORTEST_PASSWORD = 12
# RFC 9106's second recommended setting, as the vault's passphrase: 3 passes, 64 MiB, 4 lanes.
HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)


@dataclass(frozen=True)
class TeamUser:
    name: str
    role: str


def _checked(name: str, role: str, password: str) -> str:
    name = " ".join(name.split())
    if not NAME.fullmatch(name):
        raise UserError("team_name_unusable")
    if role not in ROLES:
        raise UserError("team_role_unknown", role=role[:20], choices=", ".join(ROLES))
    if len(password) < SHORTEST_PASSWORD:
        raise UserError("team_password_short", least=SHORTEST_PASSWORD)
    return name


def init_team(server: TeamServer, name: str, password: str) -> TeamUser:
    """The first person of a new team server, its supervisor; refused once the team has anyone."""
    name = _checked(name, "supervisor", password)
    with server.transaction() as session:
        if team_repo.count_users(session):
            raise UserError("team_already_set_up")
        team_repo.add_user(session, name, "supervisor", HASHER.hash(password), utc_now())
        team_repo.keep_audit_key(session, secrets.token_hex(32))
    return TeamUser(name, "supervisor")


def add_user(server: TeamServer, name: str, role: str, password: str) -> TeamUser:
    name = _checked(name, role, password)
    with server.transaction() as session:
        if team_repo.user_named(session, name) is not None:
            raise UserError("team_name_taken", name=name)
        team_repo.add_user(session, name, role, HASHER.hash(password), utc_now())
    return TeamUser(name, role)


def disable_user(server: TeamServer, name: str) -> TeamUser:
    """The person can no longer sign in; what they recorded keeps their name. The last supervisor stays."""
    with server.transaction() as session:
        row = team_repo.user_named(session, name.strip(), for_update=True)
        if row is None:
            raise UserError("team_user_unknown", name=name.strip()[:60])
        if row.disabled_at is not None:
            raise UserError("team_user_already_disabled", name=row.name)
        if row.role == "supervisor" and team_repo.active_supervisors(session) == [row.name]:
            raise UserError("team_last_supervisor", name=row.name)
        row.disabled_at = utc_now()
        return TeamUser(row.name, row.role)


def sign_in(server: TeamServer, name: str, password: str) -> TeamUser:
    """The person signing in, when the name and password match an active member; one answer for every failure
    (a wrong name tells nothing more than a wrong password)."""
    with server.transaction() as session:
        row = team_repo.user_named(session, name.strip())
        if row is None or row.disabled_at is not None:
            HASHER.hash(password)  # the same time spent as a real check
            raise UserError("team_sign_in_failed")
        try:
            HASHER.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise UserError("team_sign_in_failed") from None
        if HASHER.check_needs_rehash(row.password_hash):
            row.password_hash = HASHER.hash(password)
        return TeamUser(row.name, row.role)
