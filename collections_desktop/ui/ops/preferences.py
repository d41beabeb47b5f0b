"""Preferences: the clinic's plan policy edited, imported and exported as TOML, and the agent's name for scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from collections_desktop.services.desk import files_out
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import plan_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text


class PreferencesOps:
    """Saving validates and stores a new policy version; the dialog stays open with the problem otherwise."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.preferences_dialog: QDialog | None = None

    def forget(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.reject()
        self.preferences_dialog = None

    def preferences(self) -> None:
        ctx = self.ctx

        def load(ws: Workspace) -> tuple[dict[Any, Any], int]:
            return plan_policy.policy_values(ws), plan_policy.current_policy(ws).version

        def show(loaded: tuple[dict[Any, Any], int]) -> None:
            from collections_desktop.ui.dialogs.preferences import PreferencesDialog

            values, version = loaded
            settings = QSettings()
            dialog = PreferencesDialog(values, version, str(settings.value("scripts/agent_name", "", str)), ctx.window)
            self.preferences_dialog = dialog

            def problem(error: UserError) -> None:
                dialog.show_problem(error_text(error))

            def saved(_policy: object) -> None:
                dialog.accept()
                ctx.op(plan_policy.clinic_name).success(ctx.window.set_vault_name).run()

            def save(changes: dict[Any, Any]) -> None:
                settings.setValue("scripts/agent_name", dialog.agent.text().strip())
                ctx.op(lambda ws: plan_policy.edit_policy(ws, changes)).success(saved) \
                    .failure(problem).run()

            def import_file() -> None:
                path, _f = QFileDialog.getOpenFileName(dialog, QCoreApplication.translate("PlanOps", "Import policy"),
                                                       "", "TOML (*.toml)")
                if path:
                    ctx.op(lambda ws: plan_policy.import_policy(ws, Path(path))) \
                        .success(saved).failure(problem).run()

            def export_file() -> None:
                path, _f = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("PlanOps", "Export policy"),
                                                       "plan_policy.toml", "TOML (*.toml)")
                if path:
                    ctx.op(lambda ws: files_out.save_policy(ws, Path(path))).failure(problem).run()

            dialog.save_requested.connect(save)
            dialog.import_requested.connect(import_file)
            dialog.export_requested.connect(export_file)
            dialog.open()

        ctx.op(load).success(show).run()
