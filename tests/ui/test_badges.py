"""Badges and colours read at a glance and stay legible on a light or a dark system palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel

from collections_desktop.ui.badges import (
    AGING_COLOURS,
    KIND_COLOURS,
    BadgeRole,
    IconBrowser,
    alert_style,
    badge_html,
)
from collections_desktop.ui.models.worklist_model import Column
from collections_desktop.ui.panes.worklist import VIEWS
from tests.ui.test_desk import open_desk

UI = Path(__file__).resolve().parents[2] / "collections_desktop" / "ui"


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("fill,ink", [*AGING_COLOURS.values(), *KIND_COLOURS.values()])
def test_every_badge_meets_the_contrast_of_body_text(fill, ink):
    assert contrast(fill, ink) >= 4.5  # WCAG 2 AA


def test_no_widget_sets_a_text_colour_without_its_background():
    """A colour for text alone is legible on one palette only: the code goes through ui.badges."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "badges.py":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if "setStyleSheet(" in line and re.search(r"color\s*:", line):
                found.append(f"{path.name}: {line.strip()}")
    assert found == []


def test_warning_text_follows_a_dark_palette(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    assert alert_style(label) == "color:#b00020;"
    dark = QPalette(label.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    label.setPalette(dark)
    assert alert_style(label) == "color:#ff8a80;"
    assert contrast("#ff8a80", "#202124") >= 4.5 and contrast("#b00020", "#efefef") >= 4.5


def test_icons_show_in_the_account_pane(qtbot):
    browser = IconBrowser()
    qtbot.addWidget(browser)
    icon = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("icon:warning"))
    assert isinstance(icon, QPixmap) and not icon.isNull()
    html = badge_html("Dispute", "hold", "warning")
    assert "icon:warning" in html and KIND_COLOURS["hold"][0] in html


def test_the_worklist_and_pane_show_aging_and_holds_as_badges(controller_factory, demo_dir, qtbot):
    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    model = controller.model
    first = model.index(0, Column.OLDEST_AGING)
    assert model.data(first, BadgeRole) in AGING_COLOURS
    assert model.data(model.index(0, Column.CALLABLE), BadgeRole) in ("ok", "wait", "stop")
    table = controller.window.worklist.table
    assert table.horizontalScrollBar().isHidden() or table.horizontalScrollBar().maximum() == 0
    worklist = controller.window.worklist
    worklist.view_box.setCurrentIndex(VIEWS.index("holds"))
    qtbot.waitUntil(lambda: controller.current_view is not None and bool(controller.current_view.flags),
                    timeout=10_000)
    page = controller.window.account.browser.toHtml()
    assert "icon:" in page and any(fill in page for fill, _ink in KIND_COLOURS.values())


def test_a_dark_mode_screenshot_and_the_palette_put_back(demo_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from collections_desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "dark.png"
    assert main(["--data-dir", str(demo_dir), "screenshot", "--dark", "--out", str(out)]) == 0
    picture = QPixmap(str(out)).toImage()
    assert picture.pixelColor(picture.width() // 2, picture.height() - 5).lightness() < 100  # dark status bar
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
