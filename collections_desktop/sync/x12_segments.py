"""Streams the segments of an X12 file, with the delimiters read from its ISA envelope (never assumed)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from collections_desktop.sync.problems import RecordError

CHUNK = 1 << 20
ISA_LENGTH = 106


@dataclass(frozen=True)
class Delimiters:
    element: str
    component: str
    segment: str
    repetition: str | None
    enveloped: bool


def _open_text(path: Path) -> io.TextIOBase:
    """UTF-8 when the file is UTF-8, else Windows-1252, so names keep their accents either way."""
    with path.open("rb") as probe:
        head = probe.read(CHUNK)
    try:
        head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as exc:
        # A cut in the middle of a multi-byte character at the chunk end is still UTF-8.
        encoding = "utf-8-sig" if exc.start >= len(head) - 3 else "cp1252"
    return path.open("r", encoding=encoding, errors="replace", newline="")


def read_delimiters(head: str) -> Delimiters:
    text = head.lstrip("\ufeff \r\n\t")
    if text.startswith("ISA"):
        if len(text) < ISA_LENGTH:
            raise RecordError("isa_truncated")
        element = text[3]
        parts = text[:ISA_LENGTH - 1].split(element)
        if len(parts) != 17:
            raise RecordError("isa_malformed")
        repetition = text[82] if parts[12] >= "00402" else None
        return Delimiters(element, text[104], text[105], repetition, True)
    if text.startswith(("ST", "GS")) and len(text) > 3 and not text[2].isalnum():
        terminator = "~" if "~" in text else "\n"
        return Delimiters(text[2], ":", terminator, None, False)
    raise RecordError("not_x12")


def segment_batches(path: Path) -> Iterator[tuple[Delimiters, list[list[str]]]]:
    """The file's segments, split into elements, a chunk at a time (one list per megabyte read).

    Whole chunks are split with `str.split` and a list comprehension, so a segment costs
    well under a microsecond. Whitespace around terminators is layout, not data: pieces
    of only whitespace are dropped here, and the parser strips whatever it reads.
    """
    with _open_text(path) as handle:
        buffer = handle.read(CHUNK)
        delimiters = read_delimiters(buffer)
        terminator, element = delimiters.segment, delimiters.element
        # Line breaks between segments are layout, not data, unless they are the terminator itself.
        unwrap = str.maketrans("", "", "\r\n") if terminator not in "\r\n" else None
        while True:
            more = handle.read(CHUNK)
            if unwrap is not None:
                buffer = buffer.translate(unwrap)
            pieces = buffer.split(terminator)
            buffer = pieces.pop() if more else ""
            # Most pieces start with a letter (> " "), so the strip only runs for the odd one.
            batch = [piece.split(element) for piece in pieces if piece[:1] > " " or piece.strip()]
            if batch:
                yield delimiters, batch
            if not more:
                break
            buffer += more
