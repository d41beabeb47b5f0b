"""The worklist table: an ordered id list from SQL, rows fetched a page at a time, headers that retranslate."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from collections_desktop.domain.money import format_display
from collections_desktop.services.desk.desk_rows import DeskRow
from collections_desktop.services.desk.row_why import Why, why
from collections_desktop.ui.badges import BadgeRole
from collections_desktop.words import label
from collections_desktop.words.events import why_words
from collections_desktop.words.formats import day, weekday_clock

PAGE_SIZE = 50  # about two screens of rows: a page is read (with its call decisions) as the view reaches it
PAGES_KEPT = 32
IDS_READ_AHEAD = 4 * PAGE_SIZE  # ids read at once for places of a long list not known yet
AccountIdRole = Qt.ItemDataRole.UserRole + 1
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                   Qt.ItemDataRole.ToolTipRole, AccountIdRole, BadgeRole})


_MONEY_FONT: list[QFont] = []


def money_font() -> QFont:
    """The application's font with tabular figures, so amounts line up digit under digit."""
    if not _MONEY_FONT:
        font = QFont()
        font.setFeature(QFont.Tag("tnum"), 1)
        _MONEY_FONT.append(font)
    return _MONEY_FONT[0]


class Column(IntEnum):
    """The five the specialist reads first, then the account number and the last contact."""

    GUARANTOR = 0
    PATIENT_DUE = 1
    OLDEST_AGING = 2
    NEXT_ACTION = 3
    CALLABLE = 4
    ACCOUNT = 5
    LAST_CONTACT = 6


def header_text(column: Column) -> str:
    texts = {
        Column.GUARANTOR: QCoreApplication.translate("WorklistModel", "Guarantor"),
        Column.ACCOUNT: QCoreApplication.translate("WorklistModel", "Account"),
        Column.PATIENT_DUE: QCoreApplication.translate("WorklistModel", "Patient due"),
        Column.OLDEST_AGING: QCoreApplication.translate("WorklistModel", "Aging"),
        Column.LAST_CONTACT: QCoreApplication.translate("WorklistModel", "Last contact"),
        Column.NEXT_ACTION: QCoreApplication.translate("WorklistModel", "Next action"),
        Column.CALLABLE: QCoreApplication.translate("WorklistModel", "Callable now"),
    }
    return texts[column]


def why_text(reason: Why) -> str:
    """The next action and its reason in the interface language ("Wait — 7-day wait after a conversation")."""
    return label(why_words(reason.action, reason.reason, reason.params, format_display))


