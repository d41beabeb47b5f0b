"""The one catalog of words: every code the program can raise or return has English and Spanish, in step."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from collections_desktop import words
from collections_desktop.words.catalog import ENGLISH, PLURALS

PACKAGE = Path(words.__file__).resolve().parents[1]
PO = words.LOCALE_DIR / "es" / "LC_MESSAGES" / f"{words.DOMAIN}.po"

# Calls with a literal code for the user: errors, problems, reasons, review items (the argument's position, and
# the catalog code it is worded under).
CODE_CALLS = {"UserError": (0, "{}"), "RecordError": (0, "{}"), "PolicyError": (1, "{}"), "reason": (0, "{}"),
              "ImportProblem": (2, "{}"), "CheckItem": (0, "review_{}:ok"), "TransitionRefusedError": (0, "{}"),
              "ScheduleError": (0, "schedule_{}")}


def _spanish() -> dict[str, object]:
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    return {str(m.context): m for m in catalog if m.id}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def raised_codes() -> dict[str, str]:
    """Every literal code passed to one of CODE_CALLS anywhere in the package, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "versions" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            position, form = CODE_CALLS.get(name or "", (-1, ""))
            if position < 0 or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                code = form.format(argument.value.lower())
                found.setdefault(code, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_the_scan_finds_the_codes_it_should():
    codes = raised_codes()
    assert {"wrong_secret", "x12_truncated", "outside_hours", "review_insurance_pending:ok"} <= set(codes)
    assert len(codes) > 150


def test_every_code_the_program_raises_has_words():
    missing = sorted(f"{code} ({where})" for code, where in raised_codes().items() if not words.has_words(code))
    assert missing == []


def test_every_compliance_reason_has_a_short_form_for_badges():
    reasons = [code for code, where in raised_codes().items() if where.startswith("domain/compliance")]
    assert reasons and [c for c in reasons if not words.has_words(f"{c}:short")] == []


def test_every_code_has_finished_spanish_with_the_same_placeholders():
    spanish = _spanish()
    problems = []
    for code, english in ENGLISH.items():
        entry = spanish.get(code)
        if entry is None or entry.fuzzy or not entry.string or entry.id != english:
            problems.append(f"{code}: missing, fuzzy or out of date (run make words)")
        elif fields(entry.string) != fields(english):
            problems.append(f"{code}: placeholders {sorted(fields(entry.string))} vs {sorted(fields(english))}")
    for code, (count, one, many) in PLURALS.items():
        entry = spanish.get(code)
        assert count in fields(one) | fields(many), code
        if entry is None or entry.fuzzy or entry.id != (one, many) or not all(entry.string):
            problems.append(f"{code}: plural missing, fuzzy or out of date")
        elif any(fields(form) != fields(many) for form in entry.string):
            problems.append(f"{code}: plural placeholders differ")
    assert problems == []


def test_the_spanish_catalog_holds_no_code_the_tables_dropped():
    assert set(_spanish()) == set(ENGLISH) | set(PLURALS)


def test_spanish_follows_the_glossary():
    """US Spanish: "monto", "saldo", "estado de cuenta"; never "importe" for an amount (the verb is fine)."""
    noun = re.compile(r"\b(?:el|los|un|del|al)\s+importes?\b|\bImportes?\b")
    found = []
    for code, entry in _spanish().items():
        forms = [entry.string] if isinstance(entry.string, str) else list(entry.string)
        found += [code for form in forms if noun.search(form)]
    assert found == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_message_renders_without_braces_with_or_without_its_parameters(lang):
    for code in list(ENGLISH) + list(PLURALS):
        template = ENGLISH.get(code) or PLURALS[code][2]
        given = {name: "X1" for name in fields(template)}
        for params in (given, {}):
            text = words.say(code, lang, **params)
            assert "{" not in text and "}" not in text and "()" not in text, (code, text)
            assert text.strip(), code


def test_counts_choose_the_plural_form_in_both_languages():
    assert words.say("vault_check_pages", "en", count=1) == "pages and structure: 1 problem"
    assert words.say("vault_check_pages", "en", count=3) == "pages and structure: 3 problems"
    assert words.say("vault_check_pages", "es", count=1) == "páginas y estructura: 1 problema"
    assert words.say("vault_check_pages", "es", count=0) == "páginas y estructura: 0 problemas"
    assert words.say("review_matches_last_import", "es", count=2) == "2 cambios desde la última importación"


def test_reason_lists_are_worded_one_by_one():
    text = words.say("plan_blocked", "es", reasons=("plan_needs_supervisor", "plan_term_above_policy"))
    assert "plan_" not in text and "supervisor" in text and "; " in text


def test_an_unknown_code_names_itself_and_the_window_says_it_is_unknown():
    assert words.say("no_such_code_here", "es") == "no_such_code_here"
    assert not words.has_words("no_such_code_here")


def test_the_compiled_catalog_matches_the_source():
    """The .mo the program reads (built by make) says what the .po says: a stale build would show old Spanish."""
    mo = PO.with_suffix(".mo")
    if not mo.exists():
        pytest.skip("no compiled catalog: the .po is read directly")
    import gettext

    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for code, entry in _spanish().items():
        if isinstance(entry.string, str):
            assert compiled.pgettext(code, ENGLISH[code]) == entry.string, code


def test_a_source_checkout_without_the_compiled_catalog_still_speaks_spanish(tmp_path, monkeypatch):
    import shutil

    target = tmp_path / "es" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(PO, target / PO.name)
    monkeypatch.setattr(words, "LOCALE_DIR", tmp_path)
    words._translations.cache_clear()
    try:
        assert words.say("wrong_secret", "es").startswith("frase de contraseña")
    finally:
        words._translations.cache_clear()


def test_time_zones_are_said_as_places():
    text = words.say("outside_hours", "es", zones="America/Puerto_Rico,America/New_York")
    assert text == "fuera del horario de 8 a 21 h local (Puerto Rico, New York)"
