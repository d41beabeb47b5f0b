"""The audit chain's links and its anchor file, with nothing of SQLAlchemy: a plain connection can append too."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path

GENESIS = "0" * 64
ANCHOR_NAME = "vault.anchor.json"


def link(key: bytes, row_id: int, at: datetime, actor: str, action: str, entity: str,
         entity_id: str, detail: str, prev_hash: str) -> str:
    """The row's link: an HMAC over its content and the previous link."""
    body = json.dumps(
        [row_id, at.isoformat(timespec="microseconds"), actor, action, entity, entity_id, detail, prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def detail_text(detail: dict | None) -> str:
    return json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def append_raw(conn, key: bytes, *, actor: str, action: str, entity: str,  # noqa: ANN001 - DB-API connection
               entity_id: str = "", detail: dict | None = None) -> tuple[int, str]:
    """Adds one row to the chain in the connection's open write transaction, as `audit.append` does through a
    session; returns (row, link). `detail` must hold no PHI values."""
    found = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    prev_id, prev_hash = (int(found[0]), str(found[1])) if found else (0, GENESIS)
    at, text, row_id = datetime.now(UTC), detail_text(detail), prev_id + 1
    digest = link(key, row_id, at, actor, action, entity, entity_id, text, prev_hash)
    conn.execute("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (row_id, at.strftime("%Y-%m-%d %H:%M:%S.%f"), actor, action, entity, entity_id, text, prev_hash,
                  digest))
    if found:
        conn.execute("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", (row_id, digest))
    else:
        conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)", (row_id, digest))
    return row_id, digest


def anchor_mac(key: bytes, vault_id: str, row: int, link_hash: str, at: str) -> str:
    body = json.dumps(["anchor", vault_id, row, link_hash, at], separators=(",", ":")).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def write_anchor(data_dir: Path, vault_id: str, key: bytes, row: int, link_hash: str) -> None:
    """Replaces the anchor file (atomically); a failure only costs this anchor, never the session's work."""
    from collections_desktop.atomic import atomic_write_bytes

    at = datetime.now(UTC).isoformat(timespec="seconds")
    doc = {"vault_id": vault_id, "row": row, "hash": link_hash, "at": at,
           "mac": anchor_mac(key, vault_id, row, link_hash, at)}
    with contextlib.suppress(OSError):
        atomic_write_bytes(Path(data_dir) / ANCHOR_NAME, json.dumps(doc, indent=2).encode())
