"""The PyInstaller onedir build starts, answers --version, runs migrations and renders its window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_onedir_build_runs(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists() or not (ROOT / "translations" / "collections_desktop_es.qm").exists():
        pytest.skip("needs PyInstaller and the compiled translations (make test provides both)")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "build"), str(ROOT / "build.spec")],
                   check=True, cwd=ROOT, capture_output=True, timeout=600)
    binary = tmp_path / "dist" / "collections-desktop" / "collections-desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLLECTIONS_DESKTOP_PASSPHRASE": "package test passphrase"}
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.returncode == 0 and "collections-desktop" in version.stdout
    data = tmp_path / "vault"
    for args in (["init"], ["demo", "--accounts", "50"], ["audit", "verify"]):
        done = subprocess.run([str(binary), "--data-dir", str(data), *args], capture_output=True, text=True,
                              env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    shot = tmp_path / "window.png"
    done = subprocess.run([str(binary), "--data-dir", str(data), "--lang", "es", "screenshot", "--out", str(shot)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shutil.rmtree(tmp_path / "build", ignore_errors=True)
