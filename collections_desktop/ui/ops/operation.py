"""One operation on the open vault: the service call on a worker, its result or worded error back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from collections_desktop.services.errors import UserError

if TYPE_CHECKING:
    from collections_desktop.ui.ops.context import DeskContext
    from collections_desktop.ui.ops.runner import OpRunner

T = TypeVar("T")

class Operation(Generic[T]):
    """Built and run as Anki's `CollectionOp(parent, op).success(...).failure(...).run_in_background()`.

    The work gets the workspace open when the operation starts. If the vault is locked (or another opened)
    before the answer comes, the answer is dropped: nothing of a closed vault reaches the window. Without
    `failure`, errors are worded in the status bar (or the unlock dialog); `refresh` asks the controller to
    show the changed account, the list and the totals again after a success."""

    def __init__(self, ctx: DeskContext, work: Callable[..., T]) -> None:
        self._ctx = ctx
        self._work = work
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[UserError], object] | None = None
        self._progress: Callable[[int], None] | None = None
        self._refresh = False
        self._refresh_number: str | None = None
        self._runner: OpRunner = ctx.runner

    def success(self, handler: Callable[[T], object]) -> Operation[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[UserError], object]) -> Operation[T]:
        self._failure = handler
        return self

    def progress(self, handler: Callable[[int], None]) -> Operation[T]:
        """The work is then called as `work(workspace, report)` and reports a count as it goes (made by
        `DeskContext.reporting_op`)."""
        self._progress = handler
        return self

    def refresh(self, number: str | None = None) -> Operation[T]:
        """After a success: the account `number` (default: the one on screen), the list and the totals again."""
        self._refresh, self._refresh_number = True, number
        return self

    def beside(self) -> Operation[T]:
        """Runs on the ranking thread, beside the desk's own calls (long reads that nothing waits on)."""
        self._runner = self._ctx.ranker
        return self

    def listing(self) -> Operation[T]:
        """Runs on the list's own thread: the ids of a view or a search, which the specialist waits on."""
        self._runner = self._ctx.lister
        return self

    def run(self) -> bool:
        """Starts the work; False (and nothing runs) while no vault is open."""
        ctx, workspace = self._ctx, self._ctx.workspace
        if workspace is None:
            return False

        def done(result: T) -> None:
            if ctx.workspace is not workspace:
                return
            if self._success is not None:
                self._success(result)
            if self._refresh:
                ctx.changed(self._refresh_number)

        def failed(error: UserError) -> None:
            if ctx.workspace is workspace:
                (self._failure or ctx.failed)(error)

        work: Any = self._work
        if self._progress is not None:
            self._runner.run_with_progress(lambda report: work(workspace, report), self._progress, done, failed)
        else:
            self._runner.run(lambda: work(workspace), done, failed)
        return True
