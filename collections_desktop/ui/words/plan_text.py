"""Plan codes in the window: options, frequencies, states, installment statuses, promise outcomes and reasons."""

from __future__ import annotations

from collections_desktop.words import has_words, label, say

# Where a bare state or option code has its words in the catalog, in the order they are tried.
PREFIXES = ("", "status_", "inst_", "promise_", "freq_", "option_")


def plan_text(code: str) -> str:
    """The interface-language words for a plan code, as a label (capital first letter)."""
    for prefix in PREFIXES:
        if has_words(prefix + code):
            return label(say(prefix + code))
    return label(say("problem_unknown", code=code))
