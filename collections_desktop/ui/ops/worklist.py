"""The worklist's reads: which accounts a view and a search show, ranked off the GUI thread, and their rows."""

from __future__ import annotations

from collections_desktop.services.desk import worklist
from collections_desktop.services.desk.desk_rows import DeskRow
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.ops.context import DeskContext


class WorklistOps:
    """Fills the list model; a newer query (a keystroke, another view) drops the answers of older ones."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.serial = 0

    def load_rows(self, ids: list[int]) -> list[DeskRow]:
        # A page is a few indexed reads (~10 ms); the view asks for it while painting.
        workspace = self.ctx.workspace
        return worklist.rows_for(workspace, ids) if workspace is not None else []

    def more_of_all(self, offset: int, count: int) -> list[int]:
        # Like a page, a few indexed reads (~1 ms) asked for while painting.
        workspace = self.ctx.workspace
        return worklist.all_accounts_slice(workspace, offset, count) if workspace is not None else []

    def requery(self, view: str, search: str, stay: bool = False) -> None:
        """Reads the view's ids again; with `stay` (after a change to the account on screen) that account stays
        on screen even if it has left the view."""
        ctx = self.ctx
        ctx.model.team_first = view == "with_billing"
        self.serial += 1
        serial = self.serial

        def show(ids: list[int] | None) -> None:  # None: a ranking dropped before it started
            if ids is not None and serial == self.serial:
                ctx.model.set_ids(ids, keep=ctx.window.worklist.selected_id(), stay=stay)

        if view == "today":
            # Largest balances first at once; the ranked order (which asks the compliance engine about
            # every account) replaces it a moment later, keeping the account on screen selected.
            ctx.op(lambda ws: worklist.ids_for(ws, view, search, rank=False)).success(show).listing().run()

            def rank(ws: Workspace) -> list[int] | None:
                # A ranking asked for by an earlier keystroke is dropped before it starts.
                return worklist.ids_for(ws, view, search) if serial == self.serial else None

            ctx.op(rank).success(show).beside().run()
            return
        if view == "all" and not search.strip():
            # The whole vault: only the rows around the account on screen (counted in the name index); the
            # ids of other places are read as the view reaches them, a few pages at a time.
            keep = ctx.window.worklist.selected_id()

            def window(part: worklist.ListWindow) -> None:
                if serial == self.serial:
                    ctx.model.set_ids(part.ids, keep=keep, total=part.total, offset=part.offset,
                                      more=self.more_of_all)

            ctx.op(lambda ws: worklist.all_accounts_window(ws, keep)).success(window).listing().run()
            return
        ctx.op(lambda ws: worklist.ids_for(ws, view, search)).success(show).listing().run()
