"""Team mode under load, on loopback: a 100k-account vault copied onto a throwaway PostgreSQL server, then N
simulated specialists (processes) for M minutes, each opening a random account, recording a letter sent on it,
and thinking a few seconds before the next. Prints p50/p95 of opening an account and of logging a contact,
each against a `SELECT 1` round trip measured by the same processes (targets: p95 open <= 150 ms, p95 log
<= 100 ms), and the server's settings."""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE

PASSWORD = "benchmark team password"


def _specialist(address: str, name: str, numbers: list[str], until: float, think: float, seed: int,
                folder: str, results) -> None:  # noqa: ANN001
    from sqlalchemy import text

    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.errors import UserError
    from collections_desktop.services.outreach.contacts import log_contact
    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import TeamUser
    from collections_desktop.services.team.workspace import TeamWorkspace

    rng = random.Random(seed)  # noqa: S311 - a simulation
    workspace = TeamWorkspace(TeamServer(address), TeamUser(name, "specialist"), Path(folder))
    opens, logs, pings, refused = [], [], [], 0
    try:
        while time.time() < until:
            number = rng.choice(numbers)
            start = time.perf_counter()
            with workspace.reading() as session:
                session.execute(text("SELECT 1"))
            pings.append(time.perf_counter() - start)
            start = time.perf_counter()
            get_account(workspace, number, seen_in="bench")
            opens.append(time.perf_counter() - start)
            start = time.perf_counter()
            try:
                log_contact(workspace, number, "letter", "SENT", note="statement")
            except UserError:
                refused += 1  # the engine said no (a hold, a cease): decided all the same
            logs.append(time.perf_counter() - start)
            time.sleep(rng.uniform(0.5, 1.5) * think)
    finally:
        workspace.close()
    results.put((opens, logs, pings, refused))


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vault", type=Path, required=True, help="a vault with ~100k accounts (copied, not changed)")
    parser.add_argument("--passphrase", default=PASSPHRASE)
    parser.add_argument("--specialists", type=int, default=40)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--think", type=float, default=5.0, help="seconds between a specialist's actions (mean)")
    args = parser.parse_args()
    from sqlalchemy import text

    from collections_desktop.services.desk.worklist import all_accounts_slice, rows_for
    from collections_desktop.services.team.server import TeamServer
    from collections_desktop.services.team.users import TeamUser, init_team
    from collections_desktop.services.team.vault_copy import copy_vault_to_server
    from collections_desktop.services.team.workspace import TeamWorkspace
    from collections_desktop.services.workspace import open_workspace
    from tests.postgres import start_server

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "vault"
        shutil.copytree(args.vault, copy, ignore=shutil.ignore_patterns("backups", "vault.lock"))
        pg, address = start_server(Path(folder) / "pg")
        try:
            server = TeamServer(address)
            init_team(server, "Bench Supervisor", PASSWORD)
            vault = open_workspace(copy, passphrase=args.passphrase)
            team = TeamWorkspace(server, TeamUser("Bench Supervisor", "supervisor"), Path(folder))
            start = time.perf_counter()
            copied = copy_vault_to_server(vault, team)
            copy_s = time.perf_counter() - start
            numbers = [r.account for r in rows_for(vault, all_accounts_slice(vault, 0, 100_000))]
            vault.close()
            with team.reading() as session:
                session.execute(text("ANALYZE"))
                settings = {name: session.execute(text(f"SHOW {name}")).scalar() for name in
                            ("server_version", "shared_buffers", "work_mem", "max_connections",
                             "synchronous_commit", "default_transaction_isolation")}
            team.close()
            context = multiprocessing.get_context("spawn")
            results = context.Queue()
            until = time.time() + 60 * args.minutes + 20  # the processes' start-up comes out of their first 20 s
            desks = [context.Process(target=_specialist, args=(address, f"Specialist {k}", numbers, until,
                                                               args.think, k, folder, results))
                     for k in range(args.specialists)]
            for desk in desks:
                desk.start()
            gathered = [results.get(timeout=60 * args.minutes + 300) for _ in desks]
            for desk in desks:
                desk.join(60)
        finally:
            pg.cleanup()
    opens = [s for g in gathered for s in g[0]]
    logs = [s for g in gathered for s in g[1]]
    pings = [s for g in gathered for s in g[2]]
    refused = sum(g[3] for g in gathered)
    base = _percentile(pings, 0.95)
    print(f"server: {settings}")
    print(f"vault copied to the server: {copied.total:,} rows in {copy_s:.1f} s")
    print(f"{args.specialists} specialists for {args.minutes:g} min, {args.think:g} s between actions: "
          f"{len(opens):,} accounts opened, {len(logs):,} contacts logged ({refused:,} refused by the rules)")
    print(f"SELECT 1 round trip (baseline): p50 {statistics.median(pings) * 1000:.1f} ms, p95 {base:.1f} ms")
    for name, samples, target in (("opening an account", opens, 150), ("logging a contact", logs, 100)):
        p95 = _percentile(samples, 0.95)
        print(f"{name}: p50 {statistics.median(samples) * 1000:.1f} ms, p95 {p95:.1f} ms "
              f"({p95 / base:.1f}x the baseline); target p95 <= {target} ms: {'met' if p95 <= target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
