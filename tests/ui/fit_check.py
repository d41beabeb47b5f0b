"""What a person would see cut off in a window or dialog: text wider than its widget, widgets outside the window,
a window larger than the screen. Run as a module it checks every dialog at a scale (a child process, since Qt
takes the scale factor only at start)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

SLACK = 2  # pixels of rounding between a font's advance and a widget's width


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area: the area shows what it can and scrolls to the rest."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(top: QWidget) -> list[str]:
    """Each widget of `top` whose text does not fit it, or that lies outside `top`, named by class and text."""
    problems = []
    bounds = top.rect()
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.window() is not top or _scrolled(widget, top):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        place = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox, QGroupBox)) \
                and not bounds.contains(place) and place.width() > 0:
            problems.append(f"{name}: outside the window {place.getRect()} of {bounds.getRect()}")
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().width():
            if widget.textFormat() != 0 and "<" in widget.text():
                continue  # rich text lays itself out
            text = _plain(widget.text())
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())  # the label takes its own margins off
                if need > widget.height() + SLACK:
                    problems.append(f"{name} {text[:40]!r}: needs {need}px high, has {widget.height()}")
            elif max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""]) \
                    > widget.contentsRect().width() + SLACK:
                problems.append(f"{name} {text[:40]!r}: text wider than {widget.width()}px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                problems.append(f"{name} {_plain(widget.text())[:40]!r}: needs {widget.sizeHint().width()}px, "
                                f"has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            arrow = widget.style().pixelMetric(widget.style().PixelMetric.PM_ScrollBarExtent) + 12
            if metrics.horizontalAdvance(widget.currentText()) + arrow > widget.width() + SLACK:
                problems.append(f"{name} {widget.currentText()[:40]!r}: wider than {widget.width()}px")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            cut = metrics.horizontalAdvance(widget.placeholderText()) + 8 > widget.width() + SLACK
            if cut and widget.toolTip() != widget.placeholderText():
                problems.append(f"{name} hint {widget.placeholderText()[:40]!r}: cut at {widget.width()}px")
    return problems


# A title bar and a task bar take this much of the screen's height.
CHROME = 70


def too_big(top: QWidget, width: int, height: int) -> list[str]:
    size = top.frameGeometry().size()
    if size.width() > width or size.height() > height - CHROME:
        return [f"{type(top).__name__}: {size.width()}×{size.height()} on a {width}×{height} screen"]
    return []


def main(data_dir: str, lang: str, width: int, height: int) -> int:
    """Every dialog of the gallery over the demo vault at this process's scale: the problems as JSON."""
    from PySide6.QtCore import QSize

    from collections_desktop.services.workspace import open_workspace
    from collections_desktop.ui.controller import DeskController
    from collections_desktop.ui.gallery import DIALOGS, open_dialog
    from collections_desktop.ui.launch import make_app
    from collections_desktop.ui.screenshot import show_vault

    app = make_app()
    workspace = open_workspace(Path(data_dir), passphrase=os.environ["COLLECTIONS_DESKTOP_PASSPHRASE"])
    controller = DeskController(app, workspace.data_dir, lang)
    controller.window.resize(QSize(width, height))
    show_vault(controller, workspace)
    controller.window.show()
    app.processEvents()
    found = {"window": clipped(controller.window)}
    for name in DIALOGS:
        dialog = open_dialog(controller, workspace, name)
        app.processEvents()
        found[name] = clipped(dialog) + too_big(dialog, width, height)
        dialog.close()
    controller.runner.wait()
    controller.ranker.wait()
    controller.ctx.lister.wait()
    print(json.dumps(found))
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
