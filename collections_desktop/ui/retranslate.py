"""Live language switching for widgets: Qt's LanguageChange event calls the widget's `retranslate_ui`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _WidgetBase  # what the mixin is always combined with
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """A base before the Qt widget class (`class Pane(Retranslating, QWidget)`); the widget defines
    `retranslate_ui` and calls it once itself."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
