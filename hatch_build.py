"""A hatch build hook: the Spanish `.qm` (widget text) is compiled from its `.ts` with Qt's lrelease and the gettext
`.mo` (coded messages) from its `.po` with Babel, so a wheel built from a clean checkout or the sdist carries both
(neither is ever committed)."""

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

        _compile_catalogs(Path(self.root) / "collections_desktop" / "locale")
        # The .mo is not in git (hatch leaves out what git ignores), so it is named for the wheel explicitly.
        build_data.setdefault("artifacts", []).append("collections_desktop/locale/*/LC_MESSAGES/*.mo")


def _compile_catalogs(locale: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for source in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        target = source.with_suffix(".mo")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        with source.open("rb") as handle:
            catalog = read_po(handle)
        with target.open("wb") as handle:
            write_mo(handle, catalog)
