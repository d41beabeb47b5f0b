"""A disk that fills up during an import or a rekey: a plain sentence, and the vault as it was before."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select

from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.models import Account
from tests.conftest import PASSPHRASE
from tests.storage.conftest import fill

HEADER = "Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,Patient Paid," \
         "Balance,Payer\n"


def nearly_full(disk, leave: int) -> None:
    fill(disk)
    filler = disk / "filler"
    os.truncate(filler, max(0, filler.stat().st_size - leave))


def accounts(ws) -> int:
    with ws.reading() as session:
        return session.scalar(select(func.count()).select_from(Account))


def test_an_import_that_fills_the_disk_leaves_nothing_behind(small_disk, tmp_path):
    source = tmp_path / "ledger.csv"  # on the big disk: only the vault's disk fills up
    with source.open("w") as out:
        out.write(HEADER)
        for n in range(3_000):
            out.write(f"A{n:06d},Ana,Lopez{n},C{n:07d},2026-10-01,120.00,80.00,0,0,40.00,Acme Health\n")
    data_dir = small_disk / "vault"
    ws, _ = create_workspace(data_dir, PASSPHRASE)
    check_before = vault_ops.verify_audit(ws)
    nearly_full(small_disk, 150_000)
    with pytest.raises(UserError) as err:
        import_files(ws, [source])
    assert err.value.code == "disk_full"
    (small_disk / "filler").unlink()
    ws.close()
    reopened = open_workspace(data_dir, passphrase=PASSPHRASE)
    assert accounts(reopened) == 0  # all or nothing
    found = vault_ops.check_vault(reopened)
    assert found.sound and found.audit.rows == check_before.rows
    assert import_files(reopened, [source]).applied  # and the same file goes in once there is room
    assert accounts(reopened) == 3_000  # one account per row here
    reopened.close()


def test_a_rekey_that_fills_the_disk_keeps_the_old_passphrase(small_disk):
    data_dir = small_disk / "vault"
    ws, _ = create_workspace(data_dir, PASSPHRASE)
    with ws.transaction() as session:
        for n in range(300):  # some pages for the rekey to rewrite
            ws.audit(session, "test.event", "vault", str(n), {"pad": "x" * 500})
    keys = (data_dir / "vault.keys.json").read_bytes()
    nearly_full(small_disk, 20_000)
    with pytest.raises(UserError) as err:
        vault_ops.rekey(ws, "a brand new passphrase")
    assert err.value.code == "disk_full"
    (small_disk / "filler").unlink()
    ws.close()
    assert (data_dir / "vault.keys.json").read_bytes() == keys
    reopened = open_workspace(data_dir, passphrase=PASSPHRASE)
    assert vault_ops.verify_audit(reopened).intact
    reopened.close()
