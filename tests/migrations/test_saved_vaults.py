"""Vaults written by earlier schemas open with the current code: upgraded after a backup, every balance as it was,
0009's backfill naming the import of each imported posting, and the audit chain sealing what was there."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import open_workspace
from collections_desktop.storage.migrate import head_revision
from tests.conftest import PASSPHRASE

SAVED = Path(__file__).resolve().parent / "vaults"


@pytest.mark.parametrize("schema", sorted(p.name for p in SAVED.iterdir() if p.is_dir()))
def test_a_saved_vault_upgrades_with_everything_in_place(schema, tmp_path):
    data_dir = tmp_path / "vault"
    data_dir.mkdir(mode=0o700)
    for name in ("vault.db", "vault.keys.json"):
        shutil.copy(SAVED / schema / name, data_dir / name)
    expected = json.loads((SAVED / schema / "patient_due.json").read_text())
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        with ws.reading() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            unmarked = session.execute(text(
                "SELECT count(*) FROM ledger_entry l JOIN posting_source p ON p.ledger_entry_id = l.id "
                "WHERE l.import_batch_id IS NULL")).scalar()
            imported = session.execute(text(
                "SELECT count(*) FROM ledger_entry WHERE import_batch_id IS NOT NULL")).scalar()
        assert revision == head_revision()
        assert list((data_dir / "backups").glob(f"pre-upgrade-{schema}-*.cdbackup"))  # the way back
        shown = {r.account: f"{r.patient_due_cents / 100:.2f}" for r in worklist(ws, view="all", limit=500)}
        assert shown == expected
        assert unmarked == 0 and imported > 0  # 0009: every keyed imported posting names its import
        check = vault_ops.check_vault(ws)
        assert check.sound, check
    finally:
        ws.close()
