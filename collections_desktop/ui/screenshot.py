"""Renders the real main window offscreen to a PNG, for documentation, checks and the packaged-build smoke test."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from collections_desktop.services.desk import accounts, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach import contacts, review
from collections_desktop.services.plans import plan_policy, plan_views
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.controller import DeskController
from collections_desktop.ui.launch import make_app


def render(out: Path, *, data_dir: Path, workspace: Workspace | None, lang: str = "en",
           size: QSize | None = None, account: str | None = None, dialog: str | None = None) -> Path:
    """Writes the window as the specialist would see it; locked when no workspace is given.

    `dialog` ("plan", "preferences", "hold" or "handoff-answer") shows that dialog over the account instead of
    the window."""
    app = make_app()
    controller = DeskController(app, data_dir, lang)
    window = controller.window
    window.resize(size or QSize(1280, 800))
    if workspace is not None:
        controller.ctx.workspace = workspace
        summary = accounts.vault_summary(workspace)
        window.show_unlocked((summary.accounts, summary.accounts_due, summary.patient_due_cents),
                             workspace.is_demo)
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
    try:
        window.show()
        app.processEvents()
        shown = _dialog(controller, workspace, dialog) if dialog and workspace is not None else window
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
    return out


def _thread_dialog(controller: DeskController, name: str) -> QWidget:
    """The hold dialog on its last step for the account's first hold, or the answer to its first hand-off."""
    view = controller.current_view
    assert view is not None  # noqa: S101 - the caller checked
    if name == "hold":
        kind = next(iter(view.hold_details), "")
        hold = controller.threads.holds(kind)
        assert hold is not None  # noqa: S101
        if kind:
            hold.action.setCurrentIndex(hold.action.findData("release"))
        hold.show()
        return hold
    claim = view.handoffs[0].claim if view.handoffs else view.encounters[0].claim
    answer = controller.threads.answer(claim)
    assert answer is not None  # noqa: S101
    answer.answer.setCurrentIndex(answer.answer.findData("adjusted"))
    answer.show()
    return answer


def _dialog(controller: DeskController, workspace: Workspace, name: str) -> QWidget:
    """Opens a dialog with its data loaded in this thread, as the worker would have loaded it."""
    from collections_desktop.services.plans import plan_policy, plans
    from collections_desktop.ui.dialogs.plan import PlanDialog
    from collections_desktop.ui.dialogs.preferences import PreferencesDialog

    view = controller.current_view
    if name in ("hold", "handoff-answer") and view is not None:
        return _thread_dialog(controller, name)
    if name == "preferences" or view is None:
        preferences = PreferencesDialog(plan_policy.policy_values(workspace),
                                        plan_policy.current_policy(workspace).version, parent=controller.window)
        preferences.show()
        return preferences
    else:
        from collections_desktop.domain.money import format_display

        shown = PlanDialog(view.number, format_display(view.patient_due_cents), controller.window)
        shown.resize(980, 720)
        from collections_desktop.domain.plans.lifecycle import OPEN
        from collections_desktop.services.plans.plan_views import account_plans
        from collections_desktop.ui.words.plan_text import plan_text

        current = account_plans(workspace, view.number).current
        if current is not None and current.status in OPEN:
            shown.show_current(current.status, f"{current.version}: {plan_text(current.status)}")
        try:
            shown.show_quote(list(plans.quote_plan(workspace, view.number, plans.PlanRequest(**shown.terms())).options))
        except UserError as error:
            from collections_desktop.ui.words.messages import error_text

            shown.show_problem(error_text(error))
    shown.show()
    return shown
