"""The desk at 100k accounts: start to first painted page vs a bare QMainWindow, search and view switches, RSS.

Each start is measured in a fresh process (python -c …) so imports count, as they do for the specialist.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import PASSPHRASE, ROOT

BARE = """
import time, sys
t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show(); app.processEvents()
w.grab()
print(time.perf_counter() - t)
"""

DESK = """
import time, sys
t = time.perf_counter()
from pathlib import Path
from collections_desktop.services.workspace import open_workspace
from collections_desktop.services import worklist
from collections_desktop.ui.app import DeskController, make_app
app = make_app()
c = DeskController(app, Path(sys.argv[1]), "en")
c.workspace = open_workspace(Path(sys.argv[1]), passphrase=sys.argv[2])
c.window.show_unlocked((0, 0, 0), False)
c.model.set_ids(worklist.ids_for(c.workspace, "today", rank=False))  # what the desk paints first
c.window.resize(1280, 800); c.window.show(); app.processEvents()
c.window.grab()
print(time.perf_counter() - t)
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(code: str, *args: str) -> list[float]:
    """[seconds from interpreter start to the first painted frame, …anything else the script printed]."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    values = [float(x) for x in out.stdout.split()]
    return [values[0] + _interpreter_start(), *values[1:]]


def _interpreter_start() -> float:
    """What a bare `python -c pass` costs; both scripts pay it before their own clock starts."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--vault", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.vault or Path(tmp) / "vault"
        from collections_desktop.services.demo import fill_demo
        from collections_desktop.services.workspace import create_workspace, open_workspace, vault_exists

        if not vault_exists(data_dir):
            ws, _ = create_workspace(data_dir, PASSPHRASE)
            fill_demo(ws, accounts=args.accounts, seed=1, today=date(2026, 11, 26))
            ws.close()
        bare = statistics.median(run(BARE)[0] for _ in range(3))
        desk_runs = [run(DESK, str(data_dir), PASSPHRASE) for _ in range(3)]
        desk = statistics.median(r[0] for r in desk_runs)
        rss = max(r[1] for r in desk_runs)
        print(f"start to first painted page: desk {desk:.2f} s, bare QMainWindow {bare:.2f} s, "
              f"ratio {desk / bare:.1f}x (target <= 2.5x; includes unlocking the vault with Argon2id)")
        print(f"peak RSS of the desk process: {rss:.0f} MB (target <= 350 MB)")
        from collections_desktop.services import worklist

        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        worklist.ids_for(ws, "all")  # warm the page cache, as a running desk has
        timings = {}
        for label, view, search in (("search 'pena'", "all", "pena"), ("search account", "all", "10012345"),
                                    ("search 'mar'", "all", "mar"), ("view: holds", "holds", ""),
                                    ("view: insurance pending", "insurance_pending", ""), ("view: all", "all", "")):
            runs = []
            for _ in range(5):
                start = time.perf_counter()
                ids = worklist.ids_for(ws, view, search)
                worklist.rows_for(ws, ids[:40])
                runs.append(time.perf_counter() - start)
            timings[label] = statistics.median(runs) * 1000
        for label, ms in timings.items():
            print(f"{label} -> first page ready: median {ms:.1f} ms (target <= 50 ms)")
        start = time.perf_counter()
        ids = worklist.ids_for(ws, "today")
        worklist.rows_for(ws, ids[:40])
        print(f"view: Today (ranks all accounts with the compliance engine): {(time.perf_counter() - start) * 1000:.0f} ms")
        ws.close()


if __name__ == "__main__":
    main()
