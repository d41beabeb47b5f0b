"""`pip install .` without make: the wheel built from a clean checkout carries the compiled Spanish translations, so
the installed app speaks Spanish (the `.qm` and the gettext `.mo` are compiled by the build hook, never committed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
from PySide6.QtCore import QCoreApplication
from collections_desktop.ui.i18n import LanguageManager
app = QCoreApplication([])
LanguageManager(app).switch("es", remember=False)
print(QCoreApplication.translate("WorklistPane", "Today"))
from collections_desktop import words
print(words.say("amount_not_positive"))
print(sorted(p.name for p in words.LOCALE_DIR.rglob("*.mo")))
"""


@pytest.mark.slow
def test_a_wheel_from_a_clean_checkout_speaks_spanish(tmp_path):
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the clean copy is made from the tracked files")
    clean = tmp_path / "checkout"
    for name in listed.stdout.splitlines():
        if (ROOT / name).is_file():
            (clean / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clean / name)
    assert not list((clean / "translations").glob("*.qm")) and not list(clean.rglob("*.mo"))
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(clean), "--no-deps", "-q", "-w", str(tmp_path / "w")],
                   check=True, env=env)
    [wheel] = list((tmp_path / "w").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], check=True)
    python = tmp_path / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, env=env)
    said = subprocess.run([str(python), "-c", CHECK], capture_output=True, text=True, check=True, cwd=tmp_path,
                          env={**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    # The venv has no Babel: the coded message comes from the compiled catalog in the wheel.
    assert said.stdout.strip().splitlines() == ["Hoy", "el monto debe ser mayor que cero", "['collections_desktop.mo']"]
    # And the installed command renders the desk in Spanish on a fresh vault.
    app = tmp_path / "venv" / "bin" / "collections-desktop"
    run_env = {**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "COLLECTIONS_DESKTOP_PASSPHRASE":
               "correct horse battery staple"}
    vault = tmp_path / "vault"
    for argv in (["init"], ["demo", "--accounts", "20"],
                 ["--lang", "es", "screenshot", "--out", str(tmp_path / "desk-es.png")]):
        subprocess.run([str(app), "--data-dir", str(vault), *argv], check=True, env=run_env, cwd=tmp_path,
                       capture_output=True, timeout=300)
    picture = (tmp_path / "desk-es.png").read_bytes()
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 20_000
