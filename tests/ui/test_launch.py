"""Starting the desk: Today's first page is read on a plain connection and shown before the controller loads."""

from __future__ import annotations

import subprocess
import sys

import pytest

from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.vault.early_start import begin
from collections_desktop.services.vault.first_page import PAGE, unlock_first_page
from collections_desktop.services.workspace import open_workspace
from collections_desktop.storage.vault import Vault, VaultPaths
from collections_desktop.ui.launch import make_app, open_desk
from collections_desktop.ui.models.worklist_model import Column
from collections_desktop.ui.panes.lock import UnlockPanel
from tests.conftest import PASSPHRASE
from tests.ui.test_shell import unlock


@pytest.fixture
def desk_opening(demo_dir):
    """Opens the desk as `collections-desktop` does, with the given secret; closes it after the test."""
    shells = []

    def open_with(**secret):
        shells.append(open_desk(make_app(), demo_dir, "en", begin(demo_dir, **secret)))
        return shells[-1]

    yield open_with
    for shell in shells:
        shell.shutdown()
        shell.window.close()
        shell.window.deleteLater()


def test_the_first_page_is_what_the_workspace_shows(demo_dir):
    first = unlock_first_page(demo_dir, passphrase=PASSPHRASE)
    assert first.read
    workspace = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        today = ids_for(workspace, "today", rank=False)
        assert first.ids == today[:PAGE] and first.listed >= len(today)
        assert first.rows() == rows_for(workspace, first.ids, at=first.at)
        assert len(first.rows()) == min(PAGE, len(today)) > 0
        assert first.totals[0] >= first.totals[1] == len(today) + sum(
            1 for row in rows_for(workspace, ids_for(workspace, "holds")) if row.patient_due_cents > 0)
    finally:
        workspace.close()
        first.vault.close()


def test_a_vault_not_yet_migrated_is_left_to_the_full_open(data_dir):
    vault, _recovery = Vault.create(VaultPaths(data_dir), PASSPHRASE)
    vault.close()
    first = unlock_first_page(data_dir, passphrase=PASSPHRASE)
    assert not first.read and first.rows() == []
    first.vault.close()


def test_the_window_shows_the_first_page_then_the_desk_takes_over(desk_opening, qtbot):
    shell = desk_opening(passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: shell.first_page_on_screen, timeout=20_000)
    model = shell.model
    assert model.rowCount() > PAGE
    assert model.data(model.index(0, Column.ACCOUNT)) and model.data(model.index(0, Column.CALLABLE))
    assert shell.window.summary is not None
    qtbot.waitUntil(lambda: shell.controller is not None and shell.controller.workspace is not None,
                    timeout=20_000)
    controller = shell.controller
    assert controller.model is model and controller.window is shell.window
    qtbot.waitUntil(lambda: model.data(model.index(PAGE + 1, Column.ACCOUNT)) is not None, timeout=20_000)


def test_no_remembered_key_asks_for_the_passphrase(desk_opening, demo_dir, qtbot):
    shell = desk_opening(use_keyring=True)
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=20_000)
    controller = shell.controller
    assert not shell.first_page_on_screen and shell.model.rowCount() == 0
    assert isinstance(controller.dialog, UnlockPanel)
    controller.dialog.remember.setChecked(True)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.workspace is not None and shell.model.rowCount() > 0, timeout=20_000)
    # Remembered on this device: the next start opens without asking.
    first = begin(demo_dir, use_keyring=True).result(timeout=20)
    assert first.read
    first.vault.close()


def test_locking_while_the_workspace_opens_closes_it(controller_factory, demo_dir, qtbot):
    controller = controller_factory(demo_dir)
    controller.continue_from(unlock_first_page(demo_dir, passphrase=PASSPHRASE))
    assert controller.model.rowCount() > 0
    controller.lock()
    assert controller.model.rowCount() == 0 and isinstance(controller.dialog, UnlockPanel)
    controller.runner.wait()
    qtbot.wait(50)  # the opened workspace is handed back, and closed
    assert controller.workspace is None and controller.model.rowCount() == 0


