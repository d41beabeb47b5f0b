"""Opening the vault while the application loads: the key derivation starts before the rest is imported.

The passphrase's Argon2id derivation (a fifth of a second on one core, the interpreter lock released) needs
only the key file and the small Argon2 bindings, so it starts on its own thread first, on the cores the
window does not load on. The reading modules are imported on the calling thread meanwhile, and the thread
goes on to unlock and read Today's first page (see `first_page`) once they are in. Imports never run on both
threads at once: a module half-initialised by one thread can be seen by the other.
"""

from __future__ import annotations

import os
import threading

from collections_desktop.storage import kdf

# Not even pathlib or typing before the derivation starts: each would hold it back by milliseconds.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from concurrent.futures import Future
    from pathlib import Path
    from typing import Any

    from collections_desktop.services.vault.first_page import FirstPage

# The derivation's threads at start: every core but the one the window loads on (on two cores, two threads
# measured slower than one).
SPARE_CORES = max(1, (os.cpu_count() or 1) - 1)


def begin(data_dir: Path, **secret: Any) -> Future[FirstPage]:  # noqa: ANN401 - unlock_first_page's keywords
    """`first_page.unlock_first_page(data_dir, **secret)` on a thread of its own; its result or error in the
    future. With a passphrase, the derivation runs while this thread imports what reading needs."""
    imported = threading.Event()
    handed: dict[str, Future[FirstPage]] = {}  # the future, once this thread has imported the class

    def work() -> None:
        passphrase, ahead = secret.get("passphrase"), None
        try:
            if isinstance(passphrase, str):
                ahead = kdf.derive_ahead(os.path.join(data_dir, kdf.KEYS_NAME), passphrase, threads=SPARE_CORES)
        except Exception:  # noqa: BLE001 - unlocking below meets the same problem and reports it in the future
            ahead = None
        imported.wait()
        from collections_desktop.services.vault import first_page  # loaded by the other thread by now

        future = handed.get("future")
        if future is None or not future.set_running_or_notify_cancel():  # None: the imports failed
            return
        try:
            future.set_result(first_page.unlock_first_page(data_dir, ahead=ahead, **secret))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the future
            future.set_exception(exc)

    threading.Thread(target=work, name="desk-first-page", daemon=True).start()
    try:
        from concurrent.futures import Future

        from collections_desktop.services.vault import first_page

        first_page.load_ahead(use_keyring=bool(secret.get("use_keyring")))
        future: Future[FirstPage] = Future()
        handed["future"] = future
    finally:
        imported.set()  # whatever happened here, the thread must not wait for ever
    return future
