"""The open vault as services see it: unlocking, migrations, transactions and the audit trail."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from collections_desktop.services.errors import UserError
from collections_desktop.services.vault.vault_access import current_actor, translate_storage_errors
from collections_desktop.storage import audit, audit_anchor, audit_seal, migrate, search_index
from collections_desktop.storage.audit_content import BASELINE
from collections_desktop.storage.backup import clean_interrupted, write_backup
from collections_desktop.storage.bulk import restore_secondary_indexes
from collections_desktop.storage.connection import is_busy, is_disk_full
from collections_desktop.storage.engine import WRITE, set_bulk_durability
from collections_desktop.storage.recorded_by import record_as
from collections_desktop.storage.vault import Vault, VaultPaths

_PENDING = "pending_audit"  # the audit rows of the transaction, appended just before it commits
VIEWS_PER_ROW = 50  # account views logged together in one audit row…
VIEWS_MAX_WAIT = 60.0  # …or after this many seconds, whichever comes first (and when the vault closes)


@dataclass
class Workspace:
    """An unlocked vault plus who is working in it."""

    vault: Vault
    actor: str
    shared = False  # one person's vault (a TeamWorkspace is shared by the team)
    _views: list = field(default_factory=list, repr=False)
    _views_since: float = field(default=0.0, repr=False)
    _views_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.vault.paths.data_dir

    @property
    def is_demo(self) -> bool:
        return self.vault.is_demo

    def refuse_real_data(self, *texts: str) -> None:
        """A demo vault's key is sealed under a constant anyone can read: it takes no imported file and no text
        typed about a person (notes, references), so no real patient's data can end up in it."""
        if self.is_demo and (not texts or any(t.strip() for t in texts)):
            raise UserError("demo_refuses_real_data")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all.

        It takes the vault's write lock at once; while another process writes (an import), it waits up to the
        busy timeout and then says the vault is busy. A full disk is said as such.
        """
        try:
            engine = self.vault.engine.execution_options(**{WRITE: True})
            with Session(engine, expire_on_commit=False) as session, session.begin(), self._audited(session):
                yield session
        except OperationalError as exc:
            if is_busy(exc):
                raise UserError("vault_busy") from None
            if is_disk_full(exc):
                raise UserError("disk_full", path=str(self.data_dir)) from None
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; rows read stay usable afterwards (detached, never refreshed)."""
        with Session(self.vault.engine) as session:
            yield session
            session.expunge_all()
            session.rollback()

    @contextlib.contextmanager
    def bulk_writer(self, *, empty_vault: bool = False
                    ) -> Iterator[Callable[[], contextlib.AbstractContextManager[Session]]]:
        """Many transactions on one connection with relaxed fsync, for demo data and large imports.

        `empty_vault` (the caller has checked there is nothing to lose) relaxes syncing further.
        """
        with self.vault.engine.connect() as conn:
            set_bulk_durability(conn, True, empty_vault=empty_vault)
            try:
                @contextlib.contextmanager
                def transaction() -> Iterator[Session]:
                    with Session(bind=conn, expire_on_commit=False) as session, session.begin(), \
                            self._audited(session):
                        yield session

                yield transaction
            finally:
                set_bulk_durability(conn, False)

    def audit(self, session: Session, action: str, entity: str, entity_id: str = "",
              detail: dict | None = None) -> None:
        """Records the action; its audit row is written when the transaction is about to commit."""
        session.info.setdefault(_PENDING, []).append((action, entity, entity_id, dict(detail or {})))

    @contextlib.contextmanager
    def _audited(self, session: Session) -> Iterator[None]:
        """Around a writing transaction's work: the row seals start, and its audit rows are written at the end."""
        audit_seal.begin(session.connection())
        record_as(session, self.actor)
        yield
        self._close_out(session)

    def _close_out(self, session: Session) -> None:
        """Appends the transaction's audit rows, the last one sealing every covered row it wrote (a row of its
        own when the action named none), so nothing reaches the ledger, contacts, plans or holds unaudited.
        An action that rolled back on purpose (a preview) has nothing to record."""
        if not session.in_transaction():
            session.info.pop(_PENDING, None)
            return
        session.flush()
        seal = audit_seal.collect(session.connection())
        pending = session.info.pop(_PENDING, [])
        if seal:
            if not pending:
                pending = [("rows.changed", "vault", self.vault.vault_id, {})]
            pending[-1][3]["sealed"] = seal
        for action, entity, entity_id, detail in pending:
            audit.append(session, self.vault.audit_key, actor=self.actor, action=action,
                         entity=entity, entity_id=entity_id, detail=detail)

    # -- who looked at what (HIPAA §164.312(b)) ------------------------------------------------
    def note_view(self, account_id: int, seen_in: str) -> None:
        """Remembers that the account was shown; written in batches, so reading stays as fast as before."""
        with self._views_lock:
            if not self._views:
                self._views_since = time.monotonic()
            self._views.append([account_id, seen_in, datetime.now(UTC).isoformat(timespec="seconds")])
            due = len(self._views) >= VIEWS_PER_ROW or time.monotonic() - self._views_since >= VIEWS_MAX_WAIT
        if due:
            with contextlib.suppress(UserError):  # busy or full: kept, and written with the next batch
                self.flush_views()

    def flush_views(self) -> None:
        with self._views_lock:
            views, self._views = self._views, []
        if not views:
            return
        try:
            with self.transaction() as session:
                self.audit(session, "account.viewed", "account", "", {"views": views})
        except BaseException:
            with self._views_lock:
                self._views[:0] = views
            raise

    def close(self) -> None:
        """Writes the views still waiting and the chain's head beside the vault (its anchor), then drops the key.
        Closing (lock, quit) never fails on either."""
        with contextlib.suppress(Exception):
            self.flush_views()
            with self.reading() as session:
                row, link = audit_anchor.head(session)
            audit_anchor.write(self.data_dir, self.vault.vault_id, self.vault.audit_key, row, link)
        self.vault.close()


