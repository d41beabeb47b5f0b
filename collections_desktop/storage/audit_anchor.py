"""The audit chain's head kept outside the database (beside it after every session, in every backup's header and in
`audit verify`'s output), so a chain shortened or rewritten since any earlier anchor is seen."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from collections_desktop.storage.audit_link import ANCHOR_NAME, anchor_mac, write_anchor
from collections_desktop.storage.models import AuditHead, AuditRow


@dataclass(frozen=True)
class Anchor:
    """A link of the chain as it was seen at `at` (UTC), and where that was written down."""

    row: int
    hash: str
    at: str
    source: str  # "vault.anchor.json", a backup's file name, or "given"


def head(session: Session) -> tuple[int, str]:
    found = session.get(AuditHead, 1)
    return (found.last_id, found.last_hash) if found else (0, "0" * 64)


_mac = anchor_mac
write = write_anchor


def read(data_dir: Path, vault_id: str, key: bytes) -> Anchor | None | str:
    """The saved anchor; None when there is none yet; "forged" when it is not one this vault wrote."""
    path = Path(data_dir) / ANCHOR_NAME
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        row, link, at = int(doc["row"]), str(doc["hash"]), str(doc["at"])
        mac = str(doc["mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return "forged"
    if doc.get("vault_id") != vault_id or not hmac.compare_digest(mac, _mac(key, vault_id, row, link, at)):
        return "forged"
    return Anchor(row, link, at, ANCHOR_NAME)


def holds(session: Session, anchor: Anchor) -> bool:
    """True when the chain still has the anchored link: nothing at or before it was removed or rewritten."""
    if anchor.row == 0:
        return True
    found = session.get(AuditRow, anchor.row)
    return found is not None and len(anchor.hash) >= 12 and found.hash.startswith(anchor.hash.lower())
