"""Small widget makers for settings PySide6 takes as constructor keywords but its type stubs do not know."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPushButton, QWidget

from collections_desktop.words import current_language

# A date field shows the day as every other date in that language does (words.formats): Dec 2, 2026 / 2 dic 2026.
DAY_FORMATS = {"en": ("MMM d, yyyy", QLocale.Language.English, QLocale.Country.UnitedStates),
               "es": ("d MMM yyyy", QLocale.Language.Spanish, QLocale.Country.UnitedStates)}


class DayEdit(QDateEdit):
    """A date field opening a calendar, in the interface language's day format, switching with it."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self.setCalendarPopup(True)
        self._follow_language()

    def _follow_language(self) -> None:
        pattern, language, country = DAY_FORMATS.get(current_language(), DAY_FORMATS["en"])
        locale = QLocale(language, country)
        self.setLocale(locale)
        self.calendarWidget().setLocale(locale)
        self.setDisplayFormat(pattern)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)


# The widest a line field grows to show its whole hint; a longer hint is cut there (the tooltip has it all).
WIDEST_FIELD = 560


def fit_hints(container: QWidget) -> None:
    """Widens each line field of `container` to show its whole placeholder hint (after a language switch too)."""
    for field in container.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not hint:
            continue
        wanted = field.fontMetrics().horizontalAdvance(hint) + 2 * field.fontMetrics().averageCharWidth() + 12
        field.setMinimumWidth(min(wanted, WIDEST_FIELD))
        field.setToolTip(hint if wanted > WIDEST_FIELD else field.toolTip())


def grow_to_fit(window: QWidget) -> None:
    """Makes a shown window tall enough for text set after it opened (a wrapped label needs more lines)."""
    layout = window.layout()
    if layout is None:
        return
    layout.invalidate()  # the label's new text has not reached the layout yet
    layout.activate()
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else \
        layout.totalSizeHint().height()
    if need > window.height():
        window.resize(window.width(), need)


def date_edit(day: QDate) -> QDateEdit:
    """A date field opening a calendar, set to `day`, in the interface language's format."""
    return DayEdit(day)


def checked_box(checked: bool) -> QCheckBox:
    box = QCheckBox()
    box.setChecked(checked)
    return box


def toggle_button(text: str) -> QPushButton:
    """A button that stays down when pressed (one of a pair of choices)."""
    button = QPushButton(text)
    button.setCheckable(True)
    return button


def python_date(day: QDate) -> date:
    """A QDate as the date services take."""
    return date(day.year(), day.month(), day.day())
