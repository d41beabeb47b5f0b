"""Renders the real main window offscreen to a PNG, for documentation, checks and the packaged-build smoke test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from collections_desktop.services import accounts, contacts, review, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.app import DeskController, make_app


def render(out: Path, *, data_dir: Path, workspace: Workspace | None, lang: str = "en",
           size: QSize | None = None, account: str | None = None) -> Path:
    """Writes the window as the specialist would see it; locked when no workspace is given."""
    app = make_app()
    controller = DeskController(app, data_dir, lang)
    window = controller.window
    window.resize(size or QSize(1280, 800))
    if workspace is not None:
        controller.workspace = workspace
        summary = accounts.vault_summary(workspace)
        window.show_unlocked((summary.accounts, summary.accounts_due, summary.patient_due_cents),
                             workspace.is_demo)
        ids = worklist.ids_for(workspace, "all" if account else "today", account or "")
        controller.model.set_ids(ids)
        number = account or controller.model.account_number(0)
        if number:
            view = accounts.get_account(workspace, number)
            controller.current_view = view
            try:
                points = contacts.contact_points_now(workspace, number)
            except UserError:
                points = []
            window.account.show_account(view, review.accuracy_review(workspace, number), points)
            try:
                window.scripts.show_decision(contacts.can_contact(workspace, number, "phone").decision)
            except UserError:
                pass
            window.scripts.set_patient_language(view.guarantor.preferred_language)
            controller.show_script(*controller.script_choice())
    try:
        window.show()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
    finally:
        window.close()
        window.deleteLater()
        # Leave the application's translators as they were (the process may go on, as in tests).
        controller.languages.switch("en", remember=False)
        controller.deleteLater()
    return out
