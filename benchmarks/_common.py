"""Helpers shared by the benchmarks: timing, medians, peak memory and a raw SQLCipher baseline."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase, not secret"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed_median_ms(work, runs: int = 3) -> float:  # noqa: ANN001 - any callable
    """The median of `runs` timings of `work()`, in milliseconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def raw_executemany_seconds(path: Path, rows: int) -> float:
    """The baseline: `rows` ten-column rows into a plain table of an encrypted file, one transaction."""
    if path.exists():
        path.unlink()
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d INTEGER, e INTEGER, "
                 "f TEXT, g TEXT, h INTEGER, i TEXT)")
    data = ((n, f"first{n}", f"last{n}", "2026-01-01", n * 7, n % 13, "commercial", "x" * 12, 1, "note")
            for n in range(1, rows + 1))
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed
