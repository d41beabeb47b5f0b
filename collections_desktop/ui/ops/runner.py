"""Runs one service call off the GUI thread and hands its result or coded error back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from collections_desktop.services.errors import UserError


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], reports_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.reports_progress = reports_progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progressed.emit) if self.reports_progress else self.fn()
        except UserError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown as a coded internal error, never a traceback
            self.signals.failed.emit(UserError("internal_error", kind=type(exc).__name__))
        else:
            self.signals.finished.emit(result)


class OpRunner(QObject):
    """One database worker thread: service calls run in order, like Anki's collection task manager."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[UserError], None]) -> None:
        self._start(_Job(fn), on_done, on_error)

    def run_with_progress(self, fn: Callable[[Callable[[int], None]], Any], on_progress: Callable[[int], None],
                          on_done: Callable[[Any], None], on_error: Callable[[UserError], None]) -> None:
        """Like `run`; `fn` gets a callable to report how far it is (a count), shown on the GUI thread."""
        job = _Job(fn, reports_progress=True)
        job.signals.progressed.connect(on_progress)
        self._start(job, on_done, on_error)

    def _start(self, job: _Job, on_done: Callable[[Any], None], on_error: Callable[[UserError], None]) -> None:
        job.setAutoDelete(False)
        self._jobs.add(job)

        def done(result: object) -> None:
            self._jobs.discard(job)
            on_done(result)

        def failed(error: UserError) -> None:
            self._jobs.discard(job)
            on_error(error)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
