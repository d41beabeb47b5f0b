"""Every dialog of the desk opened over an account with its data loaded, for screenshots and the fit checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from collections_desktop.ui.controller import DeskController
    from collections_desktop.ui.dialogs.preferences import PreferencesDialog

# The names `collections-desktop screenshot --dialog` takes (the command line lists the same).
DIALOGS = ("payment", "contact", "note", "hold", "handoff", "handoff-answer", "plan", "preferences",
           "preferences-ladder", "import",
           "export", "first-run", "recovery-key", "reports", "reports-aging", "message",
           "screening", "escalation", "sign-in")
# A made-up key in the recovery key's shape, so a picture of the dialog shows no real one.
SAMPLE_RECOVERY_KEY = "-".join(["ABCD"] * 13)


def settle(controller: DeskController) -> None:
    """Lets the dialog's own questions to the vault (a compliance decision, a quote) come back."""
    for _ in range(3):
        controller.runner.wait()
        QApplication.processEvents()


def open_dialog(controller: DeskController, workspace: Workspace, name: str) -> QWidget:
    """Opens dialog `name` for the account on screen as the specialist would, and returns it shown."""
    shown: QWidget | None
    opener = {"payment": controller.desk.record_payment, "contact": controller.desk.log_contact,
              "note": controller.desk.write_note, "export": controller.files.export_for_practice,
              "reports": controller.reports.reports, "message": controller.letters.write_message,
              "escalation": controller.escalation.ladder}.get(name)
    if opener is not None:
        shown = opener()
    elif name in ("hold", "handoff", "handoff-answer"):
        shown = _thread_dialog(controller, name)
    elif name == "plan":
        shown = _plan_dialog(controller, workspace)
    elif name == "reports-aging":  # the Reports window on its second chart: balances by age, month by month
        reports = controller.reports.reports()
        settle(controller)
        reports.charts.setCurrentIndex(2)
        shown = reports
    elif name in ("preferences", "preferences-ladder"):  # the second: on its Escalation and assistance tab
        shown = _preferences(controller, workspace)
        shown.tabs.setCurrentIndex(2 if name == "preferences-ladder" else 0)
    elif name == "screening":  # a household of three living on $2,450 a month, as a patient would say it
        screening = controller.assistance.screen()
        if screening is not None:
            settle(controller)
            screening.household.setValue(3)
            screening.period.setCurrentIndex(screening.period.findData("monthly"))
            screening.income.setText("2450.00")
        shown = screening
    else:
        shown = _standalone(controller, name)
    if shown is None:
        raise ValueError(f"no account on screen for the {name} dialog")
    shown.show()
    settle(controller)
    return shown


def _thread_dialog(controller: DeskController, name: str) -> QWidget | None:
    """The hold dialog on its last step for the account's first hold, a hand-off, or the answer to one."""
    view = controller.current_view
    if view is None:
        return None
    if name == "hold":
        kind = next(iter(view.hold_details), "")
        hold = controller.threads.holds(kind)
        if hold is not None and kind:
            hold.action.setCurrentIndex(hold.action.findData("release"))
        return hold
    if name == "handoff":
        return controller.threads.hand_off(view.encounters[0].claim if view.encounters else "")
    claim = view.handoffs[0].claim if view.handoffs else view.encounters[0].claim
    answer = controller.threads.answer(claim)
    if answer is not None:
        answer.answer.setCurrentIndex(answer.answer.findData("adjusted"))
    return answer


def _preferences(controller: DeskController, workspace: Workspace) -> PreferencesDialog:
    from collections_desktop.services.plans import plan_policy
    from collections_desktop.ui.dialogs.preferences import PreferencesDialog

    return PreferencesDialog(plan_policy.policy_values(workspace), plan_policy.current_policy(workspace).version,
                             parent=controller.window)


def _plan_dialog(controller: DeskController, workspace: Workspace) -> QWidget | None:
    """The plan dialog with its quote read in this thread, as the worker would have read it."""
    from collections_desktop.domain.money import format_display
    from collections_desktop.domain.plans.lifecycle import OPEN
    from collections_desktop.services.plans import plans
    from collections_desktop.services.plans.plan_views import account_plans
    from collections_desktop.ui.dialogs.plan import PlanDialog
    from collections_desktop.ui.ops.plans import open_plan_summary
    from collections_desktop.ui.words.messages import error_text

    view = controller.current_view
    if view is None:
        return None
    shown = PlanDialog(view.number, format_display(view.patient_due_cents), controller.window)
    current = account_plans(workspace, view.number).current
    if current is not None and current.status in OPEN:
        shown.show_current(current.status, open_plan_summary(current.version, current.status,
                                                             current.balance_cents))
    try:
        shown.show_quote(list(plans.quote_plan(workspace, view.number, plans.PlanRequest(**shown.terms())).options))
    except UserError as error:
        shown.show_problem(error_text(error))
    return shown


def _standalone(controller: DeskController, name: str) -> QWidget:
    """The dialogs that need no account: the import preview (of a made-up file), first run, the recovery key,
    signing in to a team server."""
    if name == "first-run":
        from collections_desktop.ui.dialogs.first_run import FirstRunDialog

        return FirstRunDialog(controller.window)
    if name == "recovery-key":
        from collections_desktop.ui.dialogs.recovery_key import RecoveryKeyDialog

        return RecoveryKeyDialog(SAMPLE_RECOVERY_KEY, controller.window)
    if name == "sign-in":  # team mode's first question, with a wrong password answered
        from collections_desktop.ui.dialogs.sign_in import SignInDialog
        from collections_desktop.ui.words.messages import error_text

        dialog = SignInDialog("db.clinic.example/collections", controller.window)
        dialog.name.setText("Ana López")
        dialog.show_error(error_text(UserError("team_sign_in_failed")))
        return dialog
    if name != "import":
        raise ValueError(f"unknown dialog {name}; one of: {', '.join(DIALOGS)}")
    from collections_desktop.services.imports.imports import AccountChange, ImportProblem, ImportReport
    from collections_desktop.ui.dialogs.import_report import ImportDialog

    report = ImportReport(
        applied=False, dry_run=True, formats=["pm_csv"],
        counts={"accounts_created": 12, "accounts_updated": 340, "claims": 1210, "payments": 95, "unchanged": 61},
        problems=[ImportProblem("ledger.csv:118, Pmt Amt", "error", "bad_amount", {"field": "Pmt Amt"}),
                  ImportProblem("ledger.csv:204, DOS", "warning", "bad_date", {"field": "DOS"})],
        changes=[AccountChange("A100234", 12_050, 4_000, False, False), AccountChange("A100871", 0, 23_575, True,
                                                                                     False)],
        changes_total=2, denied=["C0000012-1"])
    return ImportDialog(report, controller.window)
