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


def build_numbered(doc: SimpleDocTemplate, buffer, story: list, page_text: str,  # noqa: ANN001
                   first_page=None) -> bytes:  # noqa: ANN001 - first_page(canvas): drawn on page 1 as well
    """Builds once to count the pages, then again with "Page n of N" in every footer."""
    total = {"pages": 0}

    def footer(canvas, document) -> None:  # noqa: ANN001
        if first_page is not None and document.page == 1:
            first_page(canvas)
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(PAGE[0] - inch, 0.6 * inch,
                               page_text.format(page=document.page, pages=total["pages"] or document.page))
        canvas.restoreState()

    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    total["pages"] = doc.page
    buffer.seek(0)
    buffer.truncate()
    # A flowable moved to the next page keeps a mark that makes a second build refuse it ("too large"): the
    # second build starts from unmarked flowables.
    for flowable in story:
        flowable.__dict__.pop("_postponed", None)
    doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
