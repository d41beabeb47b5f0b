"""The clinic's plan policy: the shipped default, files the user imports into the vault, and the one in force."""

from __future__ import annotations

import functools
import hashlib
import tomllib
from pathlib import Path

from sqlalchemy.orm import Session

from collections_desktop.domain.plans.policy import PlanPolicy, policy_from_mapping
from collections_desktop.domain.plans.policy_fields import PolicyError
from collections_desktop.resources import resource
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import policy_repo
from collections_desktop.storage.types import utc_now

DEFAULT_POLICY = ("policy", "plan_policy.toml")


@functools.cache
def default_policy() -> PlanPolicy:
    """The recommended defaults shipped in resources/policy/plan_policy.toml."""
    return read_policy(resource(*DEFAULT_POLICY))


def read_policy(path: Path) -> PlanPolicy:
    """Parses and validates a policy file; any problem is a UserError naming the file and the field."""
    return parse_policy(_read_text(path), str(path))


def parse_policy(text: str, where: str) -> PlanPolicy:
    """Validates policy text; `where` (a file name) starts every message."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError("policy_not_toml", path=where, detail=str(exc)) from None
    try:
        return policy_from_mapping(data)
    except PolicyError as exc:
        raise UserError(exc.code, path=where, where=exc.where, **exc.params) from None


def current_policy(workspace: Workspace) -> PlanPolicy:
    """The newest policy imported into the vault, or the shipped default when none has been."""
    with workspace.reading() as session:
        return policy_at(session)


def backdate_limit(workspace: Workspace) -> int:
    """How many days back the clinic lets a date be stated without a reason (policy [records])."""
    return current_policy(workspace).backdate_limit_days


def policy_at(session: Session, version: int | None = None) -> PlanPolicy:
    """A stored policy version (the newest when `version` is None); the shipped default when there is none."""
    stored = policy_repo.policy_text(session, version)
    if stored is None:
        return default_policy()
    return _parsed(stored[1], stored[0])


@functools.lru_cache(maxsize=16)
def _parsed(text: str, version: int) -> PlanPolicy:
    return parse_policy(text, f"policy version {version}")


def export_policy(workspace: Workspace) -> str:
    """The policy in force as TOML text: as imported, or the shipped default file."""
    with workspace.reading() as session:
        stored = policy_repo.policy_text(session)
    return stored[1] if stored is not None else _read_text(resource(*DEFAULT_POLICY))


def import_policy(workspace: Workspace, path: Path) -> PlanPolicy:
    """Stores a validated policy file as the version in force; its version must be newer than the last one."""
    return store_policy_text(workspace, _read_text(path), str(path))


def store_policy_text(workspace: Workspace, text: str, where: str) -> PlanPolicy:
    """Validates policy text and keeps it, with its hash, as the newest version (audited)."""
    policy = parse_policy(text, where)
    with workspace.transaction() as session:
        newest = policy_repo.newest_version(session)
        if policy.version <= newest:
            raise UserError("policy_version_not_newer", path=where, version=policy.version, newest=newest)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        policy_repo.keep_version(session, policy.version, text, digest, utc_now())
        workspace.audit(session, "policy.imported", "plan_policy", str(policy.version), {"sha256": digest})
    return policy


def _read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError("policy_unreadable", path=str(path), reason=exc.strerror or type(exc).__name__) from None
    except UnicodeDecodeError:
        raise UserError("policy_not_toml", path=str(path), detail="not UTF-8 text") from None


# Fields the Preferences dialog edits: (section, key) -> kind ("text", "money", "int", "bool", "list" or "tiers").
EDITABLE = {("clinic", "legal_name"): "text", ("clinic", "doing_business_as"): "text", ("clinic", "address"): "text",
            ("clinic", "phone"): "text", ("clinic", "hours"): "text", ("clinic", "hours_es"): "text",
            ("terms", "minimum_installment"): "money", ("terms", "higher_minimum_installment"): "money",
            ("terms", "frequencies"): "list", ("follow_up", "grace_days"): "int",
            ("follow_up", "reminder_day"): "int", ("follow_up", "notice_day"): "int",
            ("follow_up", "default_consecutive_missed"): "int", ("follow_up", "default_days_after_notice"): "int",
            ("follow_up", "cure_days"): "int", ("records", "backdate_limit_days"): "int",
            ("clinic", "is_501r_facility"): "bool", ("letters", "validation_notice"): "bool",
            ("letters", "final_notice_days"): "int", ("escalation", "minimum_balance"): "money",
            ("escalation", "credit_reporting"): "bool", ("assistance", "tiers"): "tiers"}


def edit_policy(workspace: Workspace, changes: dict[tuple[str, str], object]) -> PlanPolicy:
    """Applies the Preferences edits to the policy in force (comments kept) and stores it as the next version."""
    import tomlkit

    document = tomlkit.parse(export_policy(workspace))
    for (section, key), value in changes.items():
        if (section, key) not in EDITABLE:
            raise UserError("policy_field_not_editable", where=f"{section}.{key}")
        if section not in document:  # a section added to the policy after this version was written
            document[section] = tomlkit.table()
        document[section][key] = _toml_value(value, EDITABLE[(section, key)])
    document["version"] = int(document["version"]) + 1
    return store_policy_text(workspace, tomlkit.dumps(document), "preferences")


def _toml_value(value: object, kind: str) -> object:
    """A Preferences value as the policy file writes it: a scale as one line per tier, lists as arrays."""
    import tomlkit

    if kind == "tiers" and isinstance(value, (list, tuple)):
        lines = tomlkit.array()
        for tier in value:
            line = tomlkit.inline_table()
            line.update(tier)
            lines.append(line)
        return lines.multiline(True)
    return list(value) if isinstance(value, (list, tuple)) else value


def policy_values(workspace: Workspace) -> dict[tuple[str, str], object]:
    """The editable fields of the policy in force, as written in its file."""
    data = tomllib.loads(export_policy(workspace))
    return {(section, key): data.get(section, {}).get(key) for section, key in EDITABLE}


def clinic_name(workspace: Workspace) -> str:
    """The name the clinic goes by (doing-business-as, else legal name), "" until Preferences has it."""
    clinic = current_policy(workspace).clinic
    return str(clinic.get("doing_business_as") or clinic.get("legal_name") or "")
