"""Reads PM CSV exports as they really are: BOM or not, UTF-8 or Windows-1252, comma/semicolon/tab, quoted newlines."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, NoReturn

from collections_desktop.sync.problems import ERROR, ImportProblem, RecordError

SNIFF_BYTES = 64 * 1024
DATE_FORMATS = ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y", "%m-%d-%Y", "%Y%m%d")
TOTAL_WORDS = {"total", "totals", "grand total", "report total", "sum"}


class RefusedRow:
    """A row that must not be read: `refuse` raises its located reason."""

    def refuse(self) -> NoReturn:
        raise NotImplementedError


@dataclass(frozen=True)
class ShortRow(RefusedRow):
    """A row with fewer fields than the header: cut off mid-line (an interrupted copy), never read as blanks."""

    found: int
    expected: int

    def refuse(self) -> NoReturn:
        raise RecordError("short_row", found=self.found, expected=self.expected)


@dataclass(frozen=True)
class CutLastRow(RefusedRow):
    """The file's last row, with no line ending: a copy cut off inside its last field would read "4" for "40.00",
    or a blank for it, and nothing tells that from a whole row, so it is refused (with a line ending it is read)."""

    def refuse(self) -> NoReturn:
        raise RecordError("last_line_cut")


def _ends_with_line_ending(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, 2)
        if handle.tell() == 0:
            return True
        handle.seek(-1, 2)
        return handle.read(1) in (b"\n", b"\r")


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]
    short: RefusedRow | None = None

    def get(self, header: str | None) -> str:
        """The value under `header`, stripped; "" when the column is missing or not mapped (None)."""
        return self.values.get(header, "") if header else ""

    def check(self) -> CsvRow:
        """The row itself, or a located refusal when it was cut short."""
        if self.short is not None:
            self.short.refuse()
        return self


class NotTextError(ValueError):
    """A file that is neither UTF-8 nor Windows-1252 text: `line` holds the first byte no code page gives a
    character to (0x81, 0x8D, 0x8F, 0x90 or 0x9D), which is `byte`."""

    def __init__(self, line: int, byte: int) -> None:
        super().__init__(line, byte)
        self.line = line
        self.byte = f"0x{byte:02X}"


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when every byte decodes as UTF-8, else Windows-1252; read in chunks.

    Raises NotTextError, with the line, when the file is not Windows-1252 either.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        first = handle.read(3)
        bom = first == b"\xef\xbb\xbf"
        try:
            decoder.decode(first)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            _check_cp1252(handle)
            return "cp1252"
    return "utf-8-sig" if bom else "utf-8"


def _check_cp1252(handle: BinaryIO) -> None:
    """Raises NotTextError when the file holds a byte Windows-1252 has no character for; the file is checked in
    chunks (one byte is one character, so any split will do) and read by line only to say where."""
    handle.seek(0)
    try:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            chunk.decode("cp1252")
        return
    except UnicodeDecodeError:
        handle.seek(0)
    for number, line in enumerate(handle, 1):
        try:
            line.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise NotTextError(number, line[exc.start]) from None


def located(path: Path, items: Iterator) -> Iterator:
    """Passes a parser's items on; a file that cannot be read or split into rows ends them with one located
    problem (by line when a byte is not text), never an exception."""
    try:
        yield from items
    except NotTextError as exc:
        yield ImportProblem(f"{path.name}:{exc.line}", ERROR, "not_text", {"byte": exc.byte})
    except (OSError, UnicodeError) as exc:
        yield ImportProblem(path.name, ERROR, "cannot_read", {"path": path.name, "reason": str(exc)[:80]})
    except Exception as exc:  # noqa: BLE001 - csv.Error and friends: located, never a traceback
        yield ImportProblem(path.name, ERROR, "csv_unreadable", {"reason": type(exc).__name__})


class _Rfc4180(csv.excel):
    """RFC 4180 quoting (a doubled quote inside a quoted field is one quote) with the file's own delimiter."""


def _dialect(sample: str) -> type[csv.Dialect]:
    """The delimiter is told from the header line (names rarely hold one); quoting is always RFC 4180's, which is
    what PM systems and Excel write: a sniffer guessing it from the header line misreads "Smith ""Bobby"", Jr"."""
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    return type("FileDialect", (_Rfc4180,), {"delimiter": delimiter})


def read_header(path: Path) -> list[str]:
    with path.open("r", encoding=_encoding(path), newline="") as handle:
        sample = handle.read(SNIFF_BYTES)
    reader = csv.reader(io.StringIO(sample), _dialect(sample))
    return [h.strip() for h in next(reader, [])]


def table(path: Path) -> Iterator[tuple[int, list[str] | RefusedRow]]:
    """The header as (1, names), then each data row as (the line it starts on, its stripped values).

    Every data row is cut to the header's width plus one blank at the end, so a reader that maps a
    column the file lacks can point it at that blank. A row with fewer fields than the header comes
    as a ShortRow instead: a copy interrupted mid-line would otherwise read as a snapshot of zeros
    and undo what is posted; so does a last row that may have been cut inside its last field (CutLastRow).
    Total rows at the end are left out.
    """
    whole = _ends_with_line_ending(path)
    # Each row waits for the next, so the last one is known when it comes.
    held: tuple[int, list[str] | RefusedRow] | None = None
    for item in _table(path):
        if held is not None:
            yield held
        held = item
    if held is not None:
        line, values = held
        if not whole and line > 1 and isinstance(values, list):
            held = (line, CutLastRow())
        yield held


def _table(path: Path) -> Iterator[tuple[int, list[str] | ShortRow]]:
    with path.open("r", encoding=_encoding(path), newline="") as handle:
        sample = handle.read(SNIFF_BYTES)
        handle.seek(0)
        reader = csv.reader(handle, _dialect(sample))
        header = [h.strip() for h in next(reader, [])]
        yield 1, header
        width = len(header)
        line = reader.line_num + 1
        for fields in reader:
            start, line = line, reader.line_num + 1
            values = [f.strip() for f in fields]
            if not any(values) or values[0].lower().rstrip(":") in TOTAL_WORDS:
                continue
            if len(values) < width:
                yield start, ShortRow(len(values), width)
                continue
            del values[width:]
            values.extend([""] * (width + 1 - len(values)))
            yield start, values


def rows(path: Path) -> Iterator[CsvRow]:
    """Data rows by header name with the line each starts on (1 is the header)."""
    lines = table(path)
    _first, header = next(lines)
    assert isinstance(header, list)  # noqa: S101 - the first item is always the header
    for line, values in lines:
        if isinstance(values, RefusedRow):
            yield CsvRow(line, {}, values)
        else:
            yield CsvRow(line, dict(zip(header, values, strict=False)))


def parse_date(text: str, field_name: str) -> date:
    cleaned = text.strip()
    if "T" in cleaned:
        cleaned = cleaned.split("T", 1)[0]
    if len(cleaned) == 10 and cleaned[4] == "-" and cleaned[7] == "-":
        try:  # ISO dates, the common case, without strptime's cost
            return date.fromisoformat(cleaned)
        except ValueError:
            pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise RecordError("bad_date", field=field_name, value=text[:40])
