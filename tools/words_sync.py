"""Brings the Spanish catalog in line with the code's word tables (`make words`): new codes are added untranslated,
changed English is marked fuzzy for review, codes no longer in the tables are dropped."""

from __future__ import annotations

import re
import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from collections_desktop.words import DOMAIN, LOCALE_DIR  # noqa: E402
from collections_desktop.words.catalog import ENGLISH, PLURALS  # noqa: E402


def template() -> Catalog:
    catalog = Catalog(domain=DOMAIN)
    for code, text in ENGLISH.items():
        catalog.add(text, context=code)
    for code, (_count, one, many) in PLURALS.items():
        catalog.add((one, many), context=code)
    return catalog


def sync(language: str) -> list[str]:
    """Updates the language's .po in place; returns the codes that need words (new, changed or empty)."""
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    catalog.update(template(), no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    written = BytesIO()
    write_po(written, catalog, width=120, omit_header=False, sort_output=False, ignore_obsolete=True)
    po.write_text(tidy(written.getvalue().decode("utf-8")), encoding="utf-8")
    return [str(message.context) for message in catalog if message.id and (message.fuzzy or not translated(message))]


BOILERPLATE = re.compile(r'^"(?:POT-Creation-Date|PO-Revision-Date|Last-Translator|Report-Msgid-Bugs-To|'
                         r'Language-Team|Generated-By): [^"]*"\n', re.MULTILINE)


def tidy(text: str) -> str:
    """Leaves out the header lines that would change at every run (dates, tool versions) or say nothing."""
    return BOILERPLATE.sub("", text)


def translated(message: object) -> bool:
    string = getattr(message, "string", None)
    return bool(string) if isinstance(string, str) else bool(string) and all(string)


if __name__ == "__main__":
    todo = sync("es")
    for code in todo:
        print(f"needs Spanish: {code}")
    print(f"{len(todo)} code(s) to translate in {LOCALE_DIR / 'es' / 'LC_MESSAGES' / (DOMAIN + '.po')}")
