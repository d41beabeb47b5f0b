"""Reading the clinic's plan policy from a TOML file: the shipped default or one the user chose."""

from __future__ import annotations

import tomllib
from pathlib import Path

from collections_desktop.domain.plans.policy import PlanPolicy, PolicyError, policy_from_mapping
from collections_desktop.resources import resource
from collections_desktop.services.errors import UserError

DEFAULT_POLICY = ("policy", "plan_policy.toml")


def default_policy() -> PlanPolicy:
    """The recommended defaults shipped in resources/policy/plan_policy.toml."""
    return read_policy(resource(*DEFAULT_POLICY))


def read_policy(path: Path) -> PlanPolicy:
    """Parses and validates a policy file; any problem is a UserError naming the file, line or field."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise UserError("policy_unreadable", path=str(path), reason=exc.strerror) from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError("policy_not_toml", path=str(path), detail=str(exc)) from None
    try:
        return policy_from_mapping(data)
    except PolicyError as exc:
        raise UserError(exc.code, path=str(path), where=exc.where, **exc.params) from None
