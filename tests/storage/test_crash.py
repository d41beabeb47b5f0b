"""A SIGKILL in the middle of a demo write leaves a sound vault holding whole batches only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.engine import integrity_problems
from collections_desktop.storage.models import Account, AccountSearch, AuditRow, Encounter
from tests.conftest import PASSPHRASE

BATCH = 1000


def committed_batches(ws) -> int:
    with ws.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditRow)
                              .where(AuditRow.action == "demo.batch_added")) or 0


@pytest.mark.slow
@pytest.mark.parametrize(("batches_before_kill", "extra_delay"), [(1, 0.05), (3, 0.23)])
def test_kill_during_demo(tmp_path, batches_before_kill, extra_delay):
    data_dir = tmp_path / "vault"
    create_workspace(data_dir, PASSPHRASE)[0].close()
    env = {**os.environ, "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE}
    writer = subprocess.Popen(
        [sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), "demo", "--accounts", "60000"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watcher = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        deadline = time.monotonic() + 120
        while committed_batches(watcher) < batches_before_kill:
            assert writer.poll() is None, writer.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        watcher.close()
    time.sleep(extra_delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL

    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        raw = ws.vault.engine.raw_connection()
        try:
            assert integrity_problems(raw.driver_connection) == []
        finally:
            raw.close()
        with ws.reading() as session:
            accounts = session.scalar(select(func.count()).select_from(Account))
            searchable = session.scalar(select(func.count()).select_from(AccountSearch))
            without_claims = session.scalar(text(
                "SELECT count(*) FROM account a WHERE NOT EXISTS "
                "(SELECT 1 FROM encounter e WHERE e.account_id = a.id)"))
            orphans = session.scalar(select(func.count()).select_from(Encounter)
                                     .where(Encounter.account_id.not_in(select(Account.id))))
        batches = committed_batches(ws)
        assert batches >= batches_before_kill
        assert accounts == batches * BATCH
        assert searchable == accounts and without_claims == 0 and orphans == 0
        assert vault_ops.verify_audit(ws).intact
        # Indexes dropped for the bulk load are back, and the search index was rebuilt on reopening.
        from sqlalchemy import inspect

        raw_indexes = {i["name"] for i in inspect(ws.vault.engine).get_indexes("ledger_entry")}
        assert "ix_ledger_entry_encounter" in raw_indexes
        with ws.reading() as session:
            numbers = session.scalars(select(Account.number).order_by(Account.id.desc()).limit(3)).all()
        for number in numbers:
            assert [r.account for r in worklist(ws, view="all", search=number, limit=5)] == [number]
    finally:
        ws.close()
    # The same fill again takes up where the killed one stopped, instead of refusing a half-filled vault.
    again = subprocess.run([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), "demo",
                            "--accounts", "60000"], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        with ws.reading() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == 60000
            assert session.scalar(select(func.count(func.distinct(Account.number)))) == 60000
        assert committed_batches(ws) == 60 and vault_ops.verify_audit(ws).intact
    finally:
        ws.close()
    refused = subprocess.run([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), "demo",
                              "--accounts", "60000"], env=env, capture_output=True, text=True)
    assert refused.returncode == 1 and "already" in refused.stderr


HOLD_THE_VAULT = """
import sys, time
from pathlib import Path
from collections_desktop.services.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]), passphrase=sys.argv[2])
from sqlalchemy import text
with ws.transaction() as session:   # as a long import does: the write lock is held throughout
    session.execute(text("SELECT 1"))
    print("holding", flush=True)
    time.sleep(float(sys.argv[3]))
ws.close()
"""


def test_a_write_while_another_process_imports_waits_then_says_the_vault_is_busy(demo_dir):
    from collections_desktop.services.desk.payments import record_payment
    from collections_desktop.services.errors import UserError

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)  # the desk is open when the import starts
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_VAULT, str(demo_dir), PASSPHRASE, "8"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        row = worklist(ws, view="due", limit=1)[0]  # reading goes on meanwhile
        started = time.monotonic()
        with pytest.raises(UserError) as busy:
            record_payment(ws, row.account, "5.00", "cash")
        waited = time.monotonic() - started
        assert busy.value.code == "vault_busy" and waited >= 4.0  # the busy timeout (5 s), not at once
        holder.wait(timeout=20)
        record_payment(ws, row.account, "5.00", "cash")  # once the import is done, the payment goes through
        ws.close()
    finally:
        holder.kill()


KEEP_THE_VAULT_OPEN = """
import sys, time
from pathlib import Path
from collections_desktop.services.workspace import open_workspace
ws = open_workspace(Path(sys.argv[1]), passphrase=sys.argv[2])   # as the window does, all day
print("holding", flush=True)
time.sleep(float(sys.argv[3]))
"""


def test_restore_is_refused_while_another_process_has_the_vault_open(demo_dir, tmp_path):
    """Restoring used to move the vault aside under a running window, whose later payments went nowhere."""
    from collections_desktop.services.errors import UserError

    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    backup_file = vault_ops.backup(ws, tmp_path / "desk.cdbackup").path
    ws.close()
    holder = subprocess.Popen([sys.executable, "-c", KEEP_THE_VAULT_OPEN, str(demo_dir), PASSPHRASE, "30"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(UserError) as refused:
            vault_ops.restore(demo_dir, backup_file, passphrase=PASSPHRASE)
        assert refused.value.code == "vault_in_use" and refused.value.params["pid"] == str(holder.pid)
        assert not (demo_dir / "backups").exists()
    finally:
        holder.kill()
        holder.wait()
    assert vault_ops.restore(demo_dir, backup_file, passphrase=PASSPHRASE) is not None  # once it is closed


def _kill_when(proc: subprocess.Popen, appears) -> bool:  # noqa: ANN001
    """SIGKILLs `proc` as soon as `appears()` is true; False when it finished first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if appears():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.wait()
    return False


@pytest.mark.slow
def test_a_killed_backup_and_a_killed_restore_leave_nothing_after_the_next_start(tmp_path):
    from collections_desktop.services.demo.demo import fill_demo

    data_dir = tmp_path / "vault"
    ws, _ = create_workspace(data_dir, PASSPHRASE)
    fill_demo(ws, accounts=20_000, seed=3)
    made = vault_ops.backup(ws, tmp_path / "good.cdbackup").path
    ws.close()
    env = {**os.environ, "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE}
    target = tmp_path / "usb"
    target.mkdir()
    writer = subprocess.Popen([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), "backup",
                               "--out", str(target / "desk.cdbackup")], env=env)
    assert _kill_when(writer, lambda: any(target.iterdir())), "the backup finished before it could be killed"
    assert any(p.name.startswith(".") for p in target.iterdir())  # its working copy, the size of the vault
    restorer = subprocess.Popen([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir),
                                 "restore", str(made)], env=env)
    assert _kill_when(restorer, lambda: (data_dir / ".restore.db").exists())
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)  # the next start
    ws.close()
    assert list(target.iterdir()) == []
    assert not (data_dir / ".restore.db").exists() and not list(data_dir.glob(".in-progress-*"))
    assert vault_ops.restore(data_dir, made, passphrase=PASSPHRASE) is not None  # and restoring still works
