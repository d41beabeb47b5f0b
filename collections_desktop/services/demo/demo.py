"""Fills an empty vault with realistic synthetic accounts, batch by batch, each batch one audited transaction."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import date

from collections_desktop.services.demo.demo_generator import (
    COLUMNS,
    TABLES,
    BatchSpec,
    batch_id_bases,
    generate_batch,
)
from collections_desktop.services.errors import UserError
from collections_desktop.services.gc_pause import collector_paused
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import audit, search_index
from collections_desktop.storage.bulk import (
    Prepared,
    account_count,
    dialect_name,
    dialect_named,
    drop_secondary_indexes,
    next_ids,
    prepare,
    restore_secondary_indexes,
    write_prepared,
)

MAX_DEMO_ACCOUNTS = 1_000_000
# Below this many batches, starting worker processes costs more than it saves.
PARALLEL_FROM_BATCHES = 8


@dataclass(frozen=True)
class DemoResult:
    accounts: int
    rows: int
    batches: int


def _build(spec: BatchSpec, dialect: str) -> Prepared:
    """Generates and prepares one batch; runs in a worker process for large demos.

    The cyclic garbage collector is paused meanwhile: a batch is tens of thousands of
    tuples without a single cycle, and the collector would otherwise walk them again
    and again as they are made (about a third of the preparing time).
    """
    with collector_paused():
        return prepare(generate_batch(spec).rows, COLUMNS, dialect_named(dialect))


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: a worker whose parent was killed exits instead of lingering forever."""
    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _prepared_batches(specs: list[BatchSpec], dialect: str, workers: int) -> Iterator[tuple[BatchSpec, Prepared]]:
    """Prepared batches as they become ready, in any order (ids are reserved per batch).

    Worker processes generate ahead; whenever none has a batch ready, this process
    builds the next one itself instead of waiting, so both cores stay busy.
    """
    if workers <= 0 or len(specs) < PARALLEL_FROM_BATCHES:
        for spec in specs:
            yield spec, _build(spec, dialect)
        return
    context = multiprocessing.get_context("spawn")
    queue = deque(specs)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_exit_with_parent,
                             initargs=(os.getpid(),)) as pool:
        running: dict[Future, BatchSpec] = {}
        while queue or running:
            while queue and len(running) < workers + 3:
                spec = queue.popleft()
                running[pool.submit(_build, spec, dialect)] = spec
            finished, _ = wait(running, timeout=0, return_when=FIRST_COMPLETED)
            if not finished and queue:
                spec = queue.pop()
                yield spec, _build(spec, dialect)
                continue
            if not finished:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                yield running.pop(future), future.result()


def default_workers() -> int:
    return max(1, (os.cpu_count() or 2) - 1)


def _resumable(session, plan: dict) -> tuple[set[int], dict | None]:  # noqa: ANN001
    """(batches already written, the id bases they used) when the vault holds exactly a demo fill of this same
    plan that was stopped part-way; (nothing, None) for an empty vault; refused otherwise."""
    existing = account_count(session)
    if not existing:
        return set(), None
    batches = [d for d in audit.details_of(session, "demo.batch_added")
               if all(d.get(key) == value for key, value in plan.items())]
    if not batches or sum(d["accounts"] for d in batches) != existing:
        raise UserError("vault_not_empty")  # real data, or another fill: demo data never mixes with it
    return {d["batch"] for d in batches}, batches[0]["start_ids"]


def fill_demo(workspace: Workspace, *, accounts: int, seed: int = 1, today: date | None = None,
              batch_size: int = 1000, workers: int | None = None,
              progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Adds `accounts` synthetic accounts; the same seed and day give the same data.

    Refuses a vault that already holds accounts, so demo data never mixes with real data, except the
    batches of this same fill (seed, size, day) left by one that was stopped: those are kept and the rest added.
    """
    if not 1 <= accounts <= MAX_DEMO_ACCOUNTS:
        raise UserError("bad_demo_size", maximum=MAX_DEMO_ACCOUNTS)
    today = today or date.today()
    plan = {"seed": seed, "total": accounts, "batch_size": batch_size, "today": today.isoformat()}
    with workspace.reading() as session:
        done_batches, start_ids = _resumable(session, plan)
        if start_ids is None:
            start_ids = next_ids(session, list(TABLES))
        dialect = dialect_name(session)
    specs = [
        BatchSpec(seed, today, n, first + 1, min(batch_size, accounts - first),
                  batch_id_bases(start_ids, n, batch_size))
        for n, first in enumerate(range(0, accounts, batch_size)) if n not in done_batches
    ]
    if done_batches and not specs:
        raise UserError("vault_not_empty")  # this fill is complete already
    plan["start_ids"] = start_ids
    total_rows, done, first = 0, accounts - sum(spec.count for spec in specs), True
    batches = _prepared_batches(specs, dialect, default_workers() if workers is None else workers)
    with workspace.bulk_writer(empty_vault=True) as transaction:
        for spec, prepared in batches:
            count = spec.count
            with transaction() as session:
                if first:
                    search_index.mark_stale(session)
                    drop_secondary_indexes(session)
                    first = False
                rows = write_prepared(session, prepared)
                search_index.index_new_texts(session, prepared["account_search"][1])
                # Each batch names the fill it belongs to, so a fill that was killed can be taken up again.
                workspace.audit(session, "demo.batch_added", "account",
                                f"{spec.first_account}-{spec.first_account + count - 1}",
                                {"accounts": count, "rows": rows, "batch": spec.batch_index, **plan})
            total_rows += rows
            done += count
            if progress:
                progress(done, accounts)
        with transaction() as session:
            restore_secondary_indexes(session)
            search_index.mark_fresh(session)
    return DemoResult(accounts, total_rows, len(specs))
