"""Brings a vault's schema to the newest Alembic revision, taking an encrypted backup before any upgrade.

Alembic itself is imported only when a migration has to run: reading the current and newest
revision needs neither it nor its script loader, and the desk starts about 0.2 s sooner. The newest
revision is read without SQLAlchemy too, so the desk can check a vault's schema before loading it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def _config():  # noqa: ANN202
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The revision no other revision builds on, read straight from the migration files."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found:
            revisions.add(found.group(1))
            down = _DOWN.search(source)
            if down and down.group(1):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    _run(engine, "upgrade", "head")
    return True


def downgrade(engine: Engine, revision: str) -> None:
    """Back to an older schema (for support, and for tests that make an older vault)."""
    _run(engine, "downgrade", revision)


def _run(engine: Engine, direction: str, revision: str) -> None:
    from alembic import command

    from collections_desktop.storage import audit_seal

    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":  # the vault's per-connection audit triggers (none on a server)
            audit_seal.remove(conn)  # the audit triggers of a pooled connection would block ALTER TABLE
        cfg = _config()
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)
