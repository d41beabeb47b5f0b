"""A generated N-row ledger CSV imported into the vault, against a raw sqlcipher3 executemany of as many rows."""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, peak_rss_mb, raw_executemany_seconds

from collections_desktop.services.imports import import_files
from collections_desktop.services.workspace import create_workspace

HEADER = ["Account", "Guarantor First", "Guarantor Last", "Claim", "Service Date", "Charge", "Insurance Paid",
          "Adjustment", "Patient Paid", "Balance", "Payer"]


def generate(path: Path, rows: int) -> None:
    rng = random.Random(9)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            charge = rng.randint(5000, 90000)
            paid = charge * rng.randint(20, 70) // 100
            adjust = charge * rng.randint(5, 20) // 100
            patient = rng.randint(0, charge - paid - adjust)
            balance = charge - paid - adjust - patient
            writer.writerow([f"A{n // 3:07d}", "María", f"Peña{n % 97}", f"C{n:08d}", "2026-03-03",
                             f"{charge / 100:.2f}", f"{paid / 100:.2f}", f"{adjust / 100:.2f}",
                             f"{patient / 100:.2f}", f"{balance / 100:.2f}", "Aetna"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "ledger.csv"
        generate(source, args.rows)
        workspace, _ = create_workspace(Path(tmp) / "vault", PASSPHRASE)
        start = time.perf_counter()
        report = import_files(workspace, [source])
        elapsed = time.perf_counter() - start
        workspace.close()
        baseline = raw_executemany_seconds(Path(tmp) / "baseline.db", args.rows)
    print(f"import of {args.rows} CSV rows: {elapsed:.2f} s, applied={report.applied}, counts={report.counts}")
    print(f"baseline raw executemany of {args.rows} rows: {baseline:.2f} s")
    print(f"ratio import/baseline: {elapsed / baseline:.1f}x (target <= 3x); peak RSS {peak_rss_mb():.0f} MB "
          f"(target <= 300 MB, flat in file size)")


if __name__ == "__main__":
    main()
