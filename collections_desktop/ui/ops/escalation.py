"""The escalation ladder from the Go menu: read off the GUI thread, shown, and the next step taken on request (a
letter step asks for the folder its PDF goes to)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say

LETTER_STEPS = ("statement_1", "statement_2", "final_notice")


class EscalationOps:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.dialog: Any = None
        self.taken: Any = None  # the last step taken, for a look after it

    def ladder(self) -> Any:  # noqa: ANN401 - the EscalationDialog, or None without an account on screen
        from collections_desktop.services.outreach import escalation
        from collections_desktop.ui.dialogs.escalation import EscalationDialog

        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = EscalationDialog(number, ctx.window)
        self.dialog = dialog

        def read() -> None:
            ctx.op(lambda ws: escalation.ladder(ws, number)).success(lambda found: dialog.show_ladder(found.position)) \
                .failure(lambda error: dialog.show_problem(error_text(error))).run()

        def take(step: str, note: str) -> None:
            folder = ""
            if step in LETTER_STEPS:
                folder = QFileDialog.getExistingDirectory(
                    dialog, QCoreApplication.translate("EscalationOps", "Folder for the letter"))
                if not folder:
                    return

            def done(taken) -> None:  # noqa: ANN001 - a StepTaken
                self.taken = taken
                ctx.window.statusBar().showMessage(say("escalation_taken", account=number,
                                                       step=say(f"step_{step}")), 8000)
                read()

            ctx.op(lambda ws: escalation.escalate(ws, number, step, note=note, out=Path(folder) if folder else None)) \
                .success(done).failure(lambda error: dialog.show_problem(error_text(error))).refresh().run()

        dialog.step_wanted.connect(take)
        read()
        dialog.open()
        return dialog