def _prepare(vault: Vault) -> Workspace:
    """Brings the schema up to date, backing the vault up first when an existing schema changes."""
    def backup_before(revision: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        write_backup(vault, vault.paths.backups / f"pre-upgrade-{revision}-{stamp}.cdbackup")

    clean_interrupted(vault.paths.data_dir)  # a backup or restore killed last time leaves nothing behind
    upgraded = migrate.upgrade(vault.engine, backup_before=backup_before)
    workspace = Workspace(vault, current_actor())
    with workspace.transaction() as session:
        # A bulk load that was interrupted left its indexes dropped and its search index stale.
        restore_secondary_indexes(session)
        search_index.rebuild_if_stale(session)
        if upgraded:  # the chain vouches for the covered rows as they stand under the new schema
            workspace.audit(session, BASELINE, "vault", vault.vault_id,
                            {"sealed": audit_seal.baseline(session.connection())})
    return workspace


def create_workspace(data_dir: Path, passphrase: str | None, *, demo: bool = False) -> tuple[Workspace, str]:
    """Creates the vault; returns it open, with the one-time recovery key to show the user."""
    with translate_storage_errors():
        vault, recovery_key = Vault.create(VaultPaths(data_dir), passphrase, demo=demo)
        workspace = _prepare(vault)
    with workspace.transaction() as session:
        workspace.audit(session, "vault.created", "vault", vault.vault_id, {"demo": demo})
    return workspace, recovery_key


def open_workspace(data_dir: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
                   use_keyring: bool = False) -> Workspace:
    with translate_storage_errors():
        vault = Vault.unlock(VaultPaths(data_dir), passphrase=passphrase, recovery_key=recovery_key,
                             use_keyring=use_keyring)
        return _prepare(vault)


def open_unlocked(vault: Vault) -> Workspace:
    """The workspace over a vault the desk has already unlocked (see `first_page`)."""
    with translate_storage_errors():
        return _prepare(vault)