def _loaded_after(modules: list[str], watched: set[str], **env: str) -> str:
    """In a fresh interpreter, after importing `modules`: which `watched` packages and modules were loaded."""
    code = (f"import sys\nfor name in {modules!r}: __import__(name)\n"
            "loaded = set(sys.modules) | {m.split('.')[0] for m in sys.modules}\n"
            f"print(sorted(loaded & {watched!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", **env})
    return out.stdout.strip()


def test_the_first_page_loads_without_the_database_stack():
    assert _loaded_after(["collections_desktop.services.vault.first_page", "collections_desktop.ui.launch"],
                         {"sqlalchemy", "alembic", "reportlab", "keyring", "phonenumbers"},
                         QT_QPA_PLATFORM="offscreen") == "[]"


def test_the_key_derivation_starts_before_the_reading_modules_load(demo_dir):
    # The thread's first step needs only the key file and the Argon2 bindings; the rest loads beside it.
    assert _loaded_after(["collections_desktop.services.vault.early_start"],
                         {"sqlcipher3", "sqlalchemy", "PySide6", "cryptography",
                          "collections_desktop.services.vault.first_page"}) == "[]"


def test_a_wrong_passphrase_at_the_early_start_is_the_usual_error(data_dir):
    vault, _recovery = Vault.create(VaultPaths(data_dir), PASSPHRASE)
    vault.close()
    with pytest.raises(UserError) as caught:
        begin(data_dir, passphrase="not the passphrase at all").result(timeout=20)
    assert caught.value.code == "wrong_secret"


@pytest.mark.parametrize("setting", [{"lanes": 0}, {"memory_kib": 1}, {"iterations": "x"}])
def test_a_damaged_key_setting_at_the_early_start_is_reported_not_waited_on(data_dir, setting):
    import json

    vault, _recovery = Vault.create(VaultPaths(data_dir), PASSPHRASE)
    vault.close()
    keys_path = data_dir / "vault.keys.json"
    document = json.loads(keys_path.read_text())
    document["wraps"]["passphrase"].update(setting)
    keys_path.write_text(json.dumps(document))
    with pytest.raises(UserError) as caught:
        begin(data_dir, passphrase=PASSPHRASE).result(timeout=20)
    assert caught.value.code == "key_file_damaged"


def test_a_vault_to_upgrade_opens_behind_the_unlock_dialog(controller_factory, data_dir, qtbot):
    vault, _recovery = Vault.create(VaultPaths(data_dir), PASSPHRASE)
    vault.close()
    controller = controller_factory(data_dir)
    controller.start()
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=20_000)
    assert controller.dialog is None
    qtbot.waitUntil(lambda: controller.window.summary == (0, 0, 0), timeout=10_000)


def test_locking_from_the_first_page_hides_it_and_asks_again(desk_opening, qtbot):
    from collections_desktop.ui.actions import MainAction

    shell = desk_opening(passphrase=PASSPHRASE)
    # Ctrl+L the moment the page is on screen, before the rest of the desk has loaded.
    shell.first_page_shown.connect(shell.window.registry[MainAction.LOCK].trigger)
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=20_000)
    controller = shell.controller
    assert shell.model.rowCount() == 0 and shell.window.summary is None
    assert isinstance(controller.dialog, UnlockPanel) and controller.workspace is None
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.workspace is not None and shell.model.rowCount() > 0, timeout=20_000)


def test_the_account_and_script_panes_come_after_the_first_page_in_their_places(qtbot):
    from collections_desktop.ui.main_window import SPLIT, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show_unlocked((10, 5, 12345), False)
    window.show()
    qtbot.waitExposed(window)
    assert window._account is None  # the first page is painted without them  # noqa: SLF001
    sizes = window.desk.sizes()
    assert [round(size * sum(SPLIT) / sum(sizes)) for size in sizes] == list(SPLIT)
    pane = window.account  # built when first asked for, in the place kept for it
    assert window.desk.widget(1) is pane and window.desk.widget(2) is window.scripts
    assert window.desk.sizes() == sizes
