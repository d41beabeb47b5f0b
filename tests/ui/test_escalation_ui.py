"""The escalation ladder from the Go menu: the steps with their days, the gates, and the next step taken (a letter
step asks for its folder), then the ladder read again."""

from __future__ import annotations

from collections_desktop.services.demo.demo_plans import name_demo_clinic
from tests.ui.test_desk import open_desk


def test_the_ladder_shows_and_takes_the_next_step(controller_factory, demo_dir, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    controller = open_desk(controller_factory, demo_dir, qtbot)
    qtbot.waitUntil(lambda: controller.current_view is not None, timeout=10_000)
    name_demo_clinic(controller.workspace)
    dialog = controller.escalation.ladder()
    qtbot.waitUntil(lambda: dialog.position is not None, timeout=10_000)
    assert dialog.steps.topLevelItemCount() == 5
    first = dialog.position
    if not first.ready:  # the account on screen is held back: its gates are listed with their rules
        assert all(f"[{g.rule}]" in dialog.gates.text() for g in first.gates)
        return
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.take.click()
    qtbot.waitUntil(lambda: controller.escalation.taken is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.position is not None and dialog.position.next_step != first.next_step,
                    timeout=10_000)
    assert not dialog.take.isEnabled() and "[clinic]" in dialog.gates.text()
    assert any(tmp_path.iterdir())
