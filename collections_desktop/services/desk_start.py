"""Opening the desk early: unlocking and reading the first page start on a thread before the window loads.

The key derivation and SQLite release the interpreter lock, so the window is built alongside. Everything
the thread needs is imported before it starts: imports running on two threads at once can see each
other's half-initialised modules.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path


def begin(data_dir: Path, **secret: object) -> Future:
    """`first_page.unlock_first_page(data_dir, **secret)` on a thread of its own; its result or error in the future."""
    from collections_desktop.services.first_page import load_ahead, unlock_first_page

    load_ahead(use_keyring=bool(secret.get("use_keyring")))
    future: Future = Future()

    def work() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(unlock_first_page(data_dir, **secret))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            future.set_exception(exc)

    threading.Thread(target=work, name="desk-first-page", daemon=True).start()
    return future
