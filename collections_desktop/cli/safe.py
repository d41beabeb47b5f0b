"""Text for the terminal: control characters that came in with imported data are shown as escapes, never obeyed."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 controls but tab and line feed, DEL and the C1 controls, and the marks that reorder text (bidi overrides).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """ESC, BEL, a right-to-left override… written as \\u001b, \\u0007, \\u202e, so a name cannot move the cursor,
    ring, clear the screen or turn the line around."""
    return _UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def echo(text: str = "", *, file: TextIO | None = None) -> None:
    """print() for lines that carry imported text."""
    print(terminal_safe(text), file=file or sys.stdout)
