"""The main window shell: menus, the status bar and a central area the desk will fill."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget, QWidget

from collections_desktop import __version__
from collections_desktop.domain.money import format_display
from collections_desktop.ui.actions import ActionRegistry, MainAction
from collections_desktop.ui.models.worklist_model import WorklistModel
from collections_desktop.ui.panes.lock import UnlockPanel, app_icon
from collections_desktop.ui.panes.worklist import WorklistPane
from collections_desktop.ui.retranslate import Retranslating

if TYPE_CHECKING:
    from collections_desktop.ui.panes.account import AccountPane
    from collections_desktop.ui.panes.script import ScriptPanel


# How the desk's width is first shared: list, account, script (the user's dragging changes it from there).
SPLIT = (5, 4, 4)


class DeskSplitter(QSplitter):
    """The list, account and script panes side by side, sharing the width as `SPLIT` says when first shown,
    whatever the panes' own sizes (which are not known yet: the account and script panes come later)."""

    def __init__(self) -> None:
        super().__init__()
        self._shared = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._shared and self.count() == len(SPLIT):
            self._shared = True
            width = max(self.width(), 1)
            self.setSizes([width * part // sum(SPLIT) for part in SPLIT])


class MainWindow(Retranslating, QMainWindow):
    """Layout only; the app controller decides what the actions do."""

    def __init__(self, model: WorklistModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.setWindowIcon(app_icon())
        self.registry = ActionRegistry(self)
        self.summary: tuple[int, int, int] | None = None
        self.is_demo = False
        self.file_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.language_menu = QMenu(self)
        self.help_menu = QMenu(self)
        self.go_menu = QMenu(self)
        for key in (MainAction.FIND, MainAction.NEXT_ACCOUNT, MainAction.PREVIOUS_ACCOUNT, MainAction.TAKE_NEXT):
            self.go_menu.addAction(self.registry[key])
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.registry[MainAction.LOG_CONTACT])
        self.go_menu.addAction(self.registry[MainAction.WRITE_NOTE])
        self.go_menu.addAction(self.registry[MainAction.WRITE_MESSAGE])
        self.go_menu.addAction(self.registry[MainAction.HOLDS])
        self.go_menu.addAction(self.registry[MainAction.RECORD_PAYMENT])
        self.go_menu.addAction(self.registry[MainAction.PAYMENT_PLAN])
        self.go_menu.addAction(self.registry[MainAction.SCREEN_ASSISTANCE])
        self.go_menu.addAction(self.registry[MainAction.ESCALATION])
        self.go_menu.addAction(self.registry[MainAction.AGENCY])
        self.file_menu.addAction(self.registry[MainAction.IMPORT])
        self.file_menu.addAction(self.registry[MainAction.EXPORT])
        self.file_menu.addAction(self.registry[MainAction.STATEMENTS])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.registry[MainAction.PREFERENCES])
        self.file_menu.addAction(self.registry[MainAction.LOCK])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.registry[MainAction.QUIT])
        group = QActionGroup(self)
        for key in (MainAction.LANGUAGE_EN, MainAction.LANGUAGE_ES):
            group.addAction(self.registry[key])
            self.language_menu.addAction(self.registry[key])
        self.view_menu.addAction(self.registry[MainAction.REPORTS])
        self.view_menu.addAction(self.registry[MainAction.TEAM])
        self.registry[MainAction.TEAM].setVisible(False)  # a supervisor's, on a team server
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu)
        self.help_menu.addAction(self.registry[MainAction.ABOUT])
        for menu in (self.file_menu, self.go_menu, self.view_menu, self.help_menu):
            self.menuBar().addMenu(menu)
        self.lock_panel = UnlockPanel()
        self.vault_name = ""  # the clinic's name once the vault is open; the window's title says it
        self.worklist = WorklistPane(model or WorklistModel(lambda ids: []))
        self._account: AccountPane | None = None
        self._scripts: ScriptPanel | None = None
        self.desk = DeskSplitter()
        self.desk.addWidget(self.worklist)
        for _slot in range(2):  # the panes' places, until they are built
            self.desk.addWidget(QFrame(frameShape=QFrame.Shape.StyledPanel))
        self.desk.setStretchFactor(0, 5)
        self.desk.setStretchFactor(1, 4)
        self.desk.setStretchFactor(2, 3)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.lock_panel)
        self.stack.addWidget(self.desk)
        self.setCentralWidget(self.stack)
        self.registry[MainAction.FIND].triggered.connect(self.worklist.search.setFocus)
        self.registry[MainAction.NEXT_ACCOUNT].triggered.connect(lambda: self.worklist.step(1))
        self.registry[MainAction.PREVIOUS_ACCOUNT].triggered.connect(lambda: self.worklist.step(-1))
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.registry[MainAction.ABOUT].triggered.connect(self.show_about)
        self.retranslate_ui()

    @property
    def account(self) -> AccountPane:
        self.build_panes()
        assert self._account is not None  # noqa: S101 - built just now
        return self._account

    @property
    def scripts(self) -> ScriptPanel:
        self.build_panes()
        assert self._scripts is not None  # noqa: S101 - built just now
        return self._scripts

    def build_panes(self) -> None:
        """Puts the account pane and the script panel in their places, the first time either is needed.

        The desk's start paints Today's first page before building them (they show nothing until an account
        is chosen), so they do not delay it; their modules load here too.
        """
        if self._account is not None:
            return
        from collections_desktop.ui.panes.account import AccountPane
        from collections_desktop.ui.panes.script import ScriptPanel

        self._account, self._scripts = AccountPane(), ScriptPanel()
        sizes = self.desk.sizes()
        for index, pane in ((1, self._account), (2, self._scripts)):
            placeholder = self.desk.replaceWidget(index, pane)
            if placeholder is not None:
                placeholder.deleteLater()
        if sum(sizes):  # laid out already: the panes take their places' sizes
            self.desk.setSizes(sizes)

    def retranslate_ui(self) -> None:
        title = self.tr("Collections Desk")
        demo_badge = self.tr("DEMO — invented patients")
        if self.summary is None:
            self.setWindowTitle(self.tr("{app} — locked").format(app=title))
        else:
            named = f"{self.vault_name} — {title}" if self.vault_name else title
            self.setWindowTitle(f"{named} — {demo_badge}" if self.is_demo else named)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.registry.retranslate()
        if self.summary is None:
            self.stack.setCurrentWidget(self.lock_panel)
            self.status_label.setText("")
            return
        _accounts, _due_count, due_cents = self.summary
        self.stack.setCurrentWidget(self.desk)
        balances = self.tr("Patient balances: {amount}").format(amount=format_display(due_cents))
        self.status_label.setText(f"{demo_badge} · {balances}" if self.is_demo else balances)


    def show_unlocked(self, summary: tuple[int, int, int], is_demo: bool) -> None:
        self.summary, self.is_demo = summary, is_demo
        self.retranslate_ui()

    def set_vault_name(self, name: str) -> None:
        """The clinic's name in the title bar, so a specialist with two vaults knows which is open."""
        self.vault_name = name
        self.retranslate_ui()

    def show_locked(self) -> None:
        """Drops everything derived from the vault, so nothing of a patient remains on screen."""
        self.summary = None
        self.vault_name = ""
        self.worklist.model.clear()
        self.worklist.search.clear()
        self.account.show_account(None)
        self.scripts.clear()
        self.retranslate_ui()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Collections Desk"), self.tr(
            "Collections Desk {version}\nPatient collections for a medical clinic, kept in an encrypted vault."
        ).format(version=__version__))
