"""Who has a vault open: every open vault holds a shared lock on `vault.lock`; replacing it (restore) needs the
lock alone, so it never pulls a vault from under a window or command still writing to it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX advisory locks; where there are none (Windows), the checks below are skipped
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "vault.lock"


class VaultInUseError(Exception):
    """Another process has the vault open; `pid` is the last one that opened it, when known."""

    def __init__(self, pid: str) -> None:
        super().__init__(pid)
        self.pid = pid


def _open(data_dir: Path) -> int:
    return os.open(Path(data_dir) / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)


def hold_shared(data_dir: Path) -> int | None:
    """A shared lock held until `release`; the holder's process id is written down for a refusal to name."""
    if fcntl is None:
        return None
    fd = _open(data_dir)
    fcntl.flock(fd, fcntl.LOCK_SH)
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)  # closing the descriptor lets the lock go


@contextlib.contextmanager
def alone(data_dir: Path) -> Iterator[None]:
    """The vault to itself, or VaultInUseError at once (naming the process that has it open)."""
    if fcntl is None or not Path(data_dir).is_dir():
        yield
        return
    fd = _open(data_dir)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            raise VaultInUseError(holder) from None
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def upgraded(fd: int | None, data_dir: Path) -> Iterator[None]:
    """This process's shared lock made exclusive for a while (a rekey), or VaultInUseError at once."""
    if fcntl is None or fd is None:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        with contextlib.suppress(OSError):
            holder = Path(data_dir, LOCK_NAME).read_text(errors="replace").strip()
        raise VaultInUseError(holder if holder and holder != str(os.getpid()) else "?") from None
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_SH)
