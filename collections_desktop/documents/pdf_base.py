"""Shared reportlab set-up: embedded DejaVu fonts (so ñ, á, ¿, ¡ print), letter pages, byte-stable output."""

from __future__ import annotations

import io
from functools import cache

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from collections_desktop.resources import resource

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE = letter
# Same input, same bytes: what was handed to a patient can be rebuilt and compared.
rl_config.invariant = 1
rl_config.canvas_basefontname = FONT


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=10),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2),
        "strong": ParagraphStyle("strong", fontName=BOLD, fontSize=9, leading=12),
        "fine": ParagraphStyle("fine", fontName=FONT, fontSize=9, leading=11.5),
    }


def new_buffer() -> io.BytesIO:
    register_fonts()
    return io.BytesIO()


def _numbering_canvas(page_text: str) -> type[Canvas]:
    """A canvas that holds each finished page until the document is saved, then writes "Page n of N" on every
    page: one build instead of a first one to count the pages."""

    class NumberingCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - reportlab's own signature
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(FONT, 8)
                self.drawRightString(PAGE[0] - inch, 0.6 * inch, page_text.format(page=self._pageNumber,
                                                                                  pages=total))
                self.restoreState()
                super().showPage()
            super().save()

    return NumberingCanvas


def build_numbered(doc: SimpleDocTemplate, buffer, story: list, page_text: str,  # noqa: ANN001
                   first_page=None) -> bytes:  # noqa: ANN001 - first_page(canvas): drawn on page 1 as well
    """Builds the document once, with "Page n of N" in every footer (`page_text` names {page} and {pages})."""

    def on_page(canvas, document) -> None:  # noqa: ANN001
        if first_page is not None and document.page == 1:
            first_page(canvas)

    doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_numbering_canvas(page_text))
    return buffer.getvalue()
