"""What every window operation shares: the window, its list, the worker threads and the vault that is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from collections_desktop.services.errors import UserError
from collections_desktop.ui.ops.operation import Operation
from collections_desktop.ui.ops.runner import OpRunner

if TYPE_CHECKING:
    from collections_desktop.services.desk.accounts import AccountView
    from collections_desktop.services.workspace import Workspace
    from collections_desktop.ui.main_window import MainWindow
    from collections_desktop.ui.models.worklist_model import WorklistModel

T = TypeVar("T")


class DeskContext:
    """Handed to each operations class (as Vorta's operations hold their tab): one typed object, not a mixin.

    `workspace` is the open vault (None while locked) and `current_view` the account on screen; the controller
    sets both. `changed(number)` refreshes the panes an operation changed, `failed(error)` words an error."""

    def __init__(self, window: MainWindow, model: WorklistModel, runner: OpRunner, ranker: OpRunner,
                 changed: Callable[[str | None], None], failed: Callable[[UserError], None]) -> None:
        self.window = window
        self.model = model
        self.runner = runner
        self.ranker = ranker
        # The list's own reader: a search or a view switch never waits behind an account's load or a ranking.
        self.lister = OpRunner(window)
        self.changed = changed
        self.failed = failed
        self.workspace: Workspace | None = None
        self.current_view: AccountView | None = None
        self.clinic: dict[str, Any] = {}

    def op(self, work: Callable[[Workspace], T]) -> Operation[T]:
        """An operation on the open vault: `ctx.op(lambda ws: service(ws, …)).success(…).run()`."""
        return Operation(self, work)

    def reporting_op(self, work: Callable[[Workspace, Callable[[int], None]], T],
                     progress: Callable[[int], None]) -> Operation[T]:
        """An operation whose work reports how far it is (a count), shown by `progress` on the GUI thread."""
        return Operation(self, work).progress(progress)


class WindowOps:
    """Operations behind a window of their own, made when first opened and forgotten when the desk locks."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.window: Any = None

    def forget(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        self.window = None
