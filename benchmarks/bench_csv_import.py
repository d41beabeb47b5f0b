"""A generated N-row ledger CSV imported into the vault, against a raw sqlcipher3 executemany of as many rows."""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from _common import PASSPHRASE, peak_rss_mb, raw_executemany_seconds

from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.workspace import create_workspace
from collections_desktop.storage.connection import connect_raw
from collections_desktop.storage.search_index import FTS_TABLE

# What an import writes, parents first; the search index is written with its table.
WRITTEN = ("import_batch", "person", "account", "account_member", "address", "phone", "email", "encounter",
           "ledger_entry", "posting_source", "account_search")
# The least any import that gives the desk an account to work must write: the batch, the accounts with their
# people, and one claim per row (no amounts, no search text).
ESSENTIAL = ("import_batch", "person", "account", "account_member", "encounter")
CHUNK = 50_000

HEADER = ["Account", "Guarantor First", "Guarantor Last", "Claim", "Service Date", "Charge", "Insurance Paid",
          "Adjustment", "Patient Paid", "Balance", "Payer"]


def generate(path: Path, rows: int, later: bool = False) -> None:
    """The ledger; `later` is the next day's export of it, where one claim in twenty got a 5.00 payment."""
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
            if later and n % 20 == 7 and balance >= 500:
                patient, balance = patient + 500, balance - 500
            writer.writerow([f"A{n // 3:07d}", "María", f"Peña{n % 97}", f"C{n:08d}", "2026-03-03",
                             f"{charge / 100:.2f}", f"{paid / 100:.2f}", f"{adjust / 100:.2f}",
                             f"{patient / 100:.2f}", f"{balance / 100:.2f}", "Aetna"])


def schema_floor_seconds(source, target, tables: tuple[str, ...] = WRITTEN) -> tuple[float, int]:  # noqa: ANN001
    """The rows an import wrote into `source`, written again into the empty vault `target` (same tables,
    indexes and search index) by raw executemany in one transaction, timing only the writes: what the
    schema costs before any import logic. Read and written a chunk at a time, so memory stays flat."""
    reader = connect_raw(source.vault.paths.db, source.vault.data_key)
    writer = connect_raw(target.vault.paths.db, target.vault.data_key)
    elapsed, rows = 0.0, 0
    writer.execute("BEGIN")
    for table in tables:
        columns = [row[1] for row in reader.execute(f"PRAGMA table_info({table})")]
        insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        cursor = reader.execute(f"SELECT {', '.join(columns)} FROM {table}")
        while chunk := cursor.fetchmany(CHUNK):
            start = time.perf_counter()
            writer.executemany(insert, chunk)
            if table == "account_search":
                writer.executemany(f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (?, ?)", chunk)
            elapsed += time.perf_counter() - start
            rows += len(chunk)
    start = time.perf_counter()
    writer.execute("COMMIT")
    elapsed += time.perf_counter() - start
    reader.close()
    writer.close()
    return elapsed, rows


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
        rss = peak_rss_mb()
        nextday = Path(tmp) / "ledger-next-day.csv"
        generate(nextday, args.rows, later=True)
        start = time.perf_counter()
        again = import_files(workspace, [nextday])
        daily = time.perf_counter() - start
        daily_rss = peak_rss_mb()
        baseline = raw_executemany_seconds(Path(tmp) / "baseline.db", args.rows)
        empty, _ = create_workspace(Path(tmp) / "floor", PASSPHRASE)
        floor, written = schema_floor_seconds(workspace, empty)
        empty.close()
        empty, _ = create_workspace(Path(tmp) / "essential", PASSPHRASE)
        essential, essential_rows = schema_floor_seconds(workspace, empty, ESSENTIAL)
        empty.close()
        workspace.close()
    print(f"import of {args.rows} CSV rows: {elapsed:.2f} s, applied={report.applied}, counts={report.counts}")
    print(f"baseline raw executemany of {args.rows} rows: {baseline:.2f} s")
    print(f"ratio import/baseline: {elapsed / baseline:.1f}x (target <= 3x); peak RSS {rss:.0f} MB "
          f"(target <= 300 MB, flat in file size)")
    print(f"the next day's export of the same {args.rows} claims, one in twenty paid: {daily:.2f} s = "
          f"{daily / baseline:.1f}x the baseline, {daily / elapsed:.2f}x the first import; counts={again.counts}; "
          f"peak RSS {daily_rss:.0f} MB")
    print(f"the {written} rows the import wrote, written again by raw executemany into the same tables and "
          f"indexes: {floor:.2f} s = {floor / baseline:.1f}x the baseline; the import is {elapsed / floor:.1f}x that")
    print(f"of those, the {essential_rows} rows without which the desk has no account to work "
          f"({', '.join(ESSENTIAL)}), "
          f"written the same way: {essential:.2f} s = {essential / baseline:.1f}x the baseline")


if __name__ == "__main__":
    main()
