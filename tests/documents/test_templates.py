"""Patient-facing texts: English and Spanish have the same files, the same keys and the same placeholders."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
NAMES = sorted(p.stem for p in (TEMPLATES / "en").glob("*.toml"))


def flatten(doc: object, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.update(flatten(value, f"{prefix}.{key}" if prefix else key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            out.update(flatten(value, f"{prefix}[{index}]"))
    else:
        out[prefix] = str(doc)
    return out


def test_both_languages_have_the_same_files():
    assert NAMES and sorted(p.stem for p in (TEMPLATES / "es").glob("*.toml")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_the_same_keys_and_placeholders(name):
    english, spanish = (flatten(tomllib.loads((TEMPLATES / lang / f"{name}.toml").read_text("utf-8")))
                        for lang in ("en", "es"))
    assert set(english) == set(spanish)
    for key, text in english.items():
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", spanish[key])), (name, key)
