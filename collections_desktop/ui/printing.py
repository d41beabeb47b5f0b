"""Printing a PDF exactly as laid out: QtPdf renders each page onto the chosen printer, or the system prints it."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

# Temporary copies handed to another program are PHI on disk: removed after this long, or when the app quits.
HANDOFF_SECONDS = 120
_PENDING: set[Path] = set()


def qtpdf_available() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


class LoadedPdf:
    """A QPdfDocument over PDF bytes held in memory (the buffer only borrows them, so they are kept here)."""

    def __init__(self, content: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self.data = QByteArray(content)
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        self.ready = self.document.status() == QPdfDocument.Status.Ready

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def render_to_printer(content: bytes, printer: QPrinter) -> int:
    """Draws every page of the PDF onto the printer at its resolution, centred and scaled to fit; returns pages."""
    pdf = LoadedPdf(content)
    if not pdf.ready:
        raise ValueError("the PDF could not be read for printing")
    document = pdf.document
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = printer.resolution()
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            area = painter.viewport()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect((area.width() - scaled.width()) // 2, (area.height() - scaled.height()) // 2,
                           scaled.width(), scaled.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
        pdf.close()
    return pages


def print_pdf(content: bytes, title: str, parent: QWidget | None = None) -> bool:
    """The system print dialog, then the pages as laid out; without QtPdf the system's own handler prints.

    Returns True when the document was sent (False when the user cancelled)."""
    if not qtpdf_available():
        return hand_to_system(content, "print")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setResolution(300)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # a US clinic's paper; the dialog can change it
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(content, printer)
    return True


def hand_to_system(content: bytes, verb: str, suffix: str = ".pdf") -> bool:
    """Writes a private temporary file and asks the operating system to open or print it; removed later."""
    folder = Path(tempfile.mkdtemp(prefix="collections-desktop-"))  # created 0700: only this user can read it
    path = folder / f"document{suffix}"
    with open(path, "wb") as handle:
        os.chmod(path, 0o600)
        handle.write(content)
    if verb == "print" and sys.platform.startswith("win"):
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # noqa: S606
        ok = True
    elif verb == "print":
        import subprocess

        ok = subprocess.run(["lp", str(path)], capture_output=True, check=False).returncode == 0
    else:
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    _PENDING.add(folder)
    QTimer.singleShot(HANDOFF_SECONDS * 1000, lambda: remove_private(folder))
    return ok


def remove_private(folder: Path) -> None:
    _PENDING.discard(folder)
    if folder.exists():
        for child in folder.glob("*"):
            child.unlink(missing_ok=True)
        folder.rmdir()


def remove_all_private() -> None:
    """Called on lock and quit: no handed-over copy outlives the session."""
    for folder in list(_PENDING):
        remove_private(folder)


def remove_leftovers(older_than_seconds: float = HANDOFF_SECONDS) -> int:
    """Called at start: copies a crashed session handed to the system are removed (this user's own, old enough
    that no running session still hands them over). Returns how many folders went."""
    import time

    removed = 0
    cutoff = time.time() - older_than_seconds
    me = getattr(os, "getuid", lambda: None)()  # Windows has no uids, and a temporary folder per user
    for folder in Path(tempfile.gettempdir()).glob("collections-desktop-*"):
        try:
            info = folder.stat()
            if folder.is_dir() and (me is None or info.st_uid == me) and info.st_mtime < cutoff:
                remove_private(folder)
                removed += 1
        except OSError:
            continue
    return removed
