"""Demo data at scale: `demo --accounts N` time against a raw SQLCipher executemany of as many rows, and peak RSS."""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import PASSPHRASE, peak_rss_mb, raw_executemany_seconds

from collections_desktop.services.demo.demo import fill_demo
from collections_desktop.services.workspace import create_workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=2,
                        help="demo runs, each into a fresh vault; the fastest of each side is compared")
    parser.add_argument("--keep", type=Path, help="keep the last filled vault in this directory")
    args = parser.parse_args()
    demo_runs: list[float] = []
    baselines: list[float] = []
    rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        # This machine's speed drifts by tens of percent within a minute, so the baseline runs
        # before, between and after the demo runs, and the fastest run of each is compared
        # (the run least disturbed by the machine, as `timeit` does).
        for n in range(args.repeats):
            data_dir = args.keep if args.keep and n == args.repeats - 1 else Path(tmp) / f"vault{n}"
            if n:
                baselines.append(raw_executemany_seconds(Path(tmp) / "baseline.db", rows))
            workspace, _ = create_workspace(data_dir, PASSPHRASE)
            start = time.perf_counter()
            result = fill_demo(workspace, accounts=args.accounts, seed=1, today=date(2026, 11, 26))
            demo_runs.append(time.perf_counter() - start)
            workspace.close()
            rows = result.rows
            if data_dir != args.keep:
                shutil.rmtree(data_dir)
        rss = peak_rss_mb()
        baselines.append(raw_executemany_seconds(Path(tmp) / "baseline.db", rows))
        baselines.append(raw_executemany_seconds(Path(tmp) / "baseline.db", rows))
    demo_seconds, baseline = min(demo_runs), min(baselines)
    print(f"demo --accounts {args.accounts}: {rows} rows; runs {', '.join(f'{s:.2f}' for s in demo_runs)} s")
    print(f"baseline raw sqlcipher3 executemany of {rows} rows: runs "
          f"{', '.join(f'{s:.2f}' for s in baselines)} s")
    print(f"ratio fastest demo/fastest baseline: {demo_seconds / baseline:.2f}x (target <= 3x); "
          f"median/median {sorted(demo_runs)[len(demo_runs) // 2] / sorted(baselines)[len(baselines) // 2]:.2f}x")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB in the writing process, {children:.0f} MB in the largest generator "
          f"worker (target <= 500 MB)")


if __name__ == "__main__":
    main()
