"""Brings a vault's schema to the newest Alembic revision, taking an encrypted backup before any upgrade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup_before: Callable[[str], None] | None = None) -> bool:
    """Runs pending migrations; returns True when any ran.

    `backup_before(revision)` is called first when an existing schema is about to
    change, so a failed or unwanted upgrade can be undone from an encrypted copy.
    """
    with engine.connect() as conn:
        current = current_revision(conn)
    head = head_revision()
    if current == head:
        return False
    if current is not None and backup_before is not None:
        backup_before(current)
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
