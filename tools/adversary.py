"""Tries to break a vault as a hostile tester would (kills mid-write, cut files, wrong secrets, tampering with the
key in hand) and prints one line per experiment: trials and failures. `python tools/adversary.py [--trials N]`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from collections_desktop.services.errors import UserError  # noqa: E402
from collections_desktop.services.vault import vault_ops  # noqa: E402
from collections_desktop.services.workspace import create_workspace, open_workspace  # noqa: E402
from collections_desktop.storage.connection import NotAVaultError, connect_raw  # noqa: E402
from collections_desktop.storage.engine import integrity_problems  # noqa: E402
from collections_desktop.storage.keys import KeyFile  # noqa: E402
from collections_desktop.storage.models import Account, AuditHead, AuditRow  # noqa: E402

PASSPHRASE = "correct horse battery staple"
NEW = "an entirely new passphrase"
RESULTS: list[tuple[str, int, int]] = []


def ledger(path: Path, rows: int) -> Path:
    with path.open("w") as out:
        out.write("Account,Guarantor First,Guarantor Last,Claim,Service Date,Charge,Insurance Paid,Adjustment,"
                  "Patient Paid,Payer,Balance\n")
        for n in range(rows):
            out.write(f"A{n:06d},Ana,Lopez{n},C{n:07d},2026-10-01,120.00,80.00,0,0,Acme,40.00\n")
    return path


def cli(data_dir: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "COLLECTIONS_DESKTOP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "collections_desktop", "--data-dir", str(data_dir), *args],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def sound(data_dir: Path, **secret) -> bool:
    ws = open_workspace(data_dir, **(secret or {"passphrase": PASSPHRASE}))
    try:
        conn = connect_raw(ws.vault.paths.db, ws.vault.data_key)
        try:
            pages = integrity_problems(conn)
        finally:
            conn.close()
        return not pages and vault_ops.verify_audit(ws).intact
    finally:
        ws.close()


def accounts(data_dir: Path) -> int:
    ws = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        with ws.reading() as session:
            return session.scalar(select(func.count()).select_from(Account))
    finally:
        ws.close()


def experiment(name: str, trials: int, attempt) -> None:  # noqa: ANN001
    failures = 0
    for n in range(trials):
        try:
            ok = attempt(n)
        except Exception as exc:  # noqa: BLE001 - an unexpected error is a failure of the experiment
            print(f"  {name} trial {n}: {type(exc).__name__}: {exc}", file=sys.stderr)
            ok = False
        failures += not ok
    RESULTS.append((name, trials, failures))
    print(f"{name:<84} {trials:>6} {failures:>8}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    trials = args.trials
    work = Path(tempfile.mkdtemp(prefix="adversary-"))
    rng = random.Random(1)
    print(f"{'experiment':<84} {'trials':>6} {'failures':>8}")
    template = work / "template"
    create_workspace(template, PASSPHRASE)[0].close()
    source = ledger(work / "ledger.csv", 20_000)

    def fresh(n: int) -> Path:
        target = work / f"v{n}-{rng.random():.6f}"
        shutil.copytree(template, target)
        return target

    def kill_import(n: int) -> bool:
        data_dir = fresh(n)
        proc = cli(data_dir, "import", str(source))
        time.sleep(rng.uniform(0.3, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return sound(data_dir) and accounts(data_dir) in (0, 20_000)

    experiment("import of 20,000 rows killed at a random moment: whole or absent", trials, kill_import)

    def kill_rekey(n: int) -> bool:
        data_dir = fresh(n)
        pp = work / f"new{n}.txt"
        pp.write_text(NEW)
        proc = cli(data_dir, "change-passphrase", "--rekey", "--new-passphrase-file", str(pp))
        time.sleep(rng.uniform(0.2, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        opened = 0
        for secret in (PASSPHRASE, NEW):
            with contextlib.suppress(UserError):
                opened += sound(data_dir, passphrase=secret)
        return opened == 1

    experiment("rekey killed at a random moment: exactly one passphrase opens a sound vault", trials, kill_rekey)

    base = fresh(999)
    ws = open_workspace(base, passphrase=PASSPHRASE)
    backup_file = vault_ops.backup(ws, work / "base.cdbackup").path
    ws.close()
    size = backup_file.stat().st_size

    def cut_backup(n: int) -> bool:
        data_dir = fresh(n)
        before = (data_dir / "vault.db").read_bytes()
        cut = work / f"cut{n}.cdbackup"
        cut.write_bytes(backup_file.read_bytes()[:rng.randrange(1, size)])
        try:
            vault_ops.restore(data_dir, cut, passphrase=PASSPHRASE)
            return False
        except UserError as err:
            return err.code in ("not_a_backup", "backup_damaged") and (data_dir / "vault.db").read_bytes() == before

    experiment("backup cut at a random byte, restored over a vault: refused, vault untouched", trials * 2,
               cut_backup)

    def wrong_secret(n: int) -> bool:
        data_dir = fresh(n)
        files = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.name != "vault.lock"}
        secret = {"passphrase": f"wrong passphrase {rng.random()}"} if n % 2 else {
            "recovery_key": "-".join("ABCD" for _ in range(13))}
        try:
            open_workspace(data_dir, **secret)
            return False
        except UserError:
            pass
        after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and p.name != "vault.lock"}
        return after == files

    experiment("wrong passphrase or recovery key: refused, every file byte-identical", trials, wrong_secret)

    def old_keys_after_rekey(n: int) -> bool:
        data_dir = fresh(n)
        old = KeyFile.load(data_dir / "vault.keys.json")
        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        vault_ops.rekey(ws, NEW)
        ws.close()
        try:
            connect_raw(data_dir / "vault.db", old.unwrap_with_passphrase(PASSPHRASE)).close()
            return False
        except NotAVaultError:
            return sound(data_dir, passphrase=NEW)

    experiment("after a rekey, the old key file and passphrase open vault.db: must not", max(2, trials // 3),
               old_keys_after_rekey)

    def tamper(n: int) -> bool:
        data_dir = fresh(n)
        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        from collections_desktop.services.imports.imports import import_files

        import_files(ws, [ledger(work / f"small{n}.csv", 20)])
        with ws.transaction() as session:
            ws.audit(session, "export.payments", "vault", "1")
        ws.close()
        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        kind = n % 4
        with ws.vault.engine.begin() as conn:
            if kind == 0:  # drop the tail and rewind the head, with the key in hand
                head = conn.execute(select(AuditHead)).first()
                keep = conn.execute(select(AuditRow).where(AuditRow.id == head.last_id - 1)).first()
                conn.execute(text("DELETE FROM audit_log WHERE id > :k"), {"k": keep.id})
                conn.execute(text("UPDATE audit_head SET last_id = :i, last_hash = :h"),
                             {"i": keep.id, "h": keep.hash})
            elif kind == 1:
                conn.execute(text("UPDATE ledger_entry SET amount_cents = amount_cents + 1 WHERE id = "
                                  "(SELECT max(id) FROM ledger_entry)"))
            elif kind == 2:
                conn.execute(text("DELETE FROM ledger_entry WHERE id = (SELECT min(id) FROM ledger_entry)"))
            else:
                conn.execute(text("INSERT INTO contact_event (account_id, person_id, at, channel, direction, "
                                  "outcome, address_used, note, detail, created_at) SELECT id, guarantor_id, "
                                  "'2026-11-01 10:00:00', 'phone', 'outbound', 'CONVERSATION', '', '', '{}', "
                                  "'2026-11-01 10:00:00' FROM account LIMIT 1"))
        try:
            return not vault_ops.verify_audit(ws).intact
        finally:
            ws.close()

    experiment("tampering with the key in hand (tail+head, ledger edit/delete, contact added): seen",
               max(4, trials), tamper)

    def busy(n: int) -> bool:
        data_dir = fresh(n)
        proc = cli(data_dir, "import", str(source))
        time.sleep(1.0)
        ws = open_workspace(data_dir, passphrase=PASSPHRASE)
        try:
            from collections_desktop.services.desk.payments import record_payment

            record_payment(ws, "NOPE", "1.00", "cash")
            return False
        except UserError as err:
            return err.code in ("vault_busy", "account_not_found")
        finally:
            ws.close()
            proc.wait()

    experiment("a payment while another process imports: waits, or says the vault is busy", max(2, trials // 3),
               busy)
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"failures": sum(f for _n, _t, f in RESULTS)}))


if __name__ == "__main__":
    main()
