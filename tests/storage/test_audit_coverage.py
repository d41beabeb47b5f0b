"""The audit chain vouches for ledger entries, contacts, plans and holds, row by row; its head is anchored outside
the database; and every view of an account is logged, in batches."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from collections_desktop.cli import main
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.outreach.contacts import log_contact
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import VIEWS_PER_ROW, open_workspace
from collections_desktop.storage import audit
from collections_desktop.storage.models import AuditHead, AuditRow
from tests.conftest import AS_OF, PASSPHRASE


def an_account_owing(ws) -> str:
    return next(r.account for r in worklist(ws, view="all", limit=200, as_of=AS_OF) if r.patient_due_cents > 0)


def raw(ws, sql: str, **params) -> None:
    """What someone holding the key could do with the sqlcipher shell: no program, no triggers."""
    with ws.vault.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.execute(text(sql), params)


def problems(ws) -> set[tuple[str, str]]:
    return {(p.table, p.problem) for p in vault_ops.verify_audit(ws).row_problems}


def test_the_demo_vault_and_everyday_work_are_all_sealed(demo_workspace):
    number = an_account_owing(demo_workspace)
    record_payment(demo_workspace, number, "5.00", "cash")
    log_contact(demo_workspace, number, "phone", "NO_ANSWER", override="test")
    check = vault_ops.verify_audit(demo_workspace)
    assert check.intact and not check.row_problems


def test_a_payment_changed_deleted_or_added_outside_the_program_is_named(demo_workspace):
    number = an_account_owing(demo_workspace)
    result = record_payment(demo_workspace, number, "5.00", "cash")
    with demo_workspace.reading() as session:
        entry = session.execute(text("SELECT max(id) FROM ledger_entry")).scalar()
        sealed_by = session.scalar(select(func.max(AuditRow.id)).where(AuditRow.action == "payment.recorded"))
    raw(demo_workspace, "UPDATE ledger_entry SET amount_cents = 50000 WHERE id = :i", i=entry)
    check = vault_ops.verify_audit(demo_workspace)
    assert not check.intact and check.first_bad_row is None  # the chain itself is fine
    assert [(p.table, p.problem, p.rows, p.audit_row) for p in check.row_problems] == [
        ("ledger_entry", "altered", 1, sealed_by)]
    raw(demo_workspace, "DELETE FROM ledger_entry WHERE id = :i", i=entry)
    assert problems(demo_workspace) == {("ledger_entry", "deleted")}
    raw(demo_workspace, "INSERT INTO ledger_entry (id, account_id, encounter_id, kind, amount_cents, posted_on, "
                        "method, reference, created_at) SELECT :i, account_id, encounter_id, kind, 100, posted_on, "
                        "method, reference, created_at FROM ledger_entry WHERE id = 1", i=entry)
    assert ("ledger_entry", "altered") in problems(demo_workspace)
    raw(demo_workspace, "INSERT INTO ledger_entry (account_id, encounter_id, kind, amount_cents, posted_on, method, "
                        "reference, created_at) SELECT account_id, encounter_id, kind, 1, posted_on, method, "
                        "reference, created_at FROM ledger_entry WHERE id = 1")
    assert ("ledger_entry", "unsealed") in problems(demo_workspace)
    assert result.account == number


def test_contacts_plans_and_holds_are_covered(demo_workspace):
    number = an_account_owing(demo_workspace)
    log_contact(demo_workspace, number, "phone", "NO_ANSWER", override="test")
    for table in ("contact_event", "payment_plan", "account_flag"):
        with demo_workspace.reading() as session:
            if not session.execute(text(f"SELECT count(*) FROM {table}")).scalar():
                continue
        column = {"contact_event": "outcome = 'wrong_number'", "payment_plan": "balance_cents = 1",
                  "account_flag": "kind = 'EDITED'"}[table]
        raw(demo_workspace, f"UPDATE {table} SET {column} WHERE id = (SELECT min(id) FROM {table})")
        assert (table, "altered") in problems(demo_workspace), table


def test_a_shortened_chain_is_seen_against_the_anchor_beside_the_vault_and_in_a_backup(demo_dir, tmp_path):
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    with ws.transaction() as session:
        for i in range(3):  # e.g. three exports someone would rather hide
            ws.audit(session, "export.payments", "vault", str(i))
    made = vault_ops.backup(ws, tmp_path / "before.cdbackup")
    ws.close()  # writes vault.anchor.json
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    assert vault_ops.verify_audit(ws).intact
    # Someone with the key deletes the last rows and rewinds the head: the links alone still verify.
    with ws.reading() as session:
        last = session.get(AuditHead, 1).last_id
        keep = session.get(AuditRow, last - 4)  # the three exports and the backup's own row
    raw(ws, "DELETE FROM audit_log WHERE id > :k", k=keep.id)
    raw(ws, "UPDATE audit_head SET last_id = :i, last_hash = :h", i=keep.id, h=keep.hash)
    check = vault_ops.verify_audit(ws)
    assert check.first_bad_row is None and not check.intact
    assert [held for _anchor, held in check.anchors] == [False]
    (demo_dir / "vault.anchor.json").unlink()  # and removes the anchor beside the vault
    assert vault_ops.verify_audit(ws).intact  # nothing left to compare with here…
    check = vault_ops.verify_audit(ws, (vault_ops.backup_anchor(made.path),))
    assert [held for _anchor, held in check.anchors] == [False]  # …but the backup remembers
    ws.close()


def test_a_rewritten_chain_misses_a_printed_anchor_and_an_edited_anchor_file_is_named(workspace, data_dir,
                                                                                       capsys):
    with workspace.transaction() as session:
        workspace.audit(session, "test.event", "account", "1")
    check = vault_ops.verify_audit(workspace)
    printed = f"{check.head_row}:{check.head_hash[:16]}"
    with workspace.transaction() as session:  # re-link every row with the key, one detail changed
        rows = session.scalars(select(AuditRow).order_by(AuditRow.id)).all()
        prev = audit.GENESIS
        for row in rows:
            if row.action == "test.event":
                row.detail = json.dumps({"edited": True})
            row.prev_hash = prev
            row.hash = audit._link(workspace.vault.audit_key, row.id, row.at, row.actor, row.action, row.entity,
                                   row.entity_id, row.detail, prev)
            prev = row.hash
        head = session.get(AuditHead, 1)
        head.last_hash = prev
        session.info.pop("pending_audit", None)
    workspace.close()
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    secret = data_dir.parent / "p.txt"
    secret.write_text(PASSPHRASE)
    assert main([*base, "audit", "verify", "--passphrase-file", str(secret), "--anchor", printed]) == 1
    err = capsys.readouterr().err
    assert "shortened or rewritten" in err
    anchor = data_dir / "vault.anchor.json"
    doc = json.loads(anchor.read_text())
    anchor.write_text(json.dumps({**doc, "row": doc["row"] - 1}))
    assert main([*base, "audit", "verify", "--passphrase-file", str(secret)]) == 1
    assert "was not written by this vault" in capsys.readouterr().err


def test_audit_verify_prints_the_head_to_keep(workspace, data_dir, capsys):
    workspace.close()
    secret = data_dir.parent / "p.txt"
    secret.write_text(PASSPHRASE)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "audit", "verify", "--passphrase-file",
                 str(secret)]) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact" in out and "Head of the chain: row" in out


def test_account_views_are_logged_in_batches(demo_workspace):
    numbers = [r.account for r in worklist(demo_workspace, view="all", limit=VIEWS_PER_ROW + 3, as_of=AS_OF)]

    def logged() -> list:
        with demo_workspace.reading() as session:
            return [v for d in audit.details_of(session, "account.viewed") for v in d["views"]]

    before = len(logged())
    for number in numbers[:3]:
        get_account(demo_workspace, number, as_of=AS_OF)
    assert len(logged()) == before  # not yet: a row per batch, so reading stays fast
    for number in numbers[3:VIEWS_PER_ROW]:
        get_account(demo_workspace, number, as_of=AS_OF)
    views = logged()[before:]
    assert len(views) == VIEWS_PER_ROW and {v[1] for v in views} == {"account"}
    get_account(demo_workspace, numbers[-1], as_of=AS_OF)
    demo_workspace.flush_views()  # as closing or locking does
    assert len(logged()) == before + VIEWS_PER_ROW + 1
    with demo_workspace.reading() as session:
        row = session.scalars(select(AuditRow).where(AuditRow.action == "account.viewed")).first()
    assert row.actor and numbers[0] not in row.detail  # internal ids, never the account number or a name


@pytest.mark.parametrize("seen_in", ["command"])
def test_the_account_command_logs_its_view(demo_dir, capsys, seen_in):
    secret = demo_dir.parent / "p.txt"
    secret.write_text(PASSPHRASE)
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    number = an_account_owing(ws)
    ws.close()
    assert main(["--data-dir", str(demo_dir), "account", number, "--passphrase-file", str(secret)]) == 0
    ws = open_workspace(demo_dir, passphrase=PASSPHRASE)
    with ws.reading() as session:
        views = [v for d in audit.details_of(session, "account.viewed") for v in d["views"]]
    ws.close()
    assert [v[1] for v in views] == [seen_in]
