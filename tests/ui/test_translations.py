"""Spanish is complete: no unfinished or empty translation, and the .ts knows every string in the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "collections_desktop_es.ts"


def sources(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def test_every_spanish_string_is_finished():
    unfinished = [src for (_ctx, src), tr in sources(TS).items()
                  if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()]
    assert unfinished == []


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "check_es.ts"
    shutil.copy(TS, copy)
    code = sorted(str(p) for p in (ROOT / "collections_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *code, "-ts", str(copy)], check=True, cwd=ROOT)
    assert set(sources(copy)) == set(sources(TS)), "run `make translations` and translate the new strings"


def test_placeholders_survive_translation():
    for (_ctx, src), tr in sources(TS).items():
        for token in ("{accounts}", "{due}", "{amount}", "{path}", "{minimum}", "{missing}", "{kind}", "{code}",
                      "{version}"):
            assert (token in src) == (token in (tr.text or "")), (src, token)


def _spanish_texts() -> list[tuple[str, str]]:
    """Widget text and the patient-facing templates (the coded messages' catalog has its own test in tests/words)."""
    texts = [(f"ts: {src[:40]}", tr.text or "") for (_ctx, src), tr in sources(TS).items()]
    templates = sorted((ROOT / "resources" / "templates" / "es").rglob("*.toml"))
    assert templates, "the Spanish templates moved: point this test at them"
    for path in templates:
        texts += [(f"{path.name}:{n}", line) for n, line in enumerate(path.read_text().splitlines(), 1)]
    return texts


def test_spanish_follows_the_glossary():
    """US Spanish as the clinic's patients read it: "monto" (not "importe") for an amount of money."""
    import re

    noun = re.compile(r"\b(?:el|los|un|del|al)\s+importes?\b|\bImportes?\b|&amp;Importe|&Importe")
    found = [where for where, text in _spanish_texts() if noun.search(text)]
    assert found == []
