"""Finds the shipped resources and compiled translations, from a checkout, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _roots() -> tuple[Path, ...]:
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle))
    roots.append(_PACKAGE / "_data")  # installed wheel (force-included)
    roots.append(_PACKAGE.parent)  # source checkout or editable install
    return tuple(roots)


def data_path(kind: str, *parts: str) -> Path:
    """The path of `kind` ("resources" or "translations") joined with `parts`, wherever the app runs from."""
    for root in _roots():
        candidate = root.joinpath(kind, *parts)
        if candidate.exists():
            return candidate
    return _roots()[-1].joinpath(kind, *parts)


def resource(*parts: str) -> Path:
    return data_path("resources", *parts)


TEMPLATE_LANGUAGES = ("en", "es")


def template(lang: str, name: str) -> Path:
    """A patient-facing text file, `resources/templates/<lang>/<name>.toml` (English for an unknown language)."""
    return resource("templates", lang if lang in TEMPLATE_LANGUAGES else "en", f"{name}.toml")


def translation(*parts: str) -> Path:
    return data_path("translations", *parts)
