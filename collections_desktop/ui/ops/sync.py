"""File → Import and Export: files exchanged with the practice system and partners, read and written on the worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog

from collections_desktop.services.errors import UserError
from collections_desktop.services.exports import exports
from collections_desktop.services.imports import imports
from collections_desktop.ui.dialogs.export import ExportDialog
from collections_desktop.ui.dialogs.import_report import ImportDialog
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say, sentence

FILE_TYPES = "*.csv *.txt *.835 *.edi *.x12 *.json *.ndjson"



class SyncOps:
    """File → Import previews the files (a dry run), then applies them as read; File → Export writes one kind."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def forget(self) -> None:
        self.import_dialog = self.export_dialog = None  # the dialogs themselves are rejected with every other

    def import_from_practice(self) -> None:
        ctx = self.ctx
        if ctx.workspace is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            ctx.window, QCoreApplication.translate("SyncOps", "Import from the practice system"), "",
            QCoreApplication.translate("SyncOps", "Practice system exports (%1);;All files (*)")
            .replace("%1", FILE_TYPES))
        if not chosen:
            return
        files = [Path(name) for name in chosen]
        status = ctx.window.statusBar()
        status.showMessage(sentence(say("import_reading_files", count=len(files))))

        def failed(error: UserError) -> None:
            status.showMessage(error_text(error), 10000)

        def preview(report: imports.ImportReport) -> None:
            status.clearMessage()
            dialog = ImportDialog(report, ctx.window)
            self.import_dialog = dialog
            expected = report.file_sha256  # the apply is refused if a file changes after this dry run

            def apply(skip_bad: bool) -> None:
                def applied(result: imports.ImportReport) -> None:
                    if not result.applied:
                        dialog.show_problem(QCoreApplication.translate(
                            "SyncOps", "Nothing was imported: the files changed since they were read, or "
                                         "have errors. Choose the files again."))
                        return
                    dialog.accept()
                    counts = result.counts
                    status.showMessage(QCoreApplication.translate(
                        "SyncOps", "Imported: %1 claims, %2 patient payments, %3 new accounts.")
                        .replace("%1", str(counts["claims"])).replace("%2", str(counts["payments"]))
                        .replace("%3", str(counts["accounts_created"])), 10000)

                ctx.reporting_op(lambda ws, report: imports.import_files(ws, files, skip_bad=skip_bad, progress=report,
                                                                         expected_sha256=expected),
                                 dialog.show_progress).success(applied) \
                    .failure(lambda error: dialog.show_problem(error_text(error))).refresh().run()

            dialog.apply_requested.connect(apply)
            dialog.open()

        def reading(done: int) -> None:
            status.showMessage(QCoreApplication.translate("SyncOps", "Checking the files: %1 records read…")
                               .replace("%1", QLocale().toString(done)))

        ctx.reporting_op(lambda ws, report: imports.import_files(ws, files, dry_run=True, progress=report), reading) \
            .success(preview).failure(failed).run()

    def export_for_practice(self) -> ExportDialog | None:
        ctx = self.ctx
        if ctx.workspace is None:
            return None
        dialog = ExportDialog(ctx.window)
        self.export_dialog = dialog

        def export(kind: str, since: date | None) -> None:
            suggested = f"{kind}-{date.today().isoformat()}.csv"
            chosen, _filter = QFileDialog.getSaveFileName(
                dialog, QCoreApplication.translate("SyncOps", "Save the export as"), suggested,
                QCoreApplication.translate("SyncOps", "CSV files (*.csv)"))
            if not chosen:
                return
            out = Path(chosen)

            def written(result: exports.ExportResult) -> None:
                dialog.accept()
                ctx.window.statusBar().showMessage(say("export_written", rows=result.rows, path=str(result.path)),
                                                   10000)

            ctx.op(lambda ws: exports.export(ws, kind, out, since=since)).success(written) \
                .failure(lambda error: dialog.show_problem(error_text(error))).run()

        dialog.export_requested.connect(export)
        dialog.open()
        return dialog
