"""An account's timeline events in words: the parameters that are codes (channel, outcome, hold, state, method)
are worded too, in the same language."""

from __future__ import annotations

from collections.abc import Mapping

from collections_desktop.words import say

# Where each coded parameter's words are in the catalog; a promise's outcome is a promise state.
CODED = {"channel": "channel_", "outcome": "outcome_", "hold": "hold_", "state": "status_", "method": "method_",
         "team": "team_", "reason": "handoff_reason_", "answer": "answer_"}
PROMISE_OUTCOME = "promise_"


def event_words(code: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """The words for a timeline event `code` ("contact_outbound", …) with its parameters; `amount` is given
    already formatted by the caller (money is formatted where the display is)."""
    worded: dict[str, object] = {}
    for name, value in params.items():
        prefix = CODED.get(name)
        if prefix is None:
            worded[name] = value
            continue
        if name == "outcome" and code == "promise_made":
            prefix = PROMISE_OUTCOME
        worded[name] = (f"{prefix}{str(value).lower()}",)  # a one-code list: worded by the catalog
    return say(f"event_{code}", lang, **worded)


def why_words(action: str, reason: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """A worklist line's next action and why ("wait — 7-day wait after a conversation"); a compliance reason in
    its short form, money in `params` already formatted as `amount`."""
    from collections_desktop.words import has_words

    doing = say(f"action_{action}", lang)
    if not reason:
        return doing
    if reason.startswith("why_"):
        words = say(reason, lang, **params)
    else:
        words = say(f"{reason}:short", lang) if has_words(f"{reason}:short") else say(reason, lang, **params)
    return f"{doing}: {words}" if action == "hold" else f"{doing} — {words}"
