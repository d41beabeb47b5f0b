"""Starting a throwaway PostgreSQL server for tests and for a developer: the binaries of the pgserver package, a
data folder of its own, a Unix socket in it, nothing on the network.

    .venv/bin/python -m tests.postgres start DIR   # prints the address to give --database
    .venv/bin/python -m tests.postgres stop DIR
"""

from __future__ import annotations

import sys
from pathlib import Path


def start_server(folder: Path, *, keep: bool = False):  # noqa: ANN201 - pgserver's server object
    """Starts (or reuses) the server whose data lives in `folder`; returns it and its address for psycopg. A kept
    server runs on after this process ends."""
    import pgserver

    server = pgserver.get_server(folder, cleanup_mode=None if keep else "stop")
    return server, server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        print(start_server(folder, keep=True)[1])
    else:
        start_server(folder)[0].cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
