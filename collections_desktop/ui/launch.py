"""Starting the desk: the window and Today's first page come first, the controller and its services load behind.

Only what the first page needs is imported here (no SQLAlchemy, no documents, no importers), so the window
is on screen with the specialist's list while the rest of the application is still loading.
"""

from __future__ import annotations

import sys
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from collections_desktop.ui.controller import DeskController

from collections_desktop import APP_NAME, __version__
from collections_desktop.services.outreach import zones
from collections_desktop.services.vault.first_page import FirstPage
from collections_desktop.ui.actions import MainAction
from collections_desktop.ui.i18n import LanguageManager
from collections_desktop.ui.main_window import MainWindow
from collections_desktop.ui.models.worklist_model import WorklistModel
from collections_desktop.ui.panes.lock import app_icon


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def show_first_page(window: MainWindow, model: WorklistModel, first: FirstPage) -> None:
    """Today's first page and the vault's totals in the window, before the workspace is open."""
    window.show_unlocked(first.totals, first.vault.is_demo)
    model.set_ids(first.ids, first_page=first.rows(), total=first.listed)


class DeskShell(QObject):
    """The language, the worklist model and the main window, before the controller takes them over."""

    first_page_shown = Signal()
    _first_page_done = Signal(object)  # the finished future of `early_start.begin`

    def __init__(self, app: QApplication, data_dir: Path, lang: str | None, server: str | None = None) -> None:
        super().__init__(app)
        self.app, self.data_dir, self.lang, self.server = app, data_dir, lang, server
        self.languages = LanguageManager(app)
        self.model = WorklistModel(lambda _ids: [])  # the controller reads further pages once it is there
        self.window = MainWindow(self.model)
        self.languages.switch(lang or LanguageManager.remembered(), remember=lang is None)
        self.controller: DeskController | None = None
        self.first_page_on_screen = False
        self._first: FirstPage | None = None
        self._tried = False  # the remembered key was tried on the way in and did not open the vault
        self._locked = False  # Ctrl+L before the controller took over
        self._first_page_done.connect(self._show_first_page)
        self.window.registry[MainAction.LOCK].triggered.connect(self._lock_before_hand_over)

    def wait_for(self, early: Future) -> None:
        """Shows the first page when `early` (unlocking on its own thread) has read it."""
        early.add_done_callback(self._first_page_done.emit)

    def _show_first_page(self, early: Future) -> None:
        first = None if early.exception() is not None else early.result()
        if first is not None and first.read:
            show_first_page(self.window, self.model, first)
            self._paint_now()  # on screen now, before the rest of the desk loads
            self.first_page_on_screen = True
            self.first_page_shown.emit()
        self._first, self._tried = first, first is None
        QTimer.singleShot(0, self._build_panes)

    def _build_panes(self) -> None:
        """The account and script panes, painted with the page; then the controller's modules (the database
        stack, documents, importers) load, on this thread: imports running on two threads at once can see
        half-initialised modules."""
        self.window.build_panes()
        self._paint_now()
        QTimer.singleShot(0, self._hand_over)

    def _paint_now(self) -> None:
        """Lays out what changed (e.g. the status bar's new total) and paints the window, without waiting for
        the event loop."""
        self.app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.window.repaint()

    def _lock_before_hand_over(self) -> None:
        """Locking works from the first page on: the page goes at once, and the desk starts locked."""
        if self.controller is None:
            self._locked = True
            self.window.show_locked()

    def _hand_over(self) -> None:
        from collections_desktop.ui.controller import DeskController  # the database stack and the rest load here

        self.controller = DeskController(self.app, self.data_dir, self.lang, shell=self, server=self.server)
        if self._first is not None and not self._locked:
            self.controller.continue_from(self._first)
        else:
            if self._first is not None:
                self._first.vault.close()
            self.controller.start(remembered_key_tried=self._tried or self._locked)
        self._first = None

    def shutdown(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()


def open_desk(app: QApplication, data_dir: Path, lang: str | None = None, early: Future | None = None,
              server: str | None = None) -> DeskShell:
    """Shows the window at once; with `early` (see `early_start.begin`) the first page follows as soon as it is read;
    with `server` (team mode) the window asks the person to sign in there."""
    shell = DeskShell(app, data_dir, lang, server)
    shell.window.show()
    if early is None:
        shell._hand_over()  # noqa: SLF001 - nothing to wait for: first run, or unlocking the usual way
    else:
        shell.wait_for(early)
        # While the vault opens on its thread, the zone tables the first page's call times need.
        zones.load_tables()
    return shell


def run(data_dir: Path, lang: str | None = None, early: Future | None = None, server: str | None = None) -> int:
    app = make_app()
    shell = open_desk(app, data_dir, lang, early, server)
    try:
        return app.exec()
    finally:
        shell.shutdown()
