"""Letters for the accounts the worklist shows (the kind chosen, then the folder), written off the GUI thread with
progress, then told: how many written, which left out and why, and the file to print opened on request; and
the e-mail or portal message for the account on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collections_desktop.services.desk import worklist
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say

SHOWN_SKIPPED = 20
# The e-mail warnings the message dialog repeats under its preview (the others are in the account pane).
CAUTIONS = ("work_email_possible",)


class LetterOps:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.last: Any = None  # the last batch's result, for a look after it
        self.message_dialog: Any = None
        self.handed: list = []  # the files each hand-over wrote, for a look after it
        self.done_box: Any = None

    def write_message(self) -> Any:  # noqa: ANN401 - the MessageDialog
        """The message dialog for the account on screen: a preview as each choice changes, then the hand-over."""
        from collections_desktop.services.outreach import messages
        from collections_desktop.ui.dialogs.message import MessageDialog

        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = MessageDialog(number, messages.SITUATIONS, ctx.window)
        self.message_dialog = dialog
        agent = str(QSettings().value("scripts/agent_name", "", str)) or QCoreApplication.translate(
            "LetterOps", "[your name: set it in Preferences]")

        def compose(situation: str, language: str, attach: bool):  # noqa: ANN202
            return lambda ws: messages.compose(ws, number, situation, lang=language or None, agent=agent,
                                               attach=("statement",) if attach else ())

        def preview(situation: str, language: str, attach: bool) -> None:
            def shown(made) -> None:  # noqa: ANN001 - a services.outreach.messages.Message
                dialog.show_preview(made.subject, made.body)
                dialog.show_problem("\n".join(say(code) for code in made.email_cautions if code in CAUTIONS))

            ctx.op(compose(situation, language, attach)).success(shown) \
                .failure(lambda error: dialog.show_problem(error_text(error))).run()

        def hand_over(channel: str, situation: str, language: str, attach: bool) -> None:
            if channel == "email":
                chosen, _filter = QFileDialog.getSaveFileName(
                    dialog, QCoreApplication.translate("LetterOps", "Save the e-mail draft as"),
                    f"message-{number}.eml", QCoreApplication.translate("LetterOps", "E-mail drafts (*.eml)"))
            else:
                chosen = QFileDialog.getExistingDirectory(
                    dialog, QCoreApplication.translate("LetterOps", "Folder to copy into the portal"))
            if not chosen:
                return
            make = compose(situation, language, attach)

            def work(ws):  # noqa: ANN001, ANN202 - on the runner's thread
                made = make(ws)
                if channel == "email":
                    return made, [messages.email_draft(ws, made, Path(chosen))]
                return made, messages.for_portal(ws, made, Path(chosen), record=False)

            def done(result: tuple) -> None:
                made, files = result
                self.handed = files
                dialog.accept()
                if channel == "email":
                    ctx.window.statusBar().showMessage(say("message_written", path=chosen), 15000)
                    return
                # A portal copy counts as sent when the specialist says it went out.
                asked = QMessageBox.question(ctx.window, QCoreApplication.translate("LetterOps", "Portal message"),
                                             say("portal_written", path=chosen) + "\n\n" + QCoreApplication.translate(
                                                 "LetterOps", "Did you send it in the patient portal?"))
                if asked == QMessageBox.StandardButton.Yes:
                    ctx.op(lambda ws: messages.portal_sent(ws, made)).success(
                        lambda _event: ctx.window.statusBar().showMessage(
                            QCoreApplication.translate("LetterOps", "Recorded as sent in the portal."), 10000)) \
                        .refresh().run()

            ctx.op(work).success(done).failure(lambda error: dialog.show_problem(error_text(error))).refresh().run()

        dialog.preview_wanted.connect(preview)
        dialog.hand_over.connect(hand_over)
        dialog.open()
        dialog.ask_preview()
        return dialog

    def choose_letters(self) -> Any:  # noqa: ANN401 - the LettersDialog, or None when there is nobody to write to
        """Which letter for the accounts listed (the dialog says what each does), then `prepare_letters`."""
        from collections_desktop.services.outreach.letters import kinds_offered
        from collections_desktop.ui.dialogs.letters import LettersDialog

        ctx = self.ctx
        if ctx.workspace is None:
            return None
        listed = ctx.model.rowCount()
        if not listed:
            ctx.window.statusBar().showMessage(
                QCoreApplication.translate("LetterOps", "The list is empty: nobody to write to."), 8000)
            return None
        dialog = LettersDialog(kinds_offered(ctx.workspace), listed, ctx.window)
        dialog.accepted.connect(lambda: self.prepare_letters(dialog.kind()))
        dialog.open()
        return dialog

    def prepare_letters(self, kind: str = "statement") -> bool:
        """Asks for the folder, then writes a letter of `kind` for each account listed off the GUI thread, with
        progress; False if not started."""
        ctx = self.ctx
        if ctx.workspace is None:
            return False
        bar = ctx.window.statusBar()
        listed = ctx.model.rowCount()
        if not listed:
            return False
        folder = QFileDialog.getExistingDirectory(
            ctx.window, QCoreApplication.translate("LetterOps", "Folder for the letters"))
        if not folder:
            return False
        pane = ctx.window.worklist
        ids = ctx.model.known_ids()
        view, search = pane.current_view, pane.search.text()
        # The list as shown (a report's accounts, a view read whole); a long view still being read is asked again.
        complete = pane.from_report.isVisible() or len(ids) == listed

        def work(workspace, report):  # noqa: ANN001, ANN202 - on the runner's thread
            from collections_desktop.services.outreach.letters import write_batch

            chosen = ids if complete else worklist.ids_for(workspace, view, search, rank=False)
            return write_batch(workspace, Path(folder), kind, ids=chosen, progress=report)

        going = QCoreApplication.translate("LetterOps", "Preparing letters: %1 of %2…")

        def progress(done: int) -> None:
            bar.showMessage(going.replace("%1", str(done)).replace("%2", str(listed)))

        ctx.reporting_op(work, progress).success(lambda batch: self._done(batch, folder)) \
            .failure(lambda error: bar.showMessage(error_text(error), 15000)).refresh().run()
        return True

    def _done(self, batch, folder: str) -> None:  # noqa: ANN001 - services.outreach.letters.Batch
        self.last = batch
        lines = [say("letters_written", count=len(batch.letters), path=folder) if batch.letters
                 else say("letters_none")]
        lines += [say("letter_skipped", account=s.account, reasons=", ".join(say(code) for code in s.reasons))
                  for s in batch.skipped[:SHOWN_SKIPPED]]
        more = len(batch.skipped) - SHOWN_SKIPPED
        if more > 0:
            lines.append(QCoreApplication.translate("LetterOps", "…and %1 more left out.").replace("%1", str(more)))
        self.ctx.window.statusBar().showMessage(lines[0], 15000)
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("LetterOps", "Letters"),
                          "\n".join(lines), QMessageBox.StandardButton.Ok, self.ctx.window)
        box.setObjectName("letters_done")
        if batch.print_files:
            # The system's PDF viewer prints them as laid out (the envelope's windows need 100 % scale).
            to_print = box.addButton(QCoreApplication.translate("LetterOps", "Open the file to &print"),
                                     QMessageBox.ButtonRole.ActionRole)
            to_print.setObjectName("open_print_file")
            to_print.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(batch.print_files[0]))))
        self.done_box = box
        box.open()
