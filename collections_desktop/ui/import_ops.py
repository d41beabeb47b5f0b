"""File → Import: pick the practice system's files, show the dry run, apply it on the worker, refresh the desk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from collections_desktop.services import imports
from collections_desktop.services.errors import UserError
from collections_desktop.ui.dialogs.import_report import ImportDialog
from collections_desktop.ui.import_text import problem_text
from collections_desktop.ui.messages import error_text

FILE_TYPES = "*.csv *.txt *.835 *.edi *.x12 *.json *.ndjson"


def _error_text(error: UserError) -> str:
    """Import errors name the file; anything else is worded as the window words errors."""
    if "path" in error.params or error.code.startswith(("x12_", "fhir_", "csv_")):
        return problem_text(error.code, error.params)
    return error_text(error)


class ImportOps:
    """Mixed into the controller next to DeskOps and PlanOps."""

    import_dialog: ImportDialog | None = None

    def import_from_practice(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window, QCoreApplication.translate("ImportOps", "Import from the practice system"), "",
            QCoreApplication.translate("ImportOps", "Practice system exports (%1);;All files (*)")
            .replace("%1", FILE_TYPES))
        if not chosen:
            return
        files = [Path(name) for name in chosen]
        status = self.window.statusBar()
        status.showMessage(QCoreApplication.translate("ImportOps", "Reading %1 file(s)…").replace(
            "%1", str(len(files))))

        def failed(error: UserError) -> None:
            status.showMessage(_error_text(error), 10000)

        def preview(report: imports.ImportReport) -> None:
            status.clearMessage()
            dialog = ImportDialog(report, self.window)
            self.import_dialog = dialog

            def apply(skip_bad: bool) -> None:
                def applied(result: imports.ImportReport) -> None:
                    if not result.applied:
                        dialog.show_problem(QCoreApplication.translate(
                            "ImportOps", "Nothing was imported: the files changed since they were read, or "
                                         "have errors. Choose the files again."))
                        return
                    dialog.accept()
                    counts = result.counts
                    status.showMessage(QCoreApplication.translate(
                        "ImportOps", "Imported: %1 claims, %2 patient payments, %3 new accounts.")
                        .replace("%1", str(counts["claims"])).replace("%2", str(counts["payments"]))
                        .replace("%3", str(counts["accounts_created"])), 10000)
                    self.requery(self.window.worklist.current_view, self.window.worklist.search.text())
                    if self.current_view is not None:
                        self.open_account(self.current_view.number)

                self.runner.run(lambda: imports.import_files(workspace, files, skip_bad=skip_bad), applied,
                                lambda error: dialog.show_problem(_error_text(error)))

            dialog.apply_requested.connect(apply)
            dialog.open()

        self.runner.run(lambda: imports.import_files(workspace, files, dry_run=True), preview, failed)
