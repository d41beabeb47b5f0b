"""Streams the segments of an X12 file, with the delimiters read from its ISA envelope (never assumed)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from collections_desktop.sync.problems import RecordError

CHUNK = 1 << 20


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


def _isa_delimiters(text: str) -> Delimiters:
    """The four delimiters of an ISA whose fields may or may not be padded to their widths.

    The element separator is the ISA's fourth character; ISA16 (the component separator) is the one
    character after the sixteenth separator, and the segment terminator the character after it.
    """
    if len(text) < 4:
        raise RecordError("isa_truncated")
    element = text[3]
    position = 3
    for _ in range(15):
        position = text.find(element, position + 1)
        if position < 0:
            raise RecordError("isa_truncated")
    if len(text) < position + 3:
        raise RecordError("isa_truncated")
    fields = text[:position].split(element)
    component, terminator = text[position + 1], text[position + 2]
    version, repetition = fields[12].strip(), fields[11].strip()
    # Many 5010 senders still write 4010's "U" in ISA11: a letter there is no repetition separator.
    usable = version >= "00402" and len(repetition) == 1 and not repetition.isalnum()
    repeats = repetition if usable and repetition not in (element, component, terminator) else None
    chosen = [element, component, terminator] + ([repeats] if repeats else [])
    if (len(set(chosen)) != len(chosen) or any(c.isalnum() for c in chosen)
            or element.isspace() or component.isspace()):
        raise RecordError("isa_delimiters")
    return Delimiters(element, component, terminator, repetition, True)


def read_delimiters(head: str) -> Delimiters:
    text = head.lstrip("\ufeff \r\n\t")
    if text.startswith("ISA"):
        return _isa_delimiters(text)
    if text.startswith(("ST", "GS")) and len(text) > 3 and not text[2].isalnum():
        terminator = "~" if "~" in text else "\n"
        return Delimiters(text[2], ":", terminator, None, False)
    raise RecordError("not_x12")


def transaction_type(path: Path) -> str | None:
    """ST01 of the file's first transaction (835, 837, 277, 999 …), or None when none is near the start."""
    with _open_text(path) as handle:
        head = handle.read(1 << 16)
    try:
        delimiters = read_delimiters(head)
    except RecordError:
        return None
    for piece in head.split(delimiters.segment):
        parts = piece.strip().split(delimiters.element)
        if parts[0].strip() == "ST" and len(parts) > 1:
            return parts[1].strip()
    return None


def segment_batches(path: Path) -> Iterator[tuple[Delimiters, list[list[str]]]]:
    """The file's segments, split into elements, a chunk at a time (one list per megabyte read).

    Whole chunks are split with `str.split` and a list comprehension, so a segment costs
    well under a microsecond. Whitespace around terminators is layout, not data (indented
    files, CRLF plus spaces, a space after `~`): pieces of only whitespace are dropped here,
    and the parser strips a segment's tag (and whatever else it reads) when it is not bare.
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
            # Most pieces start with a letter (> " "); pieces of only whitespace are dropped.
            batch = [piece.split(element) for piece in pieces if piece[:1] > " " or piece.strip()]
            if batch:
                yield delimiters, batch
            if not more:
                break
            buffer += more
