"""Encrypted one-file backups: round trip, restore over a vault, recovery key, damaged files."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.models import Person
from tests.conftest import AS_OF, PASSPHRASE


def snapshot(ws) -> list[dict]:
    rows = worklist(ws, view="all", limit=10_000, as_of=AS_OF)
    return [account_json(get_account(ws, r.account, as_of=AS_OF)) for r in rows[::7]]


def test_round_trip_into_an_empty_directory(demo_workspace, tmp_path):
    before = snapshot(demo_workspace)
    with demo_workspace.reading() as session:
        names = [f"{p.first_name} {p.last_name}" for p in session.scalars(select(Person).limit(50))]
    result = vault_ops.backup(demo_workspace, tmp_path / "out" / "desk.cdbackup")
    blob = result.path.read_bytes()
    assert b"SQLite format 3" not in blob
    assert not any(n.encode() in blob for n in names)
    target = tmp_path / "new-laptop"
    assert vault_ops.restore(target, result.path, passphrase=PASSPHRASE) is None
    restored = open_workspace(target, passphrase=PASSPHRASE)
    try:
        assert snapshot(restored) == before
        assert vault_ops.verify_audit(restored).intact
    finally:
        restored.close()


def test_restore_over_an_existing_vault_keeps_the_old_one_aside(demo_workspace, tmp_path):
    backup_file = vault_ops.backup(demo_workspace, tmp_path / "desk.cdbackup").path
    other = tmp_path / "other"
    ws, _ = create_workspace(other, "the other vault's passphrase")
    ws.close()
    aside = vault_ops.restore(other, backup_file, passphrase=PASSPHRASE)
    assert aside is not None and (aside / "vault.db").exists() and (aside / "vault.keys.json").exists()
    restored = open_workspace(other, passphrase=PASSPHRASE)
    assert len(worklist(restored, view="all", limit=10_000)) == 400
    restored.close()
    # The replaced vault is intact and still opens with its own passphrase.
    open_workspace(aside, passphrase="the other vault's passphrase").close()


def test_restore_with_the_recovery_key(tmp_path):
    ws, recovery_key = create_workspace(tmp_path / "a", PASSPHRASE)
    backup_file = vault_ops.backup(ws, tmp_path / "a.cdbackup").path
    ws.close()
    vault_ops.restore(tmp_path / "b", backup_file, recovery_key=recovery_key)
    open_workspace(tmp_path / "b", recovery_key=recovery_key).close()


def test_wrong_passphrase_and_damaged_backups_replace_nothing(demo_workspace, demo_dir, tmp_path):
    backup_file = vault_ops.backup(demo_workspace, tmp_path / "desk.cdbackup").path
    demo_workspace.close()
    before = (demo_dir / "vault.keys.json").read_bytes()
    with pytest.raises(UserError) as err:
        vault_ops.restore(demo_dir, backup_file, passphrase="wrong wrong wrong")
    assert err.value.code == "wrong_secret"
    data = backup_file.read_bytes()
    truncated = tmp_path / "truncated.cdbackup"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError) as err:
        vault_ops.restore(demo_dir, truncated, passphrase=PASSPHRASE)
    assert err.value.code == "backup_damaged"
    flipped = bytearray(data)
    flipped[-3000] ^= 0xFF
    corrupt = tmp_path / "corrupt.cdbackup"
    corrupt.write_bytes(bytes(flipped))
    with pytest.raises(UserError) as err:
        vault_ops.restore(demo_dir, corrupt, passphrase=PASSPHRASE)
    assert err.value.code == "backup_damaged"
    foreign = tmp_path / "notes.txt"
    foreign.write_text("hello")
    with pytest.raises(UserError) as err:
        vault_ops.restore(demo_dir, foreign, passphrase=PASSPHRASE)
    assert err.value.code == "not_a_backup"
    assert (demo_dir / "vault.keys.json").read_bytes() == before
    assert not (demo_dir / "backups").exists()
    open_workspace(demo_dir, passphrase=PASSPHRASE).close()


def test_a_backup_cut_right_after_its_header_restores_nothing(demo_workspace, demo_dir, tmp_path):
    """It used to restore as an empty vault and say so; the real one survived only under replaced-*."""
    from collections_desktop.storage.backup import read_header

    backup_file = vault_ops.backup(demo_workspace, tmp_path / "desk.cdbackup").path
    demo_workspace.close()
    _keys, offset, header = read_header(backup_file)
    assert header["db_bytes"] == backup_file.stat().st_size - offset and len(header["db_sha256"]) == 64
    for cut in (offset, offset + 4096, backup_file.stat().st_size - 1):
        short = tmp_path / f"cut-{cut}.cdbackup"
        short.write_bytes(backup_file.read_bytes()[:cut])
        with pytest.raises(UserError) as err:
            vault_ops.restore(demo_dir, short, passphrase=PASSPHRASE)
        assert err.value.code == "backup_damaged"
    assert not (demo_dir / "backups").exists()
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    assert worklist(ws, view="all", limit=1)
    ws.close()


def test_what_restore_writes_only_the_user_can_read(demo_workspace, tmp_path):
    import os
    import stat

    old = os.umask(0o022)  # a usual login umask: the program must not rely on it
    try:
        backup_file = vault_ops.backup(demo_workspace, tmp_path / "out" / "desk.cdbackup").path
        target = tmp_path / "restored"
        vault_ops.restore(target, backup_file, passphrase=PASSPHRASE)
        vault_ops.restore(target, backup_file, passphrase=PASSPHRASE)  # over it: the old one goes aside
    finally:
        os.umask(old)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731
    assert mode(backup_file) == 0o600 and mode(backup_file.parent) == 0o700
    assert mode(target) == 0o700 and mode(target / "vault.db") == 0o600 and mode(target / "vault.keys.json") == 0o600
    aside = next((target / "backups").glob("replaced-*"))
    assert mode(target / "backups") == 0o700 and mode(aside) == 0o700


def test_a_killed_backup_leaves_no_litter_after_the_next_one(demo_workspace, tmp_path):
    import os
    import time

    folder = tmp_path / "backups"
    folder.mkdir()
    working = folder / ".cdesk-backup-abc123"  # what a backup killed mid-copy leaves
    working.mkdir()
    (working / "copy.db").write_bytes(b"\0" * 4096)
    half = folder / ".desk.cdbackup.x1y2.tmp"
    half.write_bytes(b"COLLECTIONS-DESK-BACKUP")
    old = time.time() - 7200
    for path in (working, half):
        os.utime(path, (old, old))
    vault_ops.backup(demo_workspace, folder / "desk.cdbackup")
    assert sorted(p.name for p in folder.iterdir()) == ["desk.cdbackup"]
