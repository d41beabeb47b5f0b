"""Desks released together: each a process of its own (spawned, as a second laptop would be), all waiting at one
barrier so they act in the same instant, each putting what it got on one queue."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def race(target: Callable[..., None], arguments: list[tuple], timeout: float = 120, meet: int = 0) -> list:
    """Runs `target(*arguments[k], start, results)` in one process per entry; returns what they put, in the
    order they finished. `target` waits on `start` before it acts. With `meet`, each also gets a second barrier
    for that many parties (after `start`), for desks that must meet again while one holds its transaction."""
    context = multiprocessing.get_context("spawn")
    results, start = context.Queue(), context.Barrier(len(arguments))
    later = (context.Barrier(meet),) if meet else ()
    desks = [context.Process(target=target, args=(*given, start, *later, results)) for given in arguments]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(timeout)
    return [results.get(timeout=5) for _ in desks]


def new_team(address: str):  # noqa: ANN201 - a TeamServer
    """A server set up with its first supervisor, Ana López."""
    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import init_team

    server = TeamServer(address)
    init_team(server, "Ana López", "a long team password")
    return server


@contextmanager
def desk(address: str, name: str, folder: str, role: str = "specialist") -> Iterator:
    """A person's desk on the server (its own connection), closed however the work ends."""
    from pathlib import Path

    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import TeamUser
    from collections_desktop.services.team.workspace import TeamWorkspace

    workspace = TeamWorkspace(TeamServer(address), TeamUser(name, role), Path(folder))
    try:
        yield workspace
    finally:
        workspace.close()


def staffed_team(address: str, vault, folder, specialists: tuple[str, ...] = ("Luis Ortega", "Marta Ruiz")
                 ) -> tuple:  # noqa: ANN001
    """A server with Ana López as its supervisor, `specialists` added by her and `vault` copied onto it: (Ana's
    workspace, each specialist's workspace)."""
    from collections_desktop.services.team.users import TeamUser, add_user
    from collections_desktop.services.team.vault_copy import copy_vault_to_server
    from collections_desktop.services.team.workspace import TeamWorkspace

    server = new_team(address)
    ana = TeamWorkspace(server, TeamUser("Ana López", "supervisor"), folder)
    for name in specialists:
        add_user(ana, name, "specialist", "a long team password")
    copy_vault_to_server(vault, ana)
    return ana, *(TeamWorkspace(server, TeamUser(name, "specialist"), folder) for name in specialists)
