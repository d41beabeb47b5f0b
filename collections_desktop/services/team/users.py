"""The team's people: the first supervisor when the server is set up, specialists and supervisors added by a
supervisor, disabled when they leave (never the last supervisor), and signing in with a name and password
(Argon2id; five wrong passwords in a row lock the name for 15 minutes). Each of these is in the audit chain."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from collections_desktop.services.errors import UserError
from collections_desktop.services.team.server import TeamServer
from collections_desktop.storage import audit, team_repo
from collections_desktop.storage.types import utc_now

ROLES = ("specialist", "supervisor")
NAME = re.compile(r"[^\W\d_][\w .'-]{0,58}[\w.]")  # a person's name as the team says it: letters first
SHORTEST_PASSWORD = 12
# RFC 9106's second recommended setting, as the vault's passphrase: 3 passes, 64 MiB, 4 lanes.
HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
# S-07: this many wrong passwords in a row lock the name for LOCKED_FOR.
TRIES = 5
LOCKED_FOR = timedelta(minutes=15)


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
        key = secrets.token_hex(32)
        team_repo.keep_audit_key(session, key)
        audit.append(session, bytes.fromhex(key), actor=name, action="team.set_up", entity="team_user",
                     entity_id=name, detail={"role": "supervisor"})
    return TeamUser(name, "supervisor")


def add_user(team, name: str, role: str, password: str) -> TeamUser:  # noqa: ANN001 - a TeamWorkspace
    """A new member of the team, added by the supervisor signed in to `team`."""
    from collections_desktop.services.team.workspace import require_supervisor

    require_supervisor(team)
    name = _checked(name, role, password)
    with team.transaction() as session:
        if team_repo.user_named(session, name) is not None:
            raise UserError("team_name_taken", name=name)
        team_repo.add_user(session, name, role, HASHER.hash(password), utc_now())
        team.audit(session, "team.person_added", "team_user", name, {"role": role})
    return TeamUser(name, role)


def disable_user(team, name: str) -> TeamUser:  # noqa: ANN001 - a TeamWorkspace
    """The person can no longer sign in; what they recorded keeps their name. The last supervisor stays."""
    from collections_desktop.services.team.workspace import require_supervisor

    require_supervisor(team)
    with team.transaction() as session:
        row = team_repo.user_named(session, name.strip(), for_update=True)
        if row is None:
            raise UserError("team_user_unknown", name=name.strip()[:60])
        if row.disabled_at is not None:
            raise UserError("team_user_already_disabled", name=row.name)
        if row.role == "supervisor" and team_repo.active_supervisors(session) == [row.name]:
            raise UserError("team_last_supervisor", name=row.name)
        row.disabled_at = utc_now()
        team.audit(session, "team.person_disabled", "team_user", row.name, {"role": row.role})
        return TeamUser(row.name, row.role)


def sign_in(server: TeamServer, name: str, password: str) -> TeamUser:
    """The person signing in, when the name and password match an active member whose name is not locked; one
    answer for every failure (a wrong name tells nothing more than a wrong password or a locked name). Every try
    is in the audit chain; a name typed that is no one's is not kept (it may be a password typed in the wrong
    box)."""
    now = utc_now()
    detail: dict[str, object]
    with server.transaction() as session:
        key = team_repo.audit_key(session) or b""
        row = team_repo.user_named(session, name.strip(), for_update=True)
        if row is None or row.disabled_at is not None:
            HASHER.hash(password)  # the same time spent as a real check
            person, action, detail = None, "team.sign_in_failed", {"why": "no_active_member"}
        elif row.locked_until is not None and row.locked_until > now:
            HASHER.hash(password)
            person, action, detail = None, "team.sign_in_failed", {"why": "locked"}
        elif _matches(row.password_hash, password):
            if HASHER.check_needs_rehash(row.password_hash):
                row.password_hash = HASHER.hash(password)
            row.failed_sign_ins, row.locked_until = 0, None
            person, action, detail = TeamUser(row.name, row.role), "team.signed_in", {}
        else:
            row.failed_sign_ins += 1
            detail = {"why": "wrong_password", "in_a_row": row.failed_sign_ins}
            if row.failed_sign_ins >= TRIES:
                row.failed_sign_ins, row.locked_until = 0, now + LOCKED_FOR
                detail["locked_minutes"] = int(LOCKED_FOR.total_seconds() // 60)
            person, action = None, "team.sign_in_failed"
        known = row.name if row is not None else ""
        audit.append(session, key, actor=person.name if person else "", action=action, entity="team_user",
                     entity_id=known, detail=detail)
    if person is None:
        raise UserError("team_sign_in_failed")
    return person


def _matches(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
