"""Coded errors as the window words them: the shared catalog's text, as a sentence, in the interface language."""

from __future__ import annotations

from collections_desktop.services.errors import UserError
from collections_desktop.words import has_words, say, sentence


def error_text(error: UserError) -> str:
    """The interface-language sentence for a coded error; codes without words get a generic sentence."""
    if has_words(error.code):
        return sentence(say(error.code, **error.params))
    if error.code.startswith("policy_") and "where" in error.params:
        return sentence(say("policy_value_invalid", where=error.params["where"], code=error.code))
    return sentence(say("action_failed", code=error.code))
