"""`account --json` and `worklist --search` on a 100k-account vault, in process: medians against a baseline.

The baseline is the cost of reading one account's encounter rows by primary key with
raw sqlcipher3 on the same file, measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import PASSPHRASE, median_ms

from collections_desktop.cli.output import account_json, worklist_json
from collections_desktop.services.demo.demo import fill_demo
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.vault.vault_access import vault_exists
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.connection import connect_raw

AS_OF = date(2026, 11, 26)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="reuse (or create) the demo vault here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.vault or Path(tmp) / "vault"
        if not vault_exists(data_dir):
            workspace, _ = create_workspace(data_dir, PASSPHRASE)
            fill_demo(workspace, accounts=args.accounts, seed=1, today=AS_OF)
            workspace.close()
        workspace = open_workspace(data_dir, passphrase=PASSPHRASE)
        rng = random.Random(5)
        numbers = [f"{10_000_000 + rng.randint(1, args.accounts)}" for _ in range(300)]
        # Warm the page cache once, as a working session would be.
        worklist(workspace, view="all", search="warm-up", limit=50)

        account_times = []
        for number in numbers:
            start = time.perf_counter()
            account_json(get_account(workspace, number, as_of=AS_OF))
            account_times.append(time.perf_counter() - start)

        sample = [get_account(workspace, n, as_of=AS_OF) for n in numbers[:40]]
        searches = ["pena", "garcía lopez", "smith", "mar", numbers[0], sample[1].encounters[0].claim,
                    sample[2].phones[0].number[-10:], sample[3].guarantor.birth_date.strftime("%m/%d/%Y"),
                    "zzzz", "jose"]
        search_times = {}
        for term in searches:
            runs = []
            for _ in range(15):
                start = time.perf_counter()
                worklist_json(worklist(workspace, view="all", search=term, limit=50, as_of=AS_OF))
                runs.append(time.perf_counter() - start)
            search_times[term] = median_ms(runs)
        due_runs = []
        for _ in range(15):
            start = time.perf_counter()
            worklist_json(worklist(workspace, view="due", limit=50, as_of=AS_OF))
            due_runs.append(time.perf_counter() - start)

        raw = connect_raw(data_dir / "vault.db", workspace.vault.data_key)
        baseline = []
        for number in numbers:
            start = time.perf_counter()
            raw.execute("SELECT e.* FROM encounter e JOIN account a ON a.id = e.account_id WHERE a.number = ?",
                        (number,)).fetchall()
            baseline.append(time.perf_counter() - start)
        raw.close()
        workspace.close()

    base = median_ms(baseline)
    acct = median_ms(account_times)
    print(f"accounts: {args.accounts}")
    print(f"account --json median: {acct:.2f} ms (target <= 20 ms); raw encounter read {base:.3f} ms; "
          f"ratio {acct / base:.1f}x")
    for term, ms in search_times.items():
        print(f"worklist --search {term!r}: median {ms:.2f} ms")
    overall = sorted(search_times.values())[len(search_times) // 2]
    print(f"worklist --search median over terms: {overall:.2f} ms (target <= 20 ms); "
          f"worst {max(search_times.values()):.2f} ms")
    print(f"worklist --view due (first page) median: {median_ms(due_runs):.2f} ms")


if __name__ == "__main__":
    main()
