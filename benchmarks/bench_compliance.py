"""Compliance engine speed: one decision with 200 contacts of history, and 'callable now' for every account.

Baselines measured in the same run: building the same 200 history records, and reading the same
account/address/phone rows with raw sqlcipher3.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import PASSPHRASE

from collections_desktop.domain.compliance.engine import decide
from collections_desktop.domain.compliance.model import (
    Channel,
    ContactEvent,
    ContactRequest,
    Outcome,
    Policy,
    Target,
)
from collections_desktop.services.demo.demo import fill_demo
from collections_desktop.services.outreach.contacts import callable_now
from collections_desktop.services.vault.vault_access import vault_exists
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.connection import connect_raw

OUTCOMES = [Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL_LCM, Outcome.CONNECTED_NO_CONVERSATION]


def history(now: datetime, n: int) -> list[ContactEvent]:
    return [ContactEvent(now - timedelta(hours=7 * i + 1), 1, Channel.PHONE, OUTCOMES[i % 4]) for i in range(n)]


def one_decision() -> tuple[float, float]:
    now = datetime(2026, 3, 10, 17, tzinfo=UTC)
    zones = [("residential", "America/Los_Angeles"), ("phone", "America/New_York")]
    runs, base = [], []
    for _ in range(300):
        start = time.perf_counter()
        events = history(now, 200)
        base.append(time.perf_counter() - start)
        request = ContactRequest(at=now, target=Target(Channel.PHONE, "+1", "mobile"), person_id=1, zones=zones,
                                 history=events)
        start = time.perf_counter()
        decide(request, Policy())
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000, statistics.median(base) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="reuse (or create) the demo vault here")
    args = parser.parse_args()
    decision_ms, build_ms = one_decision()
    print(f"one decision, 200 contacts of history: median {decision_ms:.3f} ms (target <= 1 ms); "
          f"building those 200 records: {build_ms:.3f} ms; ratio {decision_ms / build_ms:.1f}x")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.vault or Path(tmp) / "vault"
        if not vault_exists(data_dir):
            ws, _ = create_workspace(data_dir, PASSPHRASE)
            fill_demo(ws, accounts=args.accounts, seed=1, today=date(2026, 11, 26))
            ws.close()
        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        from collections_desktop.services.outreach.zones import zone_for_zip

        start = time.perf_counter()
        zone_for_zip("10027")
        print(f"one-time ZIP-to-zone index: {time.perf_counter() - start:.2f} s (built once per process)")
        for moment in (datetime(2026, 11, 27, 18, tzinfo=UTC), datetime(2026, 11, 27, 9, tzinfo=UTC)):
            start = time.perf_counter()
            answers = callable_now(ws, at=moment)
            elapsed = time.perf_counter() - start
            allowed = sum(a.allowed for a in answers.values())
            print(f"callable now at {moment:%H:%M}Z for {len(answers)} accounts: {elapsed:.2f} s "
                  f"({allowed} callable) (target <= 2 s)")
        raw = connect_raw(data_dir / "vault.db", ws.vault.data_key)
        start = time.perf_counter()
        for table, columns in (("account", "id, number, guarantor_id"), ("address", "person_id, kind, zip"),
                               ("phone", "person_id, number, kind, consent_to_text")):
            raw.execute(f"SELECT {columns} FROM {table}").fetchall()
        baseline = time.perf_counter() - start
        raw.close()
        ws.close()
    print(f"baseline: raw read of the same account, address and phone rows: {baseline:.2f} s; "
          f"ratio {elapsed / baseline:.1f}x")


if __name__ == "__main__":
    main()
