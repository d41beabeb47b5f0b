"""The compliance engine's reason codes in the window: full words where the reason's details are known, else short."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from collections_desktop.words import say, short
from collections_desktop.words.formats import moment


def reason_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """With `params` (a Reason's details) the full reason; without, the short form made for badges and lists."""
    return short(code) if params is None else say(code, **params)


def why_not_now(decision: Any) -> str:  # noqa: ANN401 - a domain Decision
    """Why a contact is not allowed now and, when it lifts with time, from when: the script banner and the
    contact dialog say it alike."""
    reasons = ", ".join(reason_text(r.code, dict(r.params)) for r in decision.reasons if not r.warning)
    if decision.next_allowed_at is None:
        return reasons
    return reasons + " — " + QCoreApplication.translate("ScriptPanel", "next: %1").replace(
        "%1", moment(decision.next_allowed_at))
