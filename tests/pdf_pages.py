"""PDF pages rendered to PNG for tests and for looking at, with PDFium (a wheel: no system package needed)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2


def render_pages(pdf: bytes | Path, out_dir: Path, stem: str = "page", dpi: int = 50) -> list[Path]:
    """Each page as `<stem>-<n>.png` in `out_dir`; returns the files in page order."""
    document = pypdfium2.PdfDocument(pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes())
    written = []
    try:
        for number, page in enumerate(document, start=1):
            path = Path(out_dir) / f"{stem}-{number}.png"
            page.render(scale=dpi / 72).to_pil().save(path)
            written.append(path)
    finally:
        document.close()
    return written
