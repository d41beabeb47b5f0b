"""An account with 5,000 events: its timeline's first page in-process and `history --json` as a whole command,
each against a baseline measured in the same run (the account's own page; `--version` as a process)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import PASSPHRASE, ROOT, median_ms

EVENTS = 5_000


def _fill_history(workspace, number: str, events: int) -> None:  # noqa: ANN001
    """Contacts and notes enough for `events`, written in one transaction as an import would."""
    from collections_desktop.storage.contacts_repo import account_by_number
    from collections_desktop.storage.models import AccountNoteRow, ContactEventRow

    start = datetime.now(UTC) - timedelta(days=900)
    with workspace.transaction() as session:
        account = account_by_number(session, number)
        for index in range(events):
            at = start + timedelta(hours=4 * index)
            if index % 10 == 0:
                session.add(AccountNoteRow(account_id=account.id, text=f"note {index}", created_at=at))
            else:
                session.add(ContactEventRow(account_id=account.id, person_id=account.guarantor_id, at=at,
                                            channel="phone", direction="outbound", outcome="NO_ANSWER",
                                            created_at=at))
        workspace.audit(session, "bench.history", "account", number, {"events": events})


def _process_ms(argv: list[str], runs: int = 5, *, remembered: str = "") -> float:
    """Median wall time of a whole command; with `remembered` (a keyring file) it unlocks with the key
    remembered on this device instead of the passphrase."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE}
    if remembered:
        del env["COLLECTIONS_DESKTOP_PASSPHRASE"]
        env |= {"PYTHONPATH": f"{ROOT}{os.pathsep}{Path(__file__).parent}", "BENCH_KEYRING_FILE": remembered,
                "PYTHON_KEYRING_BACKEND": "_bench_keyring.BenchFileKeyring"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "collections_desktop", *argv], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return median_ms(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=2_000)
    args = parser.parse_args()
    from collections_desktop.services.demo.demo import fill_demo
    from collections_desktop.services.desk.accounts import get_account, worklist
    from collections_desktop.services.desk.timeline import account_timeline
    from collections_desktop.services.workspace import create_workspace

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "vault"
        workspace, _ = create_workspace(data_dir, PASSPHRASE)
        fill_demo(workspace, accounts=args.accounts, seed=1)
        number = worklist(workspace, view="due", limit=1)[0].account
        _fill_history(workspace, number, EVENTS)
        page, account = [], []
        for _ in range(15):
            start = time.perf_counter()
            timeline = account_timeline(workspace, number, limit=30, seen_in=None)
            page.append(time.perf_counter() - start)
            start = time.perf_counter()
            get_account(workspace, number)
            account.append(time.perf_counter() - start)
        import keyring
        from _bench_keyring import BenchFileKeyring

        from collections_desktop.services.vault.vault_ops import remember_on_device

        keyring_file = str(Path(tmp) / "keyring.json")
        os.environ["BENCH_KEYRING_FILE"] = keyring_file
        keyring.set_keyring(BenchFileKeyring())
        assert remember_on_device(workspace)
        workspace.close()
        assert timeline.total >= EVENTS
        print(f"timeline of {timeline.total} events, first page of 30: median {median_ms(page):.1f} ms "
              f"(target <= 50 ms); the account's own page {median_ms(account):.1f} ms, "
              f"ratio {median_ms(page) / median_ms(account):.2f}x")
        base = ["--data-dir", str(data_dir)]
        version = _process_ms(["--version"])
        history = _process_ms([*base, "history", number, "--json", "--limit", "5000"])
        account_process = _process_ms([*base, "account", number, "--json"])
        first_page = _process_ms([*base, "history", number, "--json"])
        print(f"history --json of all {timeline.total} events, whole process: median {history:.0f} ms "
              f"(target <= 300 ms); `--version` {version:.0f} ms, ratio {history / version:.2f}x")
        remembered = _process_ms([*base, "history", number, "--json", "--limit", "5000"], remembered=keyring_file)
        print(f"history --json of all {timeline.total} events, remembered on this device (no Argon2id): "
              f"median {remembered:.0f} ms (target <= 300 ms); ratio to `--version` {remembered / version:.2f}x")
        print(f"  the same process for `account --json` (unlocking with Argon2id included): {account_process:.0f} ms; "
              f"`history --json` of its first 50 events: {first_page:.0f} ms; the 5,000 events add "
              f"{history - first_page:.0f} ms")


if __name__ == "__main__":
    main()
