"""Schema only through Alembic, and an encrypted backup before any upgrade of an existing vault."""

from __future__ import annotations

import shutil

from sqlalchemy import inspect, text

from collections_desktop.services.workspace import open_workspace
from collections_desktop.storage import migrate
from collections_desktop.storage.backup import read_header
from collections_desktop.storage.models import Base
from tests.conftest import PASSPHRASE

EXTRA_STEP = '''"""Adds a note column (test-only step)."""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("test_note", sa.String(20), nullable=True))


def downgrade():
    with op.batch_alter_table("person") as batch:
        batch.drop_column("test_note")
'''


def test_new_vault_is_at_head_and_matches_the_models(workspace):
    with workspace.vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        tables = {t for t in inspect(conn).get_table_names()
                  if t != "alembic_version" and not t.startswith("account_search_fts")}
    assert tables == set(Base.metadata.tables) | {"receivable_flow", "call_hour_count"}  # kept by triggers


def test_upgrade_takes_an_encrypted_backup_first(workspace, data_dir, tmp_path, monkeypatch):
    workspace.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "9999_test_step.py").write_text(EXTRA_STEP.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    upgraded = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        with upgraded.vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == "9999"
            conn.execute(text("SELECT test_note FROM person")).fetchall()
    finally:
        upgraded.close()
    backups = list((data_dir / "backups").glob(f"pre-upgrade-{head}-*.cdbackup"))
    assert len(backups) == 1
    assert b"SQLite format 3" not in backups[0].read_bytes()
    keyfile, _offset, _header = read_header(backups[0])
    assert keyfile.unwrap_with_passphrase(PASSPHRASE)
    # Opening again runs nothing and takes no new backup.
    open_workspace(data_dir, passphrase=PASSPHRASE).close()
    assert len(list((data_dir / "backups").glob("*.cdbackup"))) == 1
