"""An account's timeline events in words: the parameters that are codes (channel, outcome, hold, state, method)
are worded too, in the same language."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from collections_desktop.words import say, short
from collections_desktop.words.formats import iso_day

# Where each coded parameter's words are in the catalog; a promise's outcome is a promise state.
CODED = {"channel": "channel_", "outcome": "outcome_", "hold": "hold_", "state": "status_", "method": "method_",
         "team": "team_", "reason": "handoff_reason_", "answer": "answer_", "decision": "hold_outcome_"}
PROMISE_OUTCOME = "promise_"
# Parameters that are days kept as ISO text: shown in the reader's format.
DAYS = frozenset({"paid_on", "next_due", "due", "day", "filed_on", "cure_by", "verification_sent_on",
                  "application_received_on"})


def shown(params: Mapping[str, object], money: Callable[[int], str]) -> dict[str, object]:
    """The parameters with `cents` given as `amount`, formatted by `money` (the display's own formatting)."""
    out = {name: iso_day(str(value)) if name in DAYS and value else value for name, value in params.items()}
    if "cents" in out:
        out["amount"] = money(int(str(out.pop("cents"))))
    return out


def event_words(code: str, params: Mapping[str, object], money: Callable[[int], str],
                lang: str | None = None) -> str:
    """The words for a timeline event `code` ("contact_outbound", …) with its parameters."""
    worded: dict[str, object] = {}
    for name, value in shown(params, money).items():
        prefix = CODED.get(name)
        if prefix is None:
            worded[name] = value
            continue
        if name == "outcome" and code == "promise_made":
            prefix = PROMISE_OUTCOME
        worded[name] = (f"{prefix}{str(value).lower()}",)  # a one-code list: worded by the catalog
    return say(f"event_{code}", lang, **worded)


def event_marks(params: Mapping[str, object], lang: str | None = None) -> list[str]:
    """What an event is marked with: dated back, pinned."""
    return [say(f"event_{mark}", lang) for mark in ("backdated", "pinned") if params.get(mark)]


def why_words(action: str, reason: str, params: Mapping[str, object], money: Callable[[int], str],
              lang: str | None = None) -> str:
    """A worklist line's next action and why ("wait — 7-day wait after a conversation"); a compliance reason in
    its short form."""
    doing = say(f"action_{action}", lang)
    if not reason:
        return doing
    if reason.startswith("why_"):
        coded = {k: (f"{CODED[k]}{v}",) if k in CODED and isinstance(v, str) else v
                 for k, v in shown(params, money).items()}
        words = say(reason, lang, **coded)
    else:
        words = short(reason, lang)
    return f"{doing}: {words}" if action == "hold" else f"{doing} — {words}"
