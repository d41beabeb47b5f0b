"""The hash-chained audit log detects edited, deleted and truncated rows, in a vault and on a team server."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from collections_desktop.services.vault import vault_ops
from collections_desktop.storage.models import AuditRow
from tests.conftest import PASSPHRASE


def add_rows(ws, n) -> list[int]:
    """Appends `n` audit rows; the ids of the chain's rows, oldest first."""
    with ws.transaction() as session:
        for i in range(n):
            ws.audit(session, "test.event", "account", str(i), {"i": i})
    with ws.reading() as session:
        return list(session.scalars(select(AuditRow.id).order_by(AuditRow.id)))


def raw(ws, sql: str, **params) -> None:
    """What someone with the database's password could do with a shell: no program in between."""
    engine = ws.server.engine if getattr(ws, "shared", False) else ws.vault.engine
    with engine.begin() as conn:
        conn.execute(text(sql), params)


@pytest.fixture(params=("vault", "server"))
def chain(request, tmp_path):
    """A workspace with an audit chain: an empty vault, or a team server as its supervisor (the chain works per
    server as it does per vault)."""
    if request.param == "vault":
        yield request.getfixturevalue("workspace")
        return
    from tests.backends import server_workspace

    ws = server_workspace(request.getfixturevalue("postgres_address"),
                          request.getfixturevalue("server_templates")["empty"], tmp_path)
    yield ws
    ws.close()


def test_intact_chain(chain):
    ids = add_rows(chain, 5)
    check = vault_ops.verify_audit(chain)
    assert check.intact and check.rows == len(ids) >= 6  # the set-up's rows, then 5


def test_edited_row_is_named(chain):
    ids = add_rows(chain, 5)
    raw(chain, "UPDATE audit_log SET entity_id = 'other' WHERE id = :i", i=ids[-3])
    check = vault_ops.verify_audit(chain)
    assert (check.first_bad_row, check.problem) == (ids[-3], "altered")


def test_deleted_middle_row_is_named(chain):
    ids = add_rows(chain, 5)
    raw(chain, "DELETE FROM audit_log WHERE id = :i", i=ids[-4])
    check = vault_ops.verify_audit(chain)
    assert check.first_bad_row == ids[-4] and not check.intact


def test_deleted_tail_is_detected(chain):
    ids = add_rows(chain, 5)
    raw(chain, "DELETE FROM audit_log WHERE id = :i", i=ids[-1])
    check = vault_ops.verify_audit(chain)
    assert check.first_bad_row == ids[-1] and not check.intact


def test_rehashed_row_without_the_key_is_detected(chain):
    import hashlib

    ids = add_rows(chain, 2)
    raw(chain, "UPDATE audit_log SET hash = :h WHERE id = :i", h=hashlib.sha256(b"forged").hexdigest(), i=ids[-2])
    assert vault_ops.verify_audit(chain).first_bad_row == ids[-2]


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
