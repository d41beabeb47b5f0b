"""Application bootstrap and the lock/unlock flow around the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog

from collections_desktop.services import workspace as ws
from collections_desktop.services.demo import demo
from collections_desktop.services.desk import accounts
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import plan_policy, plan_tracking
from collections_desktop.services.vault import first_page, vault_access, vault_ops
from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.dialogs.first_run import FirstRunDialog
from collections_desktop.ui.dialogs.recovery_key import RecoveryKeyDialog
from collections_desktop.ui.i18n import LanguageManager
from collections_desktop.ui.idle import IdleWatcher
from collections_desktop.ui.launch import show_first_page
from collections_desktop.ui.main_window import MainWindow
from collections_desktop.ui.models.worklist_model import WorklistModel
from collections_desktop.ui.ops.assistance import AssistanceOps
from collections_desktop.ui.ops.claims import ClaimOps
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.ops.desk import AccountOps
from collections_desktop.ui.ops.escalation import EscalationOps
from collections_desktop.ui.ops.letters import LetterOps
from collections_desktop.ui.ops.plans import PlanOps
from collections_desktop.ui.ops.preferences import PreferencesOps
from collections_desktop.ui.ops.reports import ReportOps
from collections_desktop.ui.ops.runner import OpRunner
from collections_desktop.ui.ops.sync import SyncOps
from collections_desktop.ui.ops.team import TeamOps
from collections_desktop.ui.ops.threads import ThreadOps
from collections_desktop.ui.ops.worklist import WorklistOps
from collections_desktop.ui.panes.lock import UnlockPanel
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say, sentence

if TYPE_CHECKING:
    from collections_desktop.ui.launch import DeskShell

DEMO_SUBDIR = "demo"
DEMO_ACCOUNTS = 300


def demo_dir(data_dir: Path) -> Path:
    """Demo data lives in its own vault, never beside real patients."""
    return data_dir / DEMO_SUBDIR


def _open_or_create_demo(data_dir: Path) -> ws.Workspace:
    target = demo_dir(data_dir)
    if vault_access.vault_exists(target):
        return ws.open_workspace(target)
    workspace, _recovery = ws.create_workspace(target, None, demo=True)
    demo.fill_demo(workspace, accounts=DEMO_ACCOUNTS, seed=7)
    from collections_desktop.services.demo.demo_plans import seed_plans  # the documents stack, only for a new demo

    seed_plans(workspace)
    return workspace


class DeskController(QObject):
    """Owns the open workspace and the lock/unlock flow; the operations classes do the desk's work through one
    shared context. The window only ever shows data while a workspace is open."""

    def __init__(self, app: QApplication, data_dir: Path, lang: str | None, shell: DeskShell | None = None,
                 server: str | None = None) -> None:
        super().__init__(app)
        self.data_dir = data_dir
        self.server = server  # a team server's address: the desk signs in there instead of opening the vault
        self.languages = shell.languages if shell else LanguageManager(app)
        self.runner = OpRunner(self)
        # Long read-only work (ranking Today over every account) runs beside the desk's own calls,
        # so opening an account or saving a contact never waits for it.
        self.ranker = OpRunner(self)
        self.dialog: Any = None  # what asks for the vault or the server: a dialog, the lock panel, or sign-in
        self.recovery_dialog: RecoveryKeyDialog | None = None
        model = shell.model if shell else WorklistModel(lambda _ids: [])
        window = shell.window if shell else MainWindow(model)
        self.model, self.window = model, window
        self.ctx = DeskContext(window, model, self.runner, self.ranker, self.desk_changed, self._failed)
        self.worklist = WorklistOps(self.ctx)
        self.desk = AccountOps(self.ctx)
        self.claims = ClaimOps(self.ctx)
        self.threads = ThreadOps(self.ctx)
        self.plans = PlanOps(self.ctx)
        self.preferences = PreferencesOps(self.ctx)
        self.files = SyncOps(self.ctx)
        self.reports = ReportOps(self.ctx)
        self.team = TeamOps(self.ctx)
        self.letters = LetterOps(self.ctx)
        self.assistance = AssistanceOps(self.ctx)
        self.escalation = EscalationOps(self.ctx)
        model.load_rows = self.worklist.load_rows
        window.worklist.query_changed.connect(self.worklist.requery)
        window.worklist.account_chosen.connect(self.desk.open_account)
        window.scripts.script_wanted.connect(self.desk.show_script)
        window.scripts.screening_wanted.connect(self.assistance.screen)
        window.account.handoff_requested.connect(self.threads.hand_off)
        window.account.answer_requested.connect(self.threads.answer)
        window.account.hold_requested.connect(self.threads.holds)
        window.account.history_requested.connect(self.desk.show_history)
        window.account.settle_requested.connect(self.claims.settle_claim)
        window.lock_panel.unlock_requested.connect(self._unlock)
        window.lock_panel.reset_requested.connect(self._reset_with_recovery_key)
        self.opening = 0  # counts unlocks and locks, so a vault that opens after a lock is closed again
        if shell is None:
            self.languages.switch(lang or LanguageManager.remembered(), remember=lang is None)
        self.idle = IdleWatcher(self)
        app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self._sync_language_actions()
        registry = window.registry
        registry[MainAction.LOCK].triggered.connect(self.lock)
        registry[MainAction.LOG_CONTACT].triggered.connect(self.desk.log_contact)
        registry[MainAction.WRITE_NOTE].triggered.connect(self.desk.write_note)
        registry[MainAction.HOLDS].triggered.connect(lambda: self.threads.holds())
        registry[MainAction.RECORD_PAYMENT].triggered.connect(self.desk.record_payment)
        registry[MainAction.PAYMENT_PLAN].triggered.connect(self.plans.payment_plan)
        registry[MainAction.PREFERENCES].triggered.connect(self.preferences.preferences)
        registry[MainAction.IMPORT].triggered.connect(self.files.import_from_practice)
        registry[MainAction.EXPORT].triggered.connect(self.files.export_for_practice)
        registry[MainAction.AGENCY].triggered.connect(lambda: self.claims.approve_for_agency())
        registry[MainAction.REPORTS].triggered.connect(self.reports.reports)
        registry[MainAction.TEAM].triggered.connect(self.team.team)
        registry[MainAction.STATEMENTS].triggered.connect(self.letters.choose_letters)
        registry[MainAction.WRITE_MESSAGE].triggered.connect(self.letters.write_message)
        registry[MainAction.SCREEN_ASSISTANCE].triggered.connect(self.assistance.screen)
        registry[MainAction.ESCALATION].triggered.connect(self.escalation.ladder)
        registry[MainAction.TAKE_NEXT].triggered.connect(self.desk.take_next)
        registry[MainAction.QUIT].triggered.connect(window.close)
        registry[MainAction.LANGUAGE_EN].triggered.connect(lambda: self.set_language("en"))
        registry[MainAction.LANGUAGE_ES].triggered.connect(lambda: self.set_language("es"))

    @property
    def workspace(self) -> ws.Workspace | None:
        """The open vault (None while locked), as every operation sees it."""
        return self.ctx.workspace

    @property
    def current_view(self) -> accounts.AccountView | None:
        """The account on screen."""
        return self.ctx.current_view

    # -- language ------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.languages.switch(language)
        self._sync_language_actions()

    def _sync_language_actions(self) -> None:
        registry = self.window.registry
        registry[MainAction.LANGUAGE_EN].setChecked(self.languages.language == "en")
        registry[MainAction.LANGUAGE_ES].setChecked(self.languages.language == "es")

    # -- flow ---------------------------------------------------------------------------
    def start(self, *, remembered_key_tried: bool = False) -> None:
        """Shows the window; opens the vault with the key remembered on this device, else asks for it."""
        from PySide6.QtCore import QTimer

        from collections_desktop.ui.printing import remove_leftovers

        # What a crashed session handed to the printer or viewer goes, once the first page is up.
        QTimer.singleShot(3000, remove_leftovers)
        self.window.show()
        if self.server:
            self._ask_sign_in()
        elif not vault_access.vault_exists(self.data_dir):
            self._ask_first_run()
        elif remembered_key_tried:
            self._ask_unlock()
        else:
            first_page.load_ahead(use_keyring=True)  # keyring's modules load here, not on the worker
            self.runner.run(lambda: first_page.unlock_first_page(self.data_dir, use_keyring=True),
                            self.continue_from, lambda _err: self._ask_unlock())

    def continue_from(self, first: first_page.FirstPage) -> None:
        """Shows Today's first page (unless it already is) and opens the full workspace behind it.

        Without a first page (a schema to upgrade first) the unlock dialog stays until the workspace is open."""
        if self.dialog is not None and first.read:
            self._close_dialog()
        if first.read and self.window.summary is None:
            show_first_page(self.window, self.model, first)
        self.idle.start()  # patients are on screen from the first page on
        self.opening += 1
        opening = self.opening

        def opened(workspace: ws.Workspace) -> None:
            if opening != self.opening:  # locked while it opened
                workspace.close()
                return
            self._unlocked(workspace)

        def failed(error: UserError) -> None:
            first.vault.close()
            if opening == self.opening:
                self.window.show_locked()
                if self.dialog is None:
                    self._ask_unlock()
                self._failed(error)

        self.runner.run(lambda: ws.open_unlocked(first.vault), opened, failed)

    def _ask_first_run(self) -> None:
        dialog = FirstRunDialog(self.window)
        dialog.create_requested.connect(self._create_vault)
        dialog.demo_requested.connect(self._open_demo)
        dialog.rejected.connect(self.window.close)
        self._show_dialog(dialog)

    def _ask_sign_in(self) -> None:
        """Team mode: the person's name and password open the server."""
        from collections_desktop.services.team.workspace import open_team, shown_address
        from collections_desktop.ui.dialogs.sign_in import SignInDialog

        address = str(self.server)
        dialog = SignInDialog(shown_address(address), self.window)
        dialog.sign_in_requested.connect(lambda name, password: self.runner.run(
            lambda: open_team(address, name, password, self.data_dir), self._unlocked, self._failed))
        dialog.rejected.connect(self.window.close)
        self._show_dialog(dialog)

    def _ask_unlock(self) -> None:
        """The locked window's own form: the vault's name, the passphrase field and Unlock."""
        panel = self.window.lock_panel
        panel.prepare(vault_access.vault_location(self.data_dir), vault_access.keyring_available(),
                      vault_access.plaintext_keyring())
        self.dialog = panel
        panel.secret.setFocus()

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _close_dialog(self) -> None:
        if isinstance(self.dialog, UnlockPanel):
            self.dialog.finish()
        elif self.dialog is not None:
            self.dialog.accept()
            self.dialog.deleteLater()
        self.dialog = None

    def _create_vault(self, passphrase: str) -> None:
        def created(result: tuple[ws.Workspace, str]) -> None:
            workspace, recovery_key = result
            if self.dialog is not None:
                self.dialog.hide()
            shown = RecoveryKeyDialog(recovery_key, self.window)
            shown.accepted.connect(lambda: self._unlocked(workspace))
            shown.accepted.connect(shown.deleteLater)
            self.recovery_dialog = shown
            shown.open()

        self.runner.run(lambda: ws.create_workspace(self.data_dir, passphrase), created, self._failed)

    def _open_demo(self) -> None:
        self.runner.run(lambda: _open_or_create_demo(self.data_dir), self._unlocked, self._failed)

    def _unlock(self, secret: str, is_recovery_key: bool, remember: bool) -> None:
        passphrase, recovery_key = (None, secret) if is_recovery_key else (secret, None)
        self.runner.run(lambda: first_page.unlock_first_page(self.data_dir, remember=remember, passphrase=passphrase,
                                                             recovery_key=recovery_key),
                        self.continue_from, self._failed)

    def _reset_with_recovery_key(self, recovery_key: str, new_passphrase: str, remember: bool) -> None:
        """A forgotten passphrase: the recovery key opens the vault, the new passphrase replaces the old one."""
        def reset_and_unlock() -> first_page.FirstPage:
            vault_ops.reset_passphrase_with_recovery_key(self.data_dir, recovery_key, new_passphrase)
            return first_page.unlock_first_page(self.data_dir, remember=remember, passphrase=new_passphrase)

        self.runner.run(reset_and_unlock, self.continue_from, self._failed)

    def _failed(self, error: UserError) -> None:
        if self.dialog is not None:
            self.dialog.show_error(error_text(error))
        else:
            self.window.statusBar().showMessage(error_text(error), 8000)

    def _unlocked(self, workspace: ws.Workspace) -> None:
        self.ctx.workspace = workspace
        self.idle.start()
        self.window.registry[MainAction.TEAM].setVisible(getattr(workspace, "role", "") == "supervisor")
        self.recovery_dialog = None
        self._close_dialog()
        # Plans fall late and promises come due with the calendar: bring them to today before the lists show.
        self.ctx.op(plan_tracking.refresh_all).run()
        self.ctx.op(accounts.vault_summary).success(self._show_summary).run()
        self.ctx.op(plan_policy.clinic_name).success(self.window.set_vault_name).run()
        # After the first page and Today's ranking, on the ranking thread: the vault's pages, authenticated (a
        # team server's integrity is its administrator's).
        if not workspace.shared:
            self.ctx.op(vault_ops.quick_check).success(self._quick_checked).failure(lambda _e: None).beside().run()

    def _quick_checked(self, damaged_pages: int) -> None:
        if damaged_pages and self.workspace is not None:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The vault is damaged"),
                              sentence(say("vault_damaged_pages", count=damaged_pages)),
                QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not modal to the application: the desk keeps working while it is read

    def desk_changed(self, number: str | None = None) -> None:
        """After any change: the account shown (or `number`) again, the list, and the totals in the status bar."""
        workspace = self.workspace
        if workspace is None:
            return
        number = number or (self.current_view.number if self.current_view is not None else None)
        if number:
            self.desk.open_account(number)
        self.worklist.requery(self.window.worklist.current_view, self.window.worklist.search.text(), stay=True)
        self.ctx.op(accounts.vault_summary).success(self._show_totals).run()

    def _requery(self) -> None:
        self.worklist.requery(self.window.worklist.current_view, self.window.worklist.search.text())

    def _show_totals(self, summary: accounts.VaultSummary) -> None:
        if self.workspace is not None:
            self.window.show_unlocked((summary.accounts, summary.accounts_due, summary.patient_due_cents),
                                      self.workspace.is_demo)

    def _show_summary(self, summary: accounts.VaultSummary) -> None:
        self._show_totals(summary)
        self._requery()

    def lock(self) -> None:
        """Hides every patient detail at once and closes the vault; unlocking reopens it."""
        # A demo vault may be showing its first page while its workspace is still opening.
        was_demo = (self.workspace.is_demo if self.workspace is not None
                    else self.window.summary is not None and self.window.is_demo)
        self.opening += 1
        self.ctx.current_view = None
        self.ctx.clinic = {}
        self.window.registry[MainAction.TEAM].setVisible(False)
        for ops in (self.desk, self.threads, self.plans, self.preferences, self.files, self.reports, self.team):
            ops.forget()
        # Every other window that may show patient data goes too: the import preview, the export and agency
        # dialogs, the hand-off note and any message box (including the modal ones a method is waiting on).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.dialog:
                widget.reject()
        from collections_desktop.ui.printing import remove_all_private

        remove_all_private()  # copies handed to the system's viewer or printer
        self.idle.stop()
        self.window.show_locked()
        if self.ctx.workspace is not None:
            workspace, self.ctx.workspace = self.ctx.workspace, None
            def close() -> None:
                self.ranker.wait()  # a ranking or a list still reading this vault ends first
                self.ctx.lister.wait()
                workspace.close()

            self.runner.run(close, lambda _r: None, lambda _e: None)
        if self.dialog is None:
            if self.server:
                self._ask_sign_in()
            elif was_demo or not vault_access.vault_exists(self.data_dir):
                self._ask_first_run()
            else:
                self._ask_unlock()

    def shutdown(self) -> None:
        from collections_desktop.ui.printing import remove_all_private

        remove_all_private()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.runner.wait()
        self.ranker.wait()
        self.ctx.lister.wait()
        if self.ctx.workspace is not None:
            self.ctx.workspace.close()
            self.ctx.workspace = None
