"""A new data key after a suspected leak: nothing earlier opens the vault, a crash at any point loses nothing,
and "remember on this device" is a revocable device key, never the data key."""

from __future__ import annotations

import shutil
import subprocess
import sys

import keyring
import pytest
from sqlalchemy import func, select

from collections_desktop.cli import main
from collections_desktop.services.errors import UserError
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import open_workspace
from collections_desktop.storage import keystore, rekey
from collections_desktop.storage.connection import NotAVaultError, connect_raw
from collections_desktop.storage.keys import KeyFile, new_data_key, new_recovery_key
from collections_desktop.storage.models import AuditRow
from tests.conftest import PASSPHRASE
from tests.storage.test_crash import KEEP_THE_VAULT_OPEN

NEW = "a brand new passphrase 2026"


def audit_rows(ws) -> int:
    with ws.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditRow))


def test_rekey_leaves_no_earlier_secret_that_opens_the_vault(workspace, data_dir, tmp_path):
    old_keys = tmp_path / "old.keys.json"
    shutil.copy(data_dir / "vault.keys.json", old_keys)  # e.g. in a backup or a pre-upgrade copy
    old_key = workspace.vault.data_key
    assert vault_ops.remember_on_device(workspace)
    rows = audit_rows(workspace)
    recovery = vault_ops.rekey(workspace, NEW)
    assert audit_rows(workspace) == rows + 1  # the same workspace goes on working under the new key
    assert vault_ops.verify_audit(workspace).intact
    workspace.close()

    with pytest.raises(NotAVaultError):  # the old data key, from any old key file, opens nothing
        connect_raw(data_dir / "vault.db", KeyFile.load(old_keys).unwrap_with_passphrase(PASSPHRASE))
    assert old_key != KeyFile.load(data_dir / "vault.keys.json").unwrap_with_passphrase(NEW)
    for secret in ({"passphrase": PASSPHRASE}, {"use_keyring": True}):
        with pytest.raises(UserError):
            open_workspace(data_dir, **secret)
    reopened = open_workspace(data_dir, recovery_key=recovery)
    assert audit_rows(reopened) == rows + 1 and vault_ops.verify_audit(reopened).intact
    reopened.close()
    open_workspace(data_dir, passphrase=NEW).close()
    assert "previous" not in KeyFile.load(data_dir / "vault.keys.json").wraps


@pytest.mark.parametrize("cut", ["after_key_file", "after_database"])
def test_a_rekey_cut_short_is_finished_at_the_next_unlock(workspace, data_dir, cut):
    """The two states a crash can leave between the key file and the database, made by the real steps."""
    vault = workspace.vault
    old_key, new_key = vault.data_key, new_data_key()
    fresh = vault.keyfile.rekeyed(old_key, new_key, NEW, new_recovery_key())
    rows = audit_rows(workspace)
    workspace.close()
    fresh.save(data_dir / "vault.keys.json")
    if cut == "after_database":
        rekey.rekey_database(data_dir / "vault.db", old_key, new_key)
    ws = open_workspace(data_dir, passphrase=NEW)
    assert audit_rows(ws) == rows and vault_ops.verify_audit(ws).intact
    ws.close()
    assert "previous" not in KeyFile.load(data_dir / "vault.keys.json").wraps
    connect_raw(data_dir / "vault.db", new_key).close()
    with pytest.raises(NotAVaultError):
        connect_raw(data_dir / "vault.db", old_key)


def test_rekey_is_refused_while_another_process_has_the_vault_open(workspace, data_dir):
    before = (data_dir / "vault.keys.json").read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", KEEP_THE_VAULT_OPEN, str(data_dir), PASSPHRASE, "30"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(UserError) as refused:
            vault_ops.rekey(workspace, NEW)
        assert refused.value.code == "vault_in_use"
    finally:
        holder.kill()
        holder.wait()
    assert (data_dir / "vault.keys.json").read_bytes() == before
    assert audit_rows(workspace) >= 1  # still open and working under the old key
    workspace.close()
    open_workspace(data_dir, passphrase=PASSPHRASE).close()


