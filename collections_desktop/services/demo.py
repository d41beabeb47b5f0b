"""Fills an empty vault with realistic synthetic accounts, batch by batch, each batch one audited transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from collections_desktop.services.demo_generator import TABLES, Batch, DemoGenerator, IdCounters
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.bulk import account_count, insert_rows, next_ids

MAX_DEMO_ACCOUNTS = 1_000_000


@dataclass(frozen=True)
class DemoResult:
    accounts: int
    rows: int
    batches: int


def fill_demo(workspace: Workspace, *, accounts: int, seed: int = 1, today: date | None = None,
              batch_size: int = 1000, progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Adds `accounts` synthetic accounts; the same seed and day give the same data.

    Refuses a vault that already holds accounts, so demo data never mixes with real data.
    """
    if not 1 <= accounts <= MAX_DEMO_ACCOUNTS:
        raise UserError("bad_demo_size", maximum=MAX_DEMO_ACCOUNTS)
    today = today or date.today()
    with workspace.reading() as session:
        if account_count(session):
            raise UserError("vault_not_empty")
        ids = IdCounters(next_ids(session, list(TABLES)))
    generator = DemoGenerator(seed, today, ids)
    total_rows = batches = 0
    for start in range(0, accounts, batch_size):
        batch = Batch()
        stop = min(start + batch_size, accounts)
        for index in range(start, stop):
            generator.add_account(batch, index + 1)
        with workspace.transaction() as session:
            total_rows += insert_rows(session, batch.rows)
            workspace.audit(session, "demo.batch_added", "account", f"{start + 1}-{stop}",
                            {"accounts": stop - start, "rows": batch.count(), "seed": seed})
        batches += 1
        if progress:
            progress(stop, accounts)
    return DemoResult(accounts, total_rows, batches)
