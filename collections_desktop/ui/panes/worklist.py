"""The worklist pane: view chooser, debounced search box and the paged account table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collections_desktop.ui.badges import AGING_COLOURS, KIND_COLOURS, BadgeDelegate, ElidingHeader
from collections_desktop.ui.models.worklist_model import Column, WorklistModel
from collections_desktop.ui.retranslate import Retranslating

VIEWS = ("today", "promises_due", "plans_late", "insurance_pending", "with_billing", "holds", "paid_since_import",
         "ready_to_escalate", "escalation_blocked", "all")
SEARCH_DELAY_MS = 250


# The guarantor and the next action each get at least this much before the account and last contact show,
# and never less than NARROW_TEXT (the fixed columns give up their titles' width first).
WIDE_TEXT = 190
NARROW_TEXT = 64
KEY_FIXED = (Column.PATIENT_DUE, Column.OLDEST_AGING, Column.CALLABLE)


class WorklistPane(Retranslating, QWidget):
    """Emits `query_changed(view, search)` when the list must be re-queried and `account_chosen(number)`."""

    query_changed = Signal(str, str)
    account_chosen = Signal(str)

    def __init__(self, model: WorklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view_box = QComboBox()
        self.view_box.setObjectName("worklist_view")
        for _view in VIEWS:
            self.view_box.addItem("")
        self.search = QLineEdit()
        self.search.setObjectName("worklist_search")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("worklist_table")
        self.table.setHorizontalHeader(ElidingHeader(self.table))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The five key columns always fit (see _apply_widths): no sideways scrolling.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(Column.OLDEST_AGING, BadgeDelegate(AGING_COLOURS, self.table))
        self.table.setItemDelegateForColumn(Column.CALLABLE, BadgeDelegate(KIND_COLOURS, self.table))
        self._apply_widths()
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Shown while the list holds the accounts behind a report's figure; a view or a search replaces them.
        self.from_report = QLabel(wordWrap=True)
        self.from_report.setObjectName("worklist_from_report")
        self.from_report.setVisible(False)
        self._report_figure: tuple[str, int] | None = None
        layout.addWidget(self.view_box)
        layout.addWidget(self.search)
        layout.addWidget(self.from_report)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.view_box.currentIndexChanged.connect(lambda _index: self._emit_query())
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        model.modelReset.connect(self._apply_widths)
        model.modelReset.connect(self._select_first)
        self.retranslate_ui()

    @property
    def current_view(self) -> str:
        return VIEWS[max(self.view_box.currentIndex(), 0)]

    def retranslate_ui(self) -> None:
        names = (self.tr("Today"), self.tr("Promises due"), self.tr("Plans late"), self.tr("Insurance pending"),
                 self.tr("With billing"), self.tr("Disputes and holds"), self.tr("Paid since last import"),
                 self.tr("Ready to escalate"), self.tr("Blocked from escalation"), self.tr("All accounts"))
        for index, name in enumerate(names):
            self.view_box.setItemText(index, name)
        self.view_box.setAccessibleName(self.tr("Worklist view"))
        self.search.setPlaceholderText(self.tr("Search name, account, claim, phone or birth date"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.table.setAccessibleName(self.tr("Accounts"))
        if self._report_figure is not None:
            self.show_from_report(*self._report_figure)
        # The model's titles follow the language too, and a column is at least as wide as its title.
        QTimer.singleShot(0, self._apply_widths)
        self.model.retranslate()


    def _emit_query(self) -> None:
        self._report_figure = None
        self.from_report.setVisible(False)
        self.query_changed.emit(self.current_view, self.search.text())

    def show_from_report(self, figure: str, count: int) -> None:
        """Says the list holds the `count` accounts behind a report's `figure` (until a view or a search)."""
        self._report_figure = (figure, count)
        self.from_report.setText(self.tr("From Reports — %1 (accounts listed: %2). Choose a view or search to go "
                                         "back.").replace("%1", figure).replace("%2", str(count)))
        self.from_report.setVisible(True)

    def _on_row(self, current, _previous) -> None:  # noqa: ANN001
        number = self.model.account_number(current.row())
        if number is not None:
            # Once the list has painted: the account's detail then loads without slowing that first paint.
            QTimer.singleShot(0, lambda: self._choose(number))

    def _choose(self, number: str) -> None:
        # Only if it is still the chosen account: arrowing quickly down the list skips the ones passed.
        if self.model.account_number(self.table.currentIndex().row()) == number:
            self.account_chosen.emit(number)

    def _apply_widths(self) -> None:
        """The five key columns share the visible width (the guarantor and the next action take what is left,
        elided with the whole text on hover); the account number and last contact show only when the pane has
        room for them too. Fixed widths: measuring contents would touch every row of a 100k-row list."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        bar = self.table.verticalScrollBar()
        room = self.table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width()) - 2
        badge = 2 * metrics.averageCharWidth() + 8  # a badge's own padding and margins
        samples = {Column.PATIENT_DUE: ("$000,000.00", 0), Column.OLDEST_AGING: ("91-120", badge),
                   Column.CALLABLE: ("Mon 00:00 PM", badge), Column.ACCOUNT: ("00000000", 0),
                   Column.LAST_CONTACT: ("Sep 30, 2026", 0)}

        def fits(column: Column, titled: bool) -> int:  # a typical cell, and the column's title when there is room
            sample, padding = samples[column]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            cell = metrics.horizontalAdvance(sample) + 16 + padding
            return max(cell, header.fontMetrics().horizontalAdvance(title) + 24) if titled else cell

        # Narrow (a small screen, a large font): titles are shortened with "…" (whole on hover), cells are not.
        titled = room - sum(fits(c, True) for c in KEY_FIXED) >= 2 * NARROW_TEXT
        fixed = sum(fits(c, titled) for c in KEY_FIXED)
        extra = fits(Column.ACCOUNT, True) + fits(Column.LAST_CONTACT, True)
        roomy = room - fixed - extra >= 2 * WIDE_TEXT
        free = max(room - fixed - (extra if roomy else 0), 2 * NARROW_TEXT)
        guarantor = max(NARROW_TEXT, free * 9 // 20)
        widths = {Column.GUARANTOR: guarantor, Column.NEXT_ACTION: max(NARROW_TEXT, free - guarantor),
                  **{column: fits(column, titled) for column in KEY_FIXED},
                  Column.ACCOUNT: fits(Column.ACCOUNT, True), Column.LAST_CONTACT: fits(Column.LAST_CONTACT, True)}
        # The splitter never squeezes the list below what its five key columns need, titles shortened.
        self.table.setMinimumWidth(sum(fits(c, False) for c in KEY_FIXED) + 2 * NARROW_TEXT
                                   + bar.sizeHint().width() + 2 * self.table.frameWidth() + 2)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        for column in (Column.ACCOUNT, Column.LAST_CONTACT):
            self.table.setColumnHidden(column, not roomy)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_widths()

    def _select_first(self) -> None:
        if self.model.kept_left_view:
            self.table.selectionModel().clearCurrentIndex()
            return
        if self.model.rowCount():
            row = self.model.keep_row if self.model.keep_row is not None else 0
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        return self.model.account_id(self.table.currentIndex().row())

    def step(self, by: int) -> None:
        """Next or previous account, from the keyboard."""
        row = max(0, min(self.model.rowCount() - 1, self.table.currentIndex().row() + by))
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
