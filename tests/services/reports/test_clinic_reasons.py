"""Reasons for not paying that the clinic adds in its policy: checked when imported, offered with a contact,
counted and told in the billing issues in the clinic's own words."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import log_contact, reason_choices
from collections_desktop.services.plans.plan_policy import export_policy, parse_policy, store_policy_text
from collections_desktop.services.reports.billing_issues import billing_issues, payer_code_text
from collections_desktop.words.trends import headline

PORTAL = 'portal_down = { en = "the payment portal did not work", es = "el portal de pagos no funcionó" }'


def _with(text: str, reasons: str, version: int | None = None) -> str:
    changed = text.replace("[reports.reasons]\n", f"[reports.reasons]\n{reasons}\n", 1)
    if version is not None:
        changed = changed.replace("version = 1\n", f"version = {version}\n", 1)
    return changed


@pytest.mark.parametrize(("reasons", "code", "where"), [
    ('Portal = { en = "x", es = "y" }', "policy_reason_code", "reports.reasons.Portal"),
    ('duplicate_charge = { en = "x", es = "y" }', "policy_reason_shipped", "reports.reasons.duplicate_charge"),
    ('portal_down = { en = "the portal" }', "policy_reason_words", "reports.reasons.portal_down"),
    ('portal_down = "the portal"', "policy_reason_words", "reports.reasons.portal_down"),
])
def test_a_clinic_reason_is_checked_where_it_is_written(workspace, reasons, code, where):
    with pytest.raises(UserError) as refused:
        parse_policy(_with(export_policy(workspace), reasons), "clinic.toml")
    assert (refused.value.code, refused.value.params["where"], refused.value.params["path"]) == (
        code, where, "clinic.toml")


def test_a_clinic_reason_is_offered_recorded_and_told_in_its_own_words(demo_workspace):
    text = export_policy(demo_workspace)
    assert "version = 1\n" in text
    store_policy_text(demo_workspace, _with(text, PORTAL, version=2), "clinic.toml")
    assert reason_choices(demo_workspace)[-1] == ("portal_down", "the payment portal did not work",
                                                  "el portal de pagos no funcionó")
    numbers = [r.account for r in worklist(demo_workspace, view="due", limit=3)]
    now = max(datetime.now(UTC) - timedelta(minutes=5), datetime.combine(date.today(), time(0, 0, 1), tzinfo=UTC))
    for number in numbers:
        log_contact(demo_workspace, number, "phone", "CONVERSATION", direction="inbound", at=now,
                    reason="portal_down")
    with pytest.raises(UserError) as refused:
        log_contact(demo_workspace, numbers[0], "phone", "CONVERSATION", direction="inbound", reason="portal")
    assert "portal_down" in refused.value.params["choices"]
    today = Period(date.today(), date.today())
    portal = next(t for t in billing_issues(demo_workspace, today, Period(today.start - timedelta(days=1),
                                                                          today.start - timedelta(days=1))).trends
                  if t.code == "portal_down")
    assert portal.count == 3 and portal.direction == "new"
    told = headline(portal, "es", payer_code_text, str)
    assert told.startswith("El portal de pagos no funcionó: 3, ninguno antes")
    assert headline(portal, "en", payer_code_text, str).startswith("The payment portal did not work: 3")
