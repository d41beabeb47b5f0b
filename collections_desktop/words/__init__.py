"""One catalog of words for every coded message, shared by the command line and the window (gettext, per code).

A code (`wrong_secret`, `outside_hours`, `x12_truncated`, …) has one English template in `words/*.py` with
`{name}` placeholders; its Spanish lives in `locale/es/LC_MESSAGES/collections_desktop.po` (msgctxt = code),
compiled to a `.mo` at build time and read with the standard library's gettext. Counts go through the
catalog's plural forms. Services and the domain return codes only; they never import this package.
"""

from __future__ import annotations

import gettext
import re
import string
from functools import cache
from pathlib import Path

from collections_desktop.words.catalog import ENGLISH, PLURALS

DOMAIN = "collections_desktop"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("en", "es")

_current = "en"


def use_language(language: str) -> None:
    """The window's interface language, for `say` without an explicit `lang` (the command line passes its own)."""
    global _current  # noqa: PLW0603 - one interface language per process, switched live
    _current = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _current


@cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    mo = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if mo.exists():
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return _from_po(language)


def _from_po(language: str) -> gettext.NullTranslations:
    """A source checkout that was never built (no `.mo`): the `.po` compiled in memory when Babel is there."""
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    try:
        from io import BytesIO

        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po
    except ImportError:
        return gettext.NullTranslations()
    if not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


class _Blank(dict[str, object]):
    """Parameters a caller did not give print as nothing, never as `{name}`."""

    def __missing__(self, key: str) -> str:
        return ""


_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")


def _fill(template: str, params: dict[str, object]) -> str:
    try:
        text = string.Formatter().vformat(template, (), _Blank(params))
    except (IndexError, ValueError, AttributeError):
        return template
    return _EMPTY_BRACKETS.sub("", text)


# Parameters that hold ids a person reads as places: IANA time zones ("America/Puerto_Rico" -> "Puerto Rico").
_PLACES = frozenset({"zones", "zone"})


def _place(zone_ids: str) -> str:
    return ", ".join(z.strip().rsplit("/", 1)[-1].replace("_", " ") for z in zone_ids.split(",") if z.strip())


def has_words(code: str) -> bool:
    return code in ENGLISH or code in PLURALS


def say(code: str, lang: str | None = None, /, **params: object) -> str:
    """The words for `code` in `lang` (default: the interface language) with its parameters filled in.

    A tuple parameter holds codes (reasons, without their details): each is worded, in its short form where it
    has one, and the list joined. An unknown code prints as itself, which the catalog tests catch before a user
    could."""
    language = lang or _current
    translations = _translations(language if language in LANGUAGES else "en")
    filled = {k: "; ".join(short(str(c), language) for c in v) if isinstance(v, tuple)
              else _place(str(v)) if k in _PLACES else v for k, v in params.items()}
    if code in PLURALS:
        count_name, one, many = PLURALS[code]
        count = params.get(count_name, 0)
        number = count if isinstance(count, int) else int(str(count)) if str(count).isdigit() else 0
        return _fill(translations.npgettext(code, one, many, number), filled)
    english = ENGLISH.get(code)
    if english is None:
        return code
    return _fill(translations.pgettext(code, english), filled)


def short(code: str, lang: str | None = None) -> str:
    """A code without its details (in a list, a badge): its short form where it has one, else its words."""
    return say(f"{code}:short", lang) if f"{code}:short" in ENGLISH else say(code, lang)


def sentence(text: str) -> str:
    """A message as the window shows it: a capital first letter and a full stop."""
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!…:" else text + "."


def label(text: str) -> str:
    """A short word for a state or an option: a capital first letter, no stop."""
    return text[:1].upper() + text[1:]
