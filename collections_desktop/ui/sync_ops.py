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
from collections_desktop.ui.import_text import is_file_problem, problem_text
from collections_desktop.ui.messages import error_text

FILE_TYPES = "*.csv *.txt *.835 *.edi *.x12 *.json *.ndjson"


def _error_text(error: UserError) -> str:
    """Problems with the files name them; anything else is worded as the window words errors."""
    if is_file_problem(error.code):
        return problem_text(error.code, error.params)
    return error_text(error)


class SyncOps:
    """Mixed into the controller next to DeskOps and PlanOps."""

    import_dialog: ImportDialog | None = None
    export_dialog: ExportDialog | None = None

    def import_from_practice(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("SyncOps", "Import from the practice system"), "",
            QCoreApplication.translate("SyncOps", "Practice system exports (%1);;All files (*)")
            .replace("%1", FILE_TYPES))
        if not chosen:
            return
        files = [Path(name) for name in chosen]
        status = self.window.statusBar()
        status.showMessage(QCoreApplication.translate("SyncOps", "Reading %1 file(s)…").replace(
            "%1", str(len(files))))

        def failed(error: UserError) -> None:
            status.showMessage(_error_text(error), 10000)

        def preview(report: imports.ImportReport) -> None:
            status.clearMessage()
            dialog = ImportDialog(report, self.window)
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
                    self.desk_changed()

                self.runner.run_with_progress(
                    lambda report: imports.import_files(workspace, files, skip_bad=skip_bad, progress=report,
                                                        expected_sha256=expected),
                    lambda done: dialog.show_progress(done), applied,
                    lambda error: dialog.show_problem(_error_text(error)))

            dialog.apply_requested.connect(apply)
            dialog.open()

        def reading(done: int) -> None:
            status.showMessage(QCoreApplication.translate("SyncOps", "Checking the files: %1 records read…")
                               .replace("%1", QLocale().toString(done)))

        self.runner.run_with_progress(
            lambda report: imports.import_files(workspace, files, dry_run=True, progress=report),
            reading, preview, failed)

    def export_for_practice(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        dialog = ExportDialog(self.window)
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
                self.window.statusBar().showMessage(QCoreApplication.translate(
                    "SyncOps", "Exported %1 rows to %2.").replace("%1", str(result.rows))
                    .replace("%2", str(result.path)), 10000)

            self.runner.run(lambda: exports.export(workspace, kind, out, since=since), written,
                            lambda error: dialog.show_problem(_error_text(error)))

        dialog.export_requested.connect(export)
        dialog.open()
