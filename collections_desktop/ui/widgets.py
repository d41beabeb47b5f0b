"""Small widget makers for settings PySide6 takes as constructor keywords but its type stubs do not know."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QPushButton


def date_edit(day: QDate) -> QDateEdit:
    """A date field opening a calendar, set to `day`."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    return edit


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
