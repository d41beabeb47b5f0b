"""Badges a specialist reads at a glance: aging in colour, holds and warnings with Qt's standard icons.

The colours are light fills with dark text, legible on a light or a dark system palette alike; the words are
always there too, so nothing rests on colour alone."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTextBrowser,
    QWidget,
)

# Fill and text per aging bucket, from current (green) to oldest (red).
AGING_COLOURS = {"0-30": ("#d8f0d2", "#173d12"), "31-60": ("#f3efc4", "#3f3a00"), "61-90": ("#fbe1bf", "#4d2c00"),
                 "91-120": ("#f8cfc0", "#561e0b"), "120+": ("#f2b8b8", "#5c0a0a")}
# Fill and text per kind of badge in the account pane and the callable column.
KIND_COLOURS = {"hold": ("#fde2c4", "#4d2a00"), "stop": ("#f6c9c9", "#5c0a0a"), "ok": ("#d8f0d2", "#173d12"),
                "wait": ("#f3efc4", "#3f3a00"), "info": ("#d6e6f5", "#0d2f52")}
# Each icon the pane's HTML names (src="icon:NAME"), from the style's own set (no bundled files).
ICONS = {"warning": QStyle.StandardPixmap.SP_MessageBoxWarning, "stop": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation, "ok": QStyle.StandardPixmap.SP_DialogApplyButton}
ICON_PX = 14
BadgeRole = Qt.ItemDataRole.UserRole + 7  # a model's key into the delegate's colours


# Text on the window's own background (an error under a field): dark on a light palette, light on a dark one.
ALERT_INK = {"stop": ("#b00020", "#ff8a80"), "hold": ("#8a4b00", "#ffcc80")}


def filled_style(kind: str, padding: int = 6) -> str:
    """A label's style sheet: the kind's fill with its own ink, legible whatever the system palette."""
    fill, ink = KIND_COLOURS.get(kind, KIND_COLOURS["info"])
    return f"background:{fill}; color:{ink}; padding:{padding}px;"


def alert_style(widget: QWidget, kind: str = "stop") -> str:
    """A label's style sheet for warning text on the window's background, in an ink that palette can carry."""
    palette = widget.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    light_ink, dark_ink = ALERT_INK.get(kind, ALERT_INK["stop"])
    return f"color:{dark_ink if dark else light_ink};"


def badge_html(text: str, kind: str = "hold", icon: str = "warning") -> str:
    """A coloured badge with an icon, for a QTextBrowser that is an `IconBrowser`."""
    fill, ink = KIND_COLOURS.get(kind, KIND_COLOURS["info"])
    picture = f"<img src='icon:{icon}' width='{ICON_PX}' height='{ICON_PX}'/>&nbsp;" if icon in ICONS else ""
    return (f"<span style='background-color:{fill}; color:{ink}'>&nbsp;{picture}<b>{html.escape(text)}</b>"
            f"&nbsp;</span>")


def aging_html(bucket: str, text: str) -> str:
    fill, ink = AGING_COLOURS.get(bucket, KIND_COLOURS["info"])
    return f"<span style='background-color:{fill}; color:{ink}'>&nbsp;{html.escape(text)}&nbsp;</span>"


class IconBrowser(QTextBrowser):
    """A text browser whose HTML can show the style's standard icons as `<img src='icon:warning'>`."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        url = QUrl(name)
        if url.scheme() == "icon" and url.path() in ICONS:
            return self.style().standardIcon(ICONS[url.path()]).pixmap(QSize(ICON_PX, ICON_PX))
        return super().loadResource(kind, url)


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's text as a rounded badge coloured by the model's `BadgeRole` key; plain where it has none."""

    def __init__(self, colours: dict[str, tuple[str, str]], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.colours = colours

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        key = index.data(BadgeRole)
        if key not in self.colours:
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        # The cell's own background (selected, alternate or plain) drawn directly: cheaper than the style's
        # whole item, which a list of 100k rows repaints on every scroll.
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            painter.fillRect(option.rect, option.palette.alternateBase())
        fill, ink = self.colours[key]
        metrics = option.fontMetrics
        pad = metrics.averageCharWidth()
        room = option.rect.adjusted(3, 3, -3, -3)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width() - 2 * pad)
        width = min(metrics.horizontalAdvance(shown) + 2 * pad, room.width())
        box = QRectF(room.x(), room.y(), width, room.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(ink))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()



class ElidingHeader(QHeaderView):
    """A horizontal header that shortens a title wider than its column with "…" (the model's tooltip has it all)
    instead of cutting both ends off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:  # noqa: N802 - Qt override
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, index)
        option.rect = rect
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self) + 2
        option.text = self.fontMetrics().elidedText(option.text, Qt.TextElideMode.ElideRight, rect.width() - margin)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
