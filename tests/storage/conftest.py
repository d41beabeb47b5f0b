"""Fixtures of the storage tests: a small disk that fills up."""

from __future__ import annotations

import pytest


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs, where this machine lets the tests mount one (as root); skipped otherwise."""
    import os
    import subprocess

    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root: the full-disk case is tried where CI runs as root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk) -> None:
    """Writes zeros until the disk is full; unbuffered, so nothing is left to flush (and fail) on close."""
    with (disk / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
