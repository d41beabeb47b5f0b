"""Demo data at scale: `demo --accounts N` time against a raw SQLCipher executemany of as many rows, and peak RSS."""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import PASSPHRASE, peak_rss_mb, raw_executemany_seconds

from collections_desktop.services.demo import fill_demo
from collections_desktop.services.workspace import create_workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the filled vault in this directory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp) / "vault"
        # The baseline runs before and after the demo and the two are averaged: this machine's
        # speed drifts by tens of percent within a minute.
        expected_rows = args.accounts * 21
        before = raw_executemany_seconds(Path(tmp) / "baseline.db", expected_rows)
        workspace, _ = create_workspace(data_dir, PASSPHRASE)
        start = time.perf_counter()
        result = fill_demo(workspace, accounts=args.accounts, seed=1, today=date(2026, 11, 26))
        demo_seconds = time.perf_counter() - start
        workspace.close()
        rss = peak_rss_mb()
        after = raw_executemany_seconds(Path(tmp) / "baseline.db", result.rows)
        baseline = (before * result.rows / expected_rows + after) / 2
    print(f"demo --accounts {args.accounts}: {result.rows} rows in {demo_seconds:.2f} s")
    print(f"baseline raw sqlcipher3 executemany of {result.rows} rows: {baseline:.2f} s "
          f"(before {before * result.rows / expected_rows:.2f} s, after {after:.2f} s)")
    print(f"ratio demo/baseline: {demo_seconds / baseline:.2f}x (target <= 3x)")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB in the writing process, {children:.0f} MB in the largest generator "
          f"worker (target <= 500 MB)")


if __name__ == "__main__":
    main()
