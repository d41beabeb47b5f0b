"""What an import found in the files (problems located by file and line or segment), worded for the window."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from collections_desktop.words import has_words, label, say


def problem_text(code: str, params: Mapping[str, object]) -> str:
    """The interface-language text for an import problem; a code without words is named as a problem."""
    if has_words(code):
        return label(say(code, **params))
    return label(say("problem_unknown", code=code))


def severity_text(severity: str) -> str:
    if severity == "error":
        return QCoreApplication.translate("ImportProblems", "Error")
    return QCoreApplication.translate("ImportProblems", "Warning")
