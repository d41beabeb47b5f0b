"""Opens the supervisor's Team window on a team server and does its reads and assignments off the GUI thread."""

from __future__ import annotations

from typing import Any

from collections_desktop.services.errors import UserError
from collections_desktop.ui.ops.context import WindowOps
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say


class TeamOps(WindowOps):
    """The window is made once per sign-in and forgotten at lock."""

    def team(self) -> Any:  # noqa: ANN401 - the TeamWindow
        ctx = self.ctx
        if ctx.workspace is None or getattr(ctx.workspace, "role", "") != "supervisor":
            return None
        if self.window is None:
            from collections_desktop.ui.dialogs.team import TeamWindow

            self.window = window = TeamWindow(ctx.window)
            window.period_chosen.connect(self._report)
            window.assign_wanted.connect(self._assign)
            window.move_wanted.connect(self._move)
            self._people()
            window.ask_report()
        self.window.show()
        self.window.raise_()
        return self.window

    def _failed(self, error: UserError) -> None:
        if self.window is not None:
            self.window.show_message(error_text(error))

    def _people(self) -> None:
        from collections_desktop.services.team.assignments import team_people

        self.ctx.op(team_people).success(lambda names: self.window and self.window.show_people(names)) \
            .failure(self._failed).run()

    def _report(self, grain: str) -> None:
        from collections_desktop.services.team.team_report import team_report_for

        self.ctx.op(lambda ws: team_report_for(ws, grain)).success(
            lambda report: self.window and self.window.show_report(report)).failure(self._failed).run()

    def _assign(self, numbers: list[str], to: str) -> None:
        from collections_desktop.services.team.assignments import assign_accounts

        self.ctx.op(lambda ws: assign_accounts(ws, numbers, to or None)).success(self._assigned) \
            .failure(self._failed).run()

    def _move(self, holder: str, to: str) -> None:
        from collections_desktop.services.team.assignments import move_accounts

        self.ctx.op(lambda ws: move_accounts(ws, holder, to or None)).success(self._assigned) \
            .failure(self._failed).run()

    def _assigned(self, done: Any) -> None:  # noqa: ANN401 - services.team.assignments.Assigned
        if self.window is None:
            return
        self.window.show_message(say("team_assigned", accounts=done.accounts, name=done.to)
                                 if done.to else say("team_unassigned", accounts=done.accounts))
        self.window.ask_report()
        self.ctx.changed(None)
