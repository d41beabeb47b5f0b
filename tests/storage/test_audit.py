"""The hash-chained audit log detects edited, deleted and truncated rows."""

from __future__ import annotations

from sqlalchemy import text

from collections_desktop.services import vault_ops


def add_rows(ws, n):
    with ws.transaction() as session:
        for i in range(n):
            ws.audit(session, "test.event", "account", str(i), {"i": i})


def test_intact_chain(workspace):
    add_rows(workspace, 5)
    check = vault_ops.verify_audit(workspace)
    assert check.intact and check.rows == 6  # vault.created + 5


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
