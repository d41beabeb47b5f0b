"""A batch of 1,000 patient statements (asked of the compliance engine, produced, kept in the vault, recorded as
letter contacts) on a copy of --vault, against the one-page reportlab "hello" of bench_agreement measured in the
same run; memory read after each 250 to show it stays flat. Target: the batch in 60 s or less."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE
from bench_agreement import current_rss_kib, hello, timed

BATCH = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vault", type=Path, required=True, help="a demo vault (copied, not changed)")
    parser.add_argument("--passphrase", default=PASSPHRASE)
    parser.add_argument("--count", type=int, default=BATCH)
    args = parser.parse_args()
    from collections_desktop.services.demo.demo_plans import name_demo_clinic
    from collections_desktop.services.desk.worklist import all_accounts_slice, rows_for
    from collections_desktop.services.outreach.letters import write_batch
    from collections_desktop.services.workspace import open_workspace

    hello()
    hello_ms = timed(hello, 20)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "vault"
        shutil.copytree(args.vault, copy, ignore=shutil.ignore_patterns("backups", "vault.lock"))
        workspace = open_workspace(copy, passphrase=args.passphrase)
        try:
            name_demo_clinic(workspace)
            numbers = [row.account for row in rows_for(workspace, all_accounts_slice(workspace, 0, args.count))]
            rss: list[float] = []

            def progress(done: int) -> None:
                if done % 250 == 0:
                    rss.append(current_rss_kib() / 1024)

            start = time.perf_counter()
            batch = write_batch(workspace, Path(folder) / "letters", numbers=numbers, progress=progress)
            elapsed = time.perf_counter() - start
            made, skipped, prints = len(batch.letters), len(batch.skipped), len(batch.print_files)
        finally:
            workspace.close()
    each = elapsed * 1000 / max(made + skipped, 1)
    print(f"hello (1 page): {hello_ms:.1f} ms median of 20")
    print(f"{made} statements written (one file each and {prints} to print), {skipped} skipped by the engine: "
          f"{elapsed:.1f} s "
          f"({each:.1f} ms each, {each / hello_ms:.1f}x the hello document); target <= 60 s: "
          f"{'met' if elapsed <= 60 else 'NOT met'}")
    print("resident memory after each 250: " + ", ".join(f"{mb:.0f} MB" for mb in rss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