def test_cli_rekey_and_recovery_rotation(workspace, data_dir, tmp_path, capsys):
    workspace.close()
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE)
    new.write_text(NEW)
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    assert main([*base, "change-passphrase", "--passphrase-file", str(old), "--new-passphrase-file", str(new),
                 "--rekey"]) == 0
    out = capsys.readouterr().out
    assert "re-encrypted" in out
    first_recovery = out.strip().splitlines()[-1]
    assert main([*base, "recovery-key", "rotate", "--passphrase-file", str(new)]) == 0
    second_recovery = capsys.readouterr().out.strip().splitlines()[-1]
    assert first_recovery != second_recovery
    stale = tmp_path / "stale.txt"
    stale.write_text(first_recovery)
    assert main([*base, "audit", "verify", "--recovery-key-file", str(stale)]) == 1
    assert "recovery key" in capsys.readouterr().err
    fresh = tmp_path / "fresh.txt"
    fresh.write_text(second_recovery)
    assert main([*base, "audit", "verify", "--recovery-key-file", str(fresh)]) == 0


def test_the_demo_vault_has_nothing_to_rekey(tmp_path):
    from collections_desktop.services.workspace import create_workspace

    ws, _ = create_workspace(tmp_path / "demo", None, demo=True)
    with pytest.raises(UserError) as refused:
        vault_ops.rekey(ws, NEW)
    assert refused.value.code == "demo_has_no_secrets"
    ws.close()


def test_the_keyring_holds_a_device_key_revoked_by_a_new_passphrase(workspace, data_dir):
    assert vault_ops.remember_on_device(workspace)
    stored = keyring.get_password(keystore.SERVICE, workspace.vault.vault_id)
    assert stored.startswith("device-v1:") and workspace.vault.data_key.hex() not in stored
    import base64

    assert base64.b64decode(stored.split(":", 1)[1]) != workspace.vault.data_key
    vault_ops.change_passphrase(workspace, NEW)
    workspace.close()
    assert keyring.get_password(keystore.SERVICE, workspace.vault.vault_id) is None
    assert "device" not in KeyFile.load(data_dir / "vault.keys.json").wraps
    with pytest.raises(UserError) as locked:
        open_workspace(data_dir, use_keyring=True)
    assert locked.value.code == "passphrase_required"


def test_a_device_key_put_back_in_the_keyring_after_revocation_opens_nothing(workspace, data_dir):
    assert vault_ops.remember_on_device(workspace)
    stolen = keyring.get_password(keystore.SERVICE, workspace.vault.vault_id)
    vault_ops.change_passphrase(workspace, NEW)
    keyring.set_password(keystore.SERVICE, workspace.vault.vault_id, stolen)
    workspace.close()
    with pytest.raises(UserError):
        open_workspace(data_dir, use_keyring=True)


def test_backups_carry_no_device_wrap(workspace, tmp_path):
    from collections_desktop.storage.backup import read_header

    assert vault_ops.remember_on_device(workspace)
    made = vault_ops.backup(workspace, tmp_path / "b.cdbackup")
    keyfile, _offset, _header = read_header(made.path)
    assert "device" not in keyfile.wraps and "passphrase" in keyfile.wraps


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """A backend named like keyrings.alt's plain file store."""

    priority = 1

    def set_password(self, service, username, password):  # noqa: ANN001, ANN201
        raise AssertionError("nothing may be written to a plaintext keyring")

    def get_password(self, service, username):  # noqa: ANN001, ANN201
        return None

    def delete_password(self, service, username):  # noqa: ANN001, ANN201
        return None


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_plaintext_keyrings_are_refused_by_name(workspace):
    keyring.set_keyring(PlaintextKeyring())
    assert keystore.refused_backend() == "keyrings.alt.file.PlaintextKeyring"
    assert vault_ops.remember_on_device(workspace) is False
    assert "device" not in workspace.vault.keyfile.wraps


def test_the_unlock_dialog_names_a_refused_keyring(qtbot):
    from collections_desktop.services.vault.vault_access import keyring_available, plaintext_keyring
    from collections_desktop.ui.panes.lock import UnlockPanel

    keyring.set_keyring(PlaintextKeyring())
    dialog = UnlockPanel()
    qtbot.addWidget(dialog)
    dialog.prepare("~/vault.db", keyring_available(), plaintext_keyring())
    assert not dialog.remember.isVisibleTo(dialog)
    assert "keyrings.alt.file.PlaintextKeyring" in dialog.no_keyring.text()
    assert "unencrypted" in dialog.no_keyring.text()


def test_a_data_key_left_in_the_keyring_by_an_earlier_version_is_removed_unused(workspace, data_dir):
    import base64

    keyring.set_password(keystore.SERVICE, workspace.vault.vault_id,
                         base64.b64encode(workspace.vault.data_key).decode())
    workspace.close()
    with pytest.raises(UserError) as locked:
        open_workspace(data_dir, use_keyring=True)
    assert locked.value.code == "passphrase_required"
    assert keyring.get_password(keystore.SERVICE, workspace.vault.vault_id) is None
