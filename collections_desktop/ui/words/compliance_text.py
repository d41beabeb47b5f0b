"""The compliance engine's reason codes in the window: full words where the reason's details are known, else short."""

from __future__ import annotations

from collections.abc import Mapping

from collections_desktop.words import say, short


def reason_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """With `params` (a Reason's details) the full reason; without, the short form made for badges and lists."""
    return short(code) if params is None else say(code, **params)
