"""A hatch build hook: the Spanish `.qm` is compiled from its `.ts` with Qt's lrelease, so a wheel built from a
clean checkout or the sdist carries it (the `.qm` is never committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if Path(found).exists():
        return [found]
    import PySide6  # the build requires it; its wheel ships the lrelease binary

    binary = Path(PySide6.__file__).with_name("lrelease")
    return [str(binary)]


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        folder = Path(self.root) / "translations"
        for source in sorted(folder.glob("*.ts")):
            target = source.with_suffix(".qm")
            if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
                subprocess.run([*_lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
