"""The vault on a real SQLCipher file: encryption at rest, passphrases, recovery key, damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.vault import vault_ops
from collections_desktop.services.workspace import create_workspace, open_workspace
from collections_desktop.storage.keys import KeyFile
from collections_desktop.storage.models import Person
from tests.conftest import AS_OF, PASSPHRASE
from tests.storage.conftest import fill


def fingerprint(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()}


def test_file_is_encrypted_and_holds_no_names(demo_workspace, demo_dir):
    with demo_workspace.reading() as session:
        # Whole names: a three-letter surname can turn up by chance in megabytes of ciphertext.
        names = {f"{p.first_name} {p.last_name}" for p in session.scalars(select(Person).limit(200))}
    demo_workspace.close()
    assert (demo_dir / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"
    blobs = [p.read_bytes() for p in demo_dir.rglob("*") if p.is_file()]
    for name in names:
        for encoding in ("utf-8", "utf-16-le"):
            needle = name.encode(encoding)
            assert not any(needle in blob for blob in blobs), name


def test_wrong_passphrase_leaves_every_file_untouched(workspace, data_dir):
    workspace.close()
    before = fingerprint(data_dir)
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, passphrase="not the right passphrase")
    assert err.value.code == "wrong_secret"
    assert fingerprint(data_dir) == before


def test_change_passphrase_rewraps_the_same_data_key(workspace, data_dir):
    data_key = workspace.vault.data_key
    vault_ops.change_passphrase(workspace, "a brand new passphrase")
    workspace.close()
    with pytest.raises(UserError):
        open_workspace(data_dir, passphrase=PASSPHRASE)
    # Same data key under a new wrap: the database was not re-encrypted.
    assert KeyFile.load(data_dir / "vault.keys.json").unwrap_with_passphrase("a brand new passphrase") == data_key
    reopened = open_workspace(data_dir, passphrase="a brand new passphrase")
    assert vault_ops.verify_audit(reopened).intact
    reopened.close()


def test_short_passphrase_is_refused(tmp_path):
    with pytest.raises(UserError) as err:
        create_workspace(tmp_path / "v", "short")
    assert err.value.code == "weak_passphrase"
    assert not (tmp_path / "v" / "vault.db").exists()


def test_recovery_key_opens_and_resets_the_passphrase(data_dir):
    ws, recovery_key = create_workspace(data_dir, PASSPHRASE)
    ws.close()
    open_workspace(data_dir, recovery_key=recovery_key.lower().replace("-", " ")).close()
    vault_ops.reset_passphrase_with_recovery_key(data_dir, recovery_key, "forgot it, here is another")
    open_workspace(data_dir, passphrase="forgot it, here is another").close()
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, recovery_key="AAAA-" * 12 + "AAAA")
    assert err.value.code == "wrong_secret"


def test_a_foreign_or_corrupt_database_gets_its_own_message(workspace, data_dir):
    workspace.close()
    db = data_dir / "vault.db"
    for side in data_dir.glob("vault.db-*"):
        side.unlink()
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("create table t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, passphrase=PASSPHRASE)
    assert err.value.code == "not_a_vault"
    db.write_bytes(b"\x00" * 8192)
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, passphrase=PASSPHRASE)
    assert err.value.code == "not_a_vault"


def test_damaged_or_missing_key_file(workspace, data_dir):
    workspace.close()
    keys = data_dir / "vault.keys.json"
    keys.write_text("{not json")
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, passphrase=PASSPHRASE)
    assert err.value.code == "key_file_damaged"
    keys.unlink()
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, passphrase=PASSPHRASE)
    assert err.value.code == "vault_incomplete"


def test_missing_vault_and_existing_vault(tmp_path, workspace, data_dir):
    with pytest.raises(UserError) as err:
        open_workspace(tmp_path / "nowhere", passphrase=PASSPHRASE)
    assert err.value.code == "vault_missing"
    with pytest.raises(UserError) as err:
        create_workspace(data_dir, PASSPHRASE)
    assert err.value.code == "vault_exists"


def test_remember_on_device_uses_the_keyring_and_never_locks_out(workspace, data_dir):
    assert vault_ops.remember_on_device(workspace)
    workspace.close()
    open_workspace(data_dir, use_keyring=True).close()
    import keyring

    keyring.get_keyring().store.clear()  # the keyring lost the entry (backend changed, wiped, …)
    with pytest.raises(UserError) as err:
        open_workspace(data_dir, use_keyring=True)
    assert err.value.code == "passphrase_required"
    open_workspace(data_dir, passphrase=PASSPHRASE).close()


def test_no_keyring_backend_means_nothing_is_remembered(workspace):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    from collections_desktop.services.vault.vault_access import keyring_available

    assert not keyring_available()
    assert vault_ops.remember_on_device(workspace) is False


def test_search_folds_accents_and_finds_every_key(demo_workspace):
    rows = worklist(demo_workspace, view="all", search="pena", limit=500, as_of=AS_OF)
    assert any("Peña" in r.guarantor for r in rows)
    assert {r.account for r in worklist(demo_workspace, view="all", search="PEÑA", limit=500)} == {
        r.account for r in rows}
    account = get_account(demo_workspace, rows[0].account, as_of=AS_OF)
    by_number = worklist(demo_workspace, view="all", search=account.number, limit=5)
    assert [r.account for r in by_number] == [account.number]
    by_claim = worklist(demo_workspace, view="all", search=account.encounters[0].claim, limit=5)
    assert account.number in [r.account for r in by_claim]
    phone = account.phones[0].number  # +1AAA555NNNN
    pretty = f"({phone[2:5]}) {phone[5:8]}-{phone[8:]}"
    assert account.number in [r.account for r in worklist(demo_workspace, view="all", search=pretty, limit=500)]
    born = account.guarantor.birth_date
    assert account.number in [r.account for r in worklist(
        demo_workspace, view="all", search=born.strftime("%m/%d/%Y"), limit=500)]
    assert account.number in [r.account for r in worklist(
        demo_workspace, view="all", search=born.isoformat(), limit=500)]
    assert worklist(demo_workspace, view="all", search="zzzz-no-such-person", limit=5) == []
    assert worklist(demo_workspace, view="all", search="100%_", limit=5) == []
    assert worklist(demo_workspace, view="all", search='pe"ña', limit=5) == []
    short = worklist(demo_workspace, view="all", search="ñ pEÑ", limit=500)  # below trigram length: LIKE
    assert {r.account for r in rows} <= {r.account for r in short}


def test_search_index_follows_changes(workspace):
    from sqlalchemy import select as sql_select

    from collections_desktop.services.demo.demo import fill_demo
    from collections_desktop.storage.models import Account
    from collections_desktop.storage.search_index import write_search_texts

    fill_demo(workspace, accounts=3, seed=2, today=AS_OF)
    target = worklist(workspace, view="all", limit=1)[0].account
    with workspace.transaction() as session:
        ids = session.scalars(sql_select(Account.id)).all()
        write_search_texts(session, [(i, f"renamed|zyxwvut|{i}") for i in ids])
    assert len(worklist(workspace, view="all", search="zyxwvut", limit=10)) == 3
    assert worklist(workspace, view="all", search=target, limit=10) == []


def test_a_key_derived_ahead_unwraps_only_the_wrap_it_was_derived_for(workspace, data_dir):
    from collections_desktop.storage.kdf import derive_ahead
    from collections_desktop.storage.keys import WrongSecretError

    data_key = workspace.vault.data_key
    keys_path = data_dir / "vault.keys.json"
    ahead = derive_ahead(keys_path, PASSPHRASE)
    assert ahead is not None and PASSPHRASE not in repr(ahead) and ahead.kek.hex() not in repr(ahead)
    assert KeyFile.load(keys_path).unwrap_with_passphrase(PASSPHRASE, ahead) == data_key
    wrong = derive_ahead(keys_path, "not the passphrase at all")
    with pytest.raises(WrongSecretError):
        KeyFile.load(keys_path).unwrap_with_passphrase(PASSPHRASE, wrong)
    # Re-wrapped meanwhile (a new salt): the key derived for the old wrap is not used, the new one is derived.
    vault_ops.change_passphrase(workspace, "a brand new passphrase")
    workspace.close()
    rewrapped = KeyFile.load(keys_path)
    assert rewrapped.unwrap_with_passphrase("a brand new passphrase", ahead) == data_key
    again = derive_ahead(keys_path, "a brand new passphrase")
    assert rewrapped.unwrap_with_passphrase("a brand new passphrase", again) == data_key
    assert derive_ahead(data_dir / "missing.keys.json", PASSPHRASE) is None


def test_the_passphrase_key_is_rfc_9106_argon2id_on_any_number_of_cores():
    """Key files written with `cryptography`'s Argon2id (earlier versions) open the same: one algorithm,
    whatever the implementation or the number of threads it runs on."""
    import os

    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from collections_desktop.storage import keys

    salt = os.urandom(16)
    for setting in ({"iterations": 1, "memory_kib": 64, "lanes": 1}, {"iterations": 2, "memory_kib": 2048, "lanes": 4}):
        expected = Argon2id(salt=salt, length=32, iterations=setting["iterations"], lanes=setting["lanes"],
                            memory_cost=setting["memory_kib"]).derive("contraseña segura 1".encode())
        derived = {keys._derive("contraseña segura 1", salt, setting, threads) for threads in (1, 2, 4, None)}
        assert derived == {expected}
    for damaged in ({"iterations": -1, "memory_kib": 64, "lanes": 1}, {"iterations": 0, "memory_kib": 64, "lanes": 1},
                    {"iterations": 1, "memory_kib": 2 ** 40, "lanes": 1}):
        with pytest.raises(keys.KeyFileError):
            keys._derive("contraseña segura 1", salt, damaged)


def test_a_full_disk_changes_neither_the_key_file_nor_the_audit_trail(small_disk):
    from sqlalchemy import func, select

    from collections_desktop.services.workspace import create_workspace
    from collections_desktop.storage.audit import AuditRow

    data_dir = small_disk / "vault"
    ws, _ = create_workspace(data_dir, PASSPHRASE)
    with ws.reading() as session:
        rows = session.scalar(select(func.count()).select_from(AuditRow))
    keys = (data_dir / "vault.keys.json").read_bytes()
    fill(small_disk)
    with pytest.raises(UserError) as err:
        vault_ops.change_passphrase(ws, "a brand new passphrase")
    assert err.value.code == "disk_full"
    (small_disk / "filler").unlink()
    ws.close()
    assert (data_dir / "vault.keys.json").read_bytes() == keys
    reopened = open_workspace(data_dir, passphrase=PASSPHRASE)  # the old passphrase still opens it
    with reopened.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == rows
    reopened.close()
