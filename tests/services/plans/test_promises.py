"""Promises to pay and payments imported from the PM: kept, partly kept, broken, and the views they feed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.plans import plan_tracking, plans
from collections_desktop.services.plans.agreements import produce_agreement
from collections_desktop.services.plans.plan_views import account_plans
from collections_desktop.services.plans.promises import make_promise
from collections_desktop.storage.contacts_repo import account_by_number
from tests.services.plans.test_plans import TODAY, clinic_policy, pick

LEDGER = ("Account,Guarantor First,Guarantor Last,Birth Date,Address,City,State,ZIP,Language,Claim,Service Date,"
          "Charge,Patient Paid,Balance\n"
          "A200,Zoë,Núñez,1975-12-01,12 Elm St,Denver,CO,80202,Spanish,CL-9,2025-12-01,90.00,{paid},{balance}\n")


def pay_on(day, *args):
    """A payment recorded on its own day (the plan's calendar, not the machine's clock)."""
    return record_payment(*args, paid_on=day, today=day)


def account_id(workspace, number):
    with workspace.reading() as session:
        return account_by_number(session, number).id


@pytest.mark.parametrize(("paid", "outcome"), [(5000, "kept"), (2000, "partly_kept"), (0, "broken")])
def test_a_promise_is_kept_partly_kept_or_broken(demo_workspace, paid, outcome):
    number = pick(demo_workspace)
    promise_id = make_promise(demo_workspace, number, [(date(2026, 12, 4), "50.00")], today=TODAY)
    assert ids_for(demo_workspace, "promises_due") == [account_id(demo_workspace, number)]
    if paid:
        pay_on(date(2026, 12, 3), demo_workspace, number, f"{paid // 100}.00", "cash")
    promise = account_plans(demo_workspace, number, date(2026, 12, 5)).promises[0]
    assert (promise.id, promise.outcome) == (promise_id, outcome)
    assert ids_for(demo_workspace, "promises_due") == []


def test_a_promise_stays_short_and_within_the_balance(demo_workspace):
    number = pick(demo_workspace)
    with pytest.raises(UserError) as err:
        make_promise(demo_workspace, number, [(TODAY + timedelta(days=k), "1.00") for k in range(1, 7)], today=TODAY)
    assert err.value.code == "promise_parts"
    with pytest.raises(UserError) as err:
        make_promise(demo_workspace, number, [(TODAY - timedelta(days=1), "1.00")], today=TODAY)
    assert err.value.code == "promise_date_range"
    with pytest.raises(UserError) as err:
        make_promise(demo_workspace, number, [(TODAY, "99999999.00")], today=TODAY)
    assert err.value.code == "overpayment"


def test_a_payment_imported_from_the_pm_file_counts_toward_the_plan(workspace, tmp_path):
    today = date.today()
    first = tmp_path / "day1.csv"
    first.write_text(LEDGER.format(paid="0.00", balance="90.00"), encoding="utf-8")
    assert import_files(workspace, [first]).applied
    clinic_policy(workspace, tmp_path)
    plans.create_plan(workspace, "A200", plans.PlanRequest(installments=3), today)
    made = produce_agreement(workspace, "A200")
    assert made.languages == ("es", "en")  # Spanish-speaking guarantor: both versions (P-07)
    plan_tracking.record_signature(workspace, "A200", today, today=today)
    second = tmp_path / "day2.csv"
    second.write_text(LEDGER.format(paid="30.00", balance="60.00"), encoding="utf-8")
    assert import_files(workspace, [second]).applied
    plan = account_plans(workspace, "A200", today).current
    assert [s.applied_cents for s in plan.tracker.installments] == [3000, 0, 0]
    assert plan.tracker.installments[0].status.value == "paid" and plan.status == "active"


def test_the_state_income_cap_applies_once_the_account_is_flagged(workspace, tmp_path):
    path = tmp_path / "co.csv"
    path.write_text(LEDGER.format(paid="0.00", balance="90.00").replace(",90.00,", ",720.00,")
                    .replace(",90.00\n", ",720.00\n"), encoding="utf-8")
    assert import_files(workspace, [path]).applied
    request = plans.PlanRequest(amount="150.00")
    custom = plans.quote_plan(workspace, "A200", request).options[-1]
    assert "plan_income_required" not in custom.blocks and "plan_above_income_cap" not in custom.blocks
    plans.set_income_cap_eligible(workspace, "A200", True)  # a Colorado guarantor who qualifies
    assert "plan_income_required" in plans.quote_plan(workspace, "A200", request).options[-1].blocks
    with_income = plans.PlanRequest(amount="150.00", monthly_income="3000.00")
    assert "plan_above_income_cap" in plans.quote_plan(workspace, "A200", with_income).options[-1].blocks
    fits = plans.PlanRequest(amount="60.00", monthly_income="3000.00")
    assert plans.quote_plan(workspace, "A200", fits).options[-1].blocks == ()
    plans.set_income_cap_eligible(workspace, "A200", False)
    assert plans.quote_plan(workspace, "A200", request).options[-1].blocks == ()
