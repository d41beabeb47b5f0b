"""CSV column-mapping profiles: TOML data files a clinic can copy and edit, found by name, path or header."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from collections_desktop.resources import resource

KINDS = ("ledger", "aging", "synthea")


class ProfileError(Exception):
    """A profile that cannot be found or read; args[0] is a code, args[1] a parameter dict."""


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    kind: str
    detect: tuple[str, ...]
    columns: dict[str, str] = field(default_factory=dict)
    name_order: str = "first_last"
    path: Path | None = None

    def header(self, canonical: str) -> str | None:
        return self.columns.get(canonical)

    def matches(self, headers: list[str]) -> bool:
        present = {h.strip().lower() for h in headers}
        return bool(self.detect) and all(d.lower() in present for d in self.detect)


def _load(path: Path) -> Profile:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError("profile_unreadable", {"path": str(path), "reason": str(exc)[:120]}) from None
    kind = doc.get("kind", "ledger")
    if kind not in KINDS:
        raise ProfileError("profile_unreadable", {"path": str(path), "reason": f"kind must be one of {KINDS}"})
    columns = {str(k): str(v) for k, v in dict(doc.get("columns", {})).items()}
    if kind == "ledger" and not {"account", "claim", "service_date", "charge"} <= set(columns) and not (
            {"guarantor_name", "claim", "service_date", "charge"} <= set(columns)):
        raise ProfileError("profile_unreadable", {
            "path": str(path), "reason": "a ledger profile maps account, claim, service_date, charge"})
    return Profile(name=str(doc.get("name", path.stem)), title=str(doc.get("title", path.stem)), kind=kind,
                   detect=tuple(doc.get("detect", ())), columns=columns,
                   name_order=str(doc.get("name_order", "first_last")), path=path)


def shipped() -> list[Profile]:
    folder = resource("profiles")
    return [_load(p) for p in sorted(folder.glob("*.toml"))] if folder.is_dir() else []


def find(name_or_path: str) -> Profile:
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix == ".toml" or candidate.exists():
        if not candidate.is_file():
            raise ProfileError("file_not_found", {"path": str(candidate)})
        return _load(candidate)
    for profile in shipped():
        if profile.name == name_or_path:
            return profile
    raise ProfileError("unknown_profile", {"profile": name_or_path,
                                           "choices": ", ".join(p.name for p in shipped())})


def detect(headers: list[str]) -> Profile | None:
    """The shipped profile whose identifying headers all appear, preferring the most specific."""
    matching = [p for p in shipped() if p.matches(headers)]
    return max(matching, key=lambda p: len(p.detect)) if matching else None
