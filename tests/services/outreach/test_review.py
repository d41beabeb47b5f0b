"""The accuracy review before outreach and the hand-off of a claim to billing (feeding insurance-followup)."""

from __future__ import annotations

import csv

import pytest

from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.exports.exports import export
from collections_desktop.services.outreach.review import accuracy_review, hand_off_claim


def test_review_and_hand_off(demo_workspace, tmp_path):
    row = worklist(demo_workspace, view="due", limit=1)[0]
    view = get_account(demo_workspace, row.account)
    checks = {c.code: c for c in accuracy_review(demo_workspace, view.number)}
    assert set(checks) == {"insurance_pending", "handed_to_billing", "matches_last_import", "duplicate_charges",
                           "credit_elsewhere", "denied_by_payer", "remittance_unbalanced"}
    assert checks["handed_to_billing"].ok
    claim = next(e for e in view.encounters if e.balance.patient_balance_cents > 0)
    hand_off_claim(demo_workspace, view.number, claim.claim, "Denied CO-16; resubmit with the referral")
    after = get_account(demo_workspace, view.number)
    assert after.patient_due_cents == view.patient_due_cents - claim.balance.patient_balance_cents
    assert not {c.code: c for c in accuracy_review(demo_workspace, view.number)}["handed_to_billing"].ok
    with pytest.raises(UserError) as err:
        hand_off_claim(demo_workspace, view.number, claim.claim)
    assert err.value.code == "already_handed_off"
    out = tmp_path / "followup.csv"
    result = export(demo_workspace, "insurance-followup", out)
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert result.rows == 1 and rows[0]["claim"] == claim.claim and rows[0]["note"].startswith("Denied CO-16")
    assert rows[0]["account"] == view.number