class WorklistModel(QAbstractTableModel):
    """Holds only ids; `load_rows(ids)` (a service call) fills pages as the view scrolls to them.

    A long list can be shown before all its ids are known: `set_ids(window, total=…, offset=…, more=…)` gives
    the rows around what is on screen, and `more(offset, count)` (a service call) reads the ids of other
    places when the view reaches them; without it those places stay blank until the next `set_ids`."""

    def __init__(self, load_rows: Callable[[list[int]], list[DeskRow]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.load_rows = load_rows
        self._ids: list[int | None] = []
        self._more: Callable[[int, int], list[int]] | None = None
        self._pages: OrderedDict[int, list[DeskRow | None]] = OrderedDict()
        self.keep_row: int | None = None  # where the account `set_ids` was asked to keep is
        # True when the account on screen was just changed and has left the view (a hold set, paid in full):
        # the pane keeps showing it rather than jumping to the list's first account.
        self.kept_left_view = False
        self.team_first = False  # the With billing view: each row's reason is its time with the team

    # -- content ------------------------------------------------------------------------
    def set_ids(self, ids: list[int], keep: int | None = None, first_page: list[DeskRow] | None = None, *,
                total: int | None = None, offset: int = 0,
                more: Callable[[int, int], list[int]] | None = None, stay: bool = False) -> None:
        """Replaces the list; `keep` is an account id the view should stay on if it is still listed (with `stay`,
        it stays on screen even when it is not).

        `first_page` holds rows already read for the first ids, so the view paints without asking for them.
        With `total`, the list has that many rows and `ids` are those from `offset` on."""
        total = len(ids) if total is None else max(total, offset + len(ids))
        self.beginResetModel()
        self._ids = [None] * offset + list(ids) + [None] * (total - offset - len(ids))
        self._more = more if total > len(ids) else None
        self._pages.clear()
        self._keep(keep)
        self.kept_left_view = stay and self.keep_row is None
        by_id: dict[int | None, DeskRow] = {r.account_id: r for r in first_page or ()}
        if by_id and all(i in by_id for i in self._ids[:PAGE_SIZE]):  # else the page is read as usual
            self._pages[0] = [by_id[i] for i in self._ids[:PAGE_SIZE]]
        self.endResetModel()

    def _known(self, start: int, end: int) -> list[int | None]:
        """The ids from `start` to `end`, reading those not known yet (a few pages at once) where it can."""
        ids = self._ids[start:end]
        if None in ids and self._more is not None:
            first = start + ids.index(None)
            found = self._more(first, max(end - first, IDS_READ_AHEAD))[:len(self._ids) - first]
            self._ids[first:first + len(found)] = found
            ids = self._ids[start:end]
        return ids

    def _keep(self, keep: int | None) -> None:
        try:
            self.keep_row = self._ids.index(keep) if keep is not None else None
        except ValueError:
            self.keep_row = None

    def row_of(self, account_id: int) -> int:
        return self._ids.index(account_id)

    def clear(self) -> None:
        """Drops every row, e.g. when the vault locks."""
        self.set_ids([])

    def account_id(self, row: int) -> int | None:
        return self._known(row, row + 1)[0] if 0 <= row < len(self._ids) else None

    def known_ids(self) -> list[int]:
        """The account ids the list holds that are read already (a long view reads the rest as it scrolls)."""
        return [i for i in self._ids if i is not None]

    def account_number(self, row: int) -> str | None:
        found = self._row(row) if 0 <= row < len(self._ids) else None
        return found.account if found else None

    def _row(self, row: int) -> DeskRow | None:
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._known(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
            known = [i for i in ids if i is not None]
            loaded = {r.account_id: r for r in self.load_rows(known)} if known else {}
            rows = [loaded.get(i) if i is not None else None for i in ids]
            self._pages[page] = rows
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) \
                and 0 <= section < len(Column):
            return header_text(Column(section))  # the tooltip: the whole title of a narrow column
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in ROLES or not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None  # the view asks for many roles per cell while painting; most have nothing
        if role == AccountIdRole:
            return self.account_id(index.row())
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.GUARANTOR:  # the account hides when narrow
            return f"{row.guarantor} · {header_text(Column.ACCOUNT)} {row.account}"
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NEXT_ACTION, Column.CALLABLE):
            return self._display(row, column)  # the whole text of a cell a narrow column elides
        if column is Column.PATIENT_DUE:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole:
                return money_font()
        if role == BadgeRole:
            if column is Column.OLDEST_AGING:
                return row.oldest_bucket.value if row.oldest_bucket else None
            if column is Column.CALLABLE:
                return "ok" if row.callable_now else "wait" if row.next_callable_at is not None else "stop"
        return None

    def _display(self, row: DeskRow, column: Column) -> str:
        if column is Column.GUARANTOR:
            return row.guarantor
        if column is Column.ACCOUNT:
            return row.account
        if column is Column.PATIENT_DUE:
            return format_display(row.patient_due_cents)
        if column is Column.OLDEST_AGING:
            return row.oldest_bucket.value if row.oldest_bucket else "—"
        if column is Column.LAST_CONTACT:
            return day(row.last_contact.astimezone().date()) if row.last_contact else "—"
        if column is Column.NEXT_ACTION:
            return self._why(row)
        if row.callable_now:
            return QCoreApplication.translate("WorklistModel", "Yes")
        if row.next_callable_at is not None:
            return QCoreApplication.translate("WorklistModel", "From %1").replace(
                "%1", weekday_clock(row.next_callable_at))
        return QCoreApplication.translate("WorklistModel", "No")

    def _why(self, row: DeskRow) -> str:
        """The next action with the reason the row is where it is, so Today explains itself."""
        return why_text(why(row, team_first=self.team_first))

    def retranslate(self) -> None:
        """Called on a language switch: headers and worded cells are redrawn in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))
