"""Live language switching for widgets: Qt's LanguageChange event calls the widget's `retranslate_ui`."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixed in before the Qt widget class; the widget defines `retranslate_ui` and calls it once itself."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
