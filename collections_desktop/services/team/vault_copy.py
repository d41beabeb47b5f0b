"""Bringing a specialist's vault onto the team server when the office moves to team mode: a supervisor copies
it into the server's empty schema in one transaction (all of it or nothing), and the server's audit chain
records who did it and how many rows came."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from collections_desktop.services.errors import UserError
from collections_desktop.services.team.workspace import TeamWorkspace, require_supervisor
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.server_copy import copy_vault, server_is_empty


@dataclass(frozen=True)
class VaultCopied:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_vault_to_server(vault: Workspace, team: TeamWorkspace,
                         progress: Callable[[str, int], None] | None = None) -> VaultCopied:
    """Copies the open vault onto the team's server; only a supervisor signed in to it, and only into a server
    with no accounts yet (two vaults are not merged: their account numbers and ids would meet)."""
    require_supervisor(team)
    with vault.reading() as source, team.transaction() as target:
        if not server_is_empty(target.connection()):
            raise UserError("team_server_not_empty")
        rows = copy_vault(source.connection(), target.connection(), progress)
        team.audit(target, "vault.copied_to_server", "vault", vault.vault.vault_id, {"rows": sum(rows.values())})
    return VaultCopied(rows)
