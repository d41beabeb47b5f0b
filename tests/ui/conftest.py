"""Qt fixtures: a controller on a temp data dir, closed and drained after each test."""

from __future__ import annotations

import pytest

from collections_desktop.ui.controller import DeskController
from collections_desktop.ui.launch import make_app


@pytest.fixture
def controller_factory(qapp):
    made = []

    def make(data_dir, lang="en", server=None):
        controller = DeskController(make_app(), data_dir, lang, server=server)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        controller.window.close()
        controller.window.deleteLater()
        controller.languages.switch("en", remember=False)
