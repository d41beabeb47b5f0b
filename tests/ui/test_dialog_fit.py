"""Every dialog fits a laptop and shows its words whole: at 1366×768 and 1280×800 in both languages, and at
150 % scaling (a 1920×1080 screen, 1280×720 in Qt's pixels)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from collections_desktop.ui.gallery import DIALOGS, open_dialog
from tests.conftest import PASSPHRASE
from tests.ui.fit_check import clipped, too_big
from tests.ui.test_desk import open_desk


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_no_dialog_is_clipped(controller_factory, demo_dir, qtbot, size, lang):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang=lang)
    controller.window.resize(*size)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    found = {}
    for name in DIALOGS:
        dialog = open_dialog(controller, controller.workspace, name)
        qtbot.wait(10)
        problems = clipped(dialog) + too_big(dialog, *size)
        if problems:
            found[name] = problems
        dialog.close()
    assert found == {}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_window_shows_its_words_whole(controller_factory, demo_dir, qtbot, lang):
    controller = open_desk(controller_factory, demo_dir, qtbot, lang=lang)
    window = controller.window
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    qtbot.wait(50)
    assert clipped(window) == []
    controller.lock()
    qtbot.wait(10)
    assert clipped(window) == []


def test_at_150_percent_scaling(demo_dir):
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen",
               COLLECTIONS_DESKTOP_PASSPHRASE=PASSPHRASE)
    for lang in ("en", "es"):
        run = subprocess.run([sys.executable, "-m", "tests.ui.fit_check", str(demo_dir), lang, "1280", "720"],
                             env=env, capture_output=True, text=True, timeout=300, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        found = {name: problems for name, problems in json.loads(run.stdout.splitlines()[-1]).items() if problems}
        assert found == {}, lang


def test_the_command_line_offers_every_dialog_of_the_gallery():
    from collections_desktop.cli.parser import SCREENSHOT_DIALOGS

    assert SCREENSHOT_DIALOGS == DIALOGS
