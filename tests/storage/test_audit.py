"""The hash-chained audit log detects edited, deleted and truncated rows."""

from __future__ import annotations

from sqlalchemy import select, text

from collections_desktop.services.vault import vault_ops
from tests.conftest import PASSPHRASE


def add_rows(ws, n):
    with ws.transaction() as session:
        for i in range(n):
            ws.audit(session, "test.event", "account", str(i), {"i": i})


def test_intact_chain(workspace):
    add_rows(workspace, 5)
    check = vault_ops.verify_audit(workspace)
    assert check.intact and check.rows == 7  # the rows baseline, vault.created, then 5


def test_edited_row_is_named(workspace):
    add_rows(workspace, 5)
    with workspace.vault.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET entity_id = 'other' WHERE id = 4"))
    check = vault_ops.verify_audit(workspace)
    assert (check.first_bad_row, check.problem) == (4, "altered")


def test_deleted_middle_row_is_named(workspace):
    add_rows(workspace, 5)
    with workspace.vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 3"))
    check = vault_ops.verify_audit(workspace)
    assert check.first_bad_row == 3 and not check.intact


def test_deleted_tail_is_detected(workspace):
    add_rows(workspace, 5)
    with workspace.vault.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = 6"))
    check = vault_ops.verify_audit(workspace)
    assert check.first_bad_row == 6


def test_rehashed_row_without_the_key_is_detected(workspace):
    import hashlib

    add_rows(workspace, 2)
    with workspace.vault.engine.begin() as conn:
        forged = hashlib.sha256(b"forged").hexdigest()
        conn.execute(text("UPDATE audit_log SET hash = :h WHERE id = 2"), {"h": forged})
    assert vault_ops.verify_audit(workspace).first_bad_row == 2


def test_vault_check_finds_a_balance_that_is_not_its_ledger(demo_workspace, capsys, monkeypatch, demo_dir):
    from sqlalchemy import update

    from collections_desktop.cli import main
    from collections_desktop.services.vault.vault_ops import check_vault
    from collections_desktop.storage.models import Account

    assert check_vault(demo_workspace).sound
    with demo_workspace.transaction() as session:
        number = session.scalars(select(Account.number).where(Account.patient_due_cents > 0).limit(1)).first()
        session.execute(update(Account).where(Account.number == number).values(patient_due_cents=123))
    found = check_vault(demo_workspace)
    assert not found.sound and found.balances_off == (number,) and found.audit.intact
    demo_workspace.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    assert main(["vault", "check"]) == 1
    captured = capsys.readouterr()
    assert f"1 differ {number}" in captured.out and "restore from a backup" in captured.err


def test_a_damaged_page_is_said_in_one_sentence(demo_dir, monkeypatch, capsys):
    from collections_desktop.cli import main

    vault = demo_dir / "vault.db"
    data = bytearray(vault.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 40_000, 4096):  # a few pages in the middle
        data[offset + 100] ^= 0xFF
    vault.write_bytes(bytes(data))
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(demo_dir))
    code = main(["vault", "check"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and "internal error" not in err
    assert "damaged" in err or "found problems" in err
