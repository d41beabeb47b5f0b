"""Importing the clinic's plan policy into a real vault: validated, versioned, audited, and nothing half-written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from collections_desktop.resources import resource
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import current_policy, import_policy
from collections_desktop.storage.models import AuditRow, PlanPolicyRow

SHIPPED = resource("policy", "plan_policy.toml").read_text(encoding="utf-8")


def edited(tmp_path, name, **replacements):
    text = SHIPPED
    for old, new in replacements.items():
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_vault_uses_the_shipped_default(workspace):
    assert current_policy(workspace).version == 1


def test_imported_policy_is_in_force_and_audited(workspace, tmp_path):
    path = edited(tmp_path, "clinic.toml", **{
        "version = 1": "version = 2", 'legal_name = ""': 'legal_name = "Clínica Ejemplo, P.C."',
        "grace_days = 15": "grace_days = 10"})
    import_policy(workspace, path)
    policy = current_policy(workspace)
    assert (policy.version, policy.grace_days, policy.clinic["legal_name"]) == (2, 10, "Clínica Ejemplo, P.C.")
    with workspace.reading() as session:
        row = session.scalars(select(PlanPolicyRow)).one()
        actions = session.scalars(select(AuditRow.action)).all()
    assert len(row.sha256) == 64 and "policy.imported" in actions


def test_an_older_or_invalid_policy_changes_nothing(workspace, tmp_path):
    import_policy(workspace, edited(tmp_path, "v3.toml", **{"version = 1": "version = 3"}))
    with pytest.raises(UserError) as caught:
        import_policy(workspace, edited(tmp_path, "v2.toml", **{"version = 1": "version = 2"}))
    assert caught.value.code == "policy_version_not_newer" and caught.value.params["newest"] == 3
    with pytest.raises(UserError) as caught:
        import_policy(workspace, edited(tmp_path, "bad.toml", **{"version = 1": "version = 4",
                                                                 'frequencies = ["monthly"': 'frequencies = ["daily"'}))
    assert caught.value.params["where"] == "terms.frequencies" and caught.value.params["path"].endswith("bad.toml")
    with workspace.reading() as session:
        assert session.scalars(select(PlanPolicyRow.version)).all() == [3]
    assert current_policy(workspace).version == 3
