"""Renders the real main window offscreen to a PNG, for documentation, checks and the packaged-build smoke test."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from collections_desktop.services.desk import accounts, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach import contacts, review
from collections_desktop.services.plans import plan_policy, plan_views
from collections_desktop.services.vault import vault_access
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.controller import DeskController
from collections_desktop.ui.gallery import open_dialog
from collections_desktop.ui.launch import make_app


def render(out: Path, *, data_dir: Path, workspace: Workspace | None, lang: str = "en",
           size: QSize | None = None, account: str | None = None, dialog: str | None = None,
           dark: bool = False) -> Path:
    """Writes the window as the specialist would see it; locked when no workspace is given.

    `dialog` (one of `gallery.DIALOGS`) shows that dialog over the account instead of the window; `dark`
    paints with a dark palette, as on a system set to dark mode."""
    app = make_app()
    before = (app.style().name(), app.palette())
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    controller = DeskController(app, data_dir, lang)
    window = controller.window
    window.resize(size or QSize(1280, 800))
    if workspace is not None:
        show_vault(controller, workspace, account)
    try:
        window.show()
        app.processEvents()
        shown: QWidget = window
        if dialog and workspace is not None:
            shown = open_dialog(controller, workspace, dialog)
        elif workspace is None and vault_access.vault_exists(data_dir):
            window.lock_panel.prepare(vault_access.vault_location(data_dir), vault_access.keyring_available(),
                                      vault_access.plaintext_keyring())
        app.processEvents()
        out.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not shown.grab().save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        out.chmod(0o600)  # a picture of an account is patient data
    finally:
        # Work the window started (a plan's quotes, the agreement preview) finishes before its receivers go.
        controller.runner.wait()
        controller.ranker.wait()
        controller.ctx.lister.wait()
        window.close()
        window.deleteLater()
        # Leave the application's translators as they were (the process may go on, as in tests).
        controller.languages.switch("en", remember=False)
        controller.deleteLater()
        if dark:
            app.setStyle(before[0])
            app.setPalette(before[1])
    return out


def dark_palette() -> QPalette:
    """A dark palette like a system's dark mode, for looking at the window as a dark-mode user sees it."""
    palette = QPalette()
    colours = {QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
               QPalette.ColorRole.Base: "#171717", QPalette.ColorRole.AlternateBase: "#2a2b2e",
               QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
               QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fb4",
               QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d2e31",
               QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.Link: "#8ab4f8",
               QPalette.ColorRole.PlaceholderText: "#9aa0a6"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def show_vault(controller: DeskController, workspace: Workspace, account: str | None = None) -> None:
    """The desk over `workspace` with `account` (or Today's first) open, read in this thread, not on workers."""
    window = controller.window
    controller.ctx.workspace = workspace
    summary = accounts.vault_summary(workspace)
    window.show_unlocked((summary.accounts, summary.accounts_due, summary.patient_due_cents),
                         workspace.is_demo)
    window.set_vault_name(plan_policy.clinic_name(workspace))
    ids = worklist.ids_for(workspace, "all" if account else "today", account or "")
    controller.model.set_ids(ids)
    number = account or controller.model.account_number(0)
    if number:
        view = accounts.get_account(workspace, number, seen_in="screenshot")
        controller.ctx.current_view = view
        controller.ctx.clinic = plan_policy.current_policy(workspace).clinic
        try:
            points = contacts.contact_points_now(workspace, number)
        except UserError:
            points = []
        from collections_desktop.services.desk.timeline import account_timeline

        window.account.show_account(view, review.accuracy_review(workspace, number), points,
                                    plan_views.account_plans(workspace, number),
                                    account_timeline(workspace, number, limit=30, seen_in=None))
        with contextlib.suppress(UserError):
            window.scripts.show_decision(contacts.can_contact(workspace, number, "phone").decision)
        window.scripts.set_patient_language(view.guarantor.preferred_language)
        controller.desk.show_script(*controller.desk.script_choice())
