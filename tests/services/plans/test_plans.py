"""Payment plans in a real vault: quote, create, sign, track payments (desk, returned, imported), notice, default."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from collections_desktop.resources import resource
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.payments import record_payment, record_returned_payment
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import plan_tracking, plans
from collections_desktop.services.plans.agreements import notice_pdf, produce_agreement
from collections_desktop.services.plans.plan_policy import import_policy
from collections_desktop.services.plans.plan_views import account_plans
from collections_desktop.services.vault.vault_ops import verify_audit
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import AuditRow
from collections_desktop.storage.plan_models import PlanInstallmentRow

TODAY = date(2026, 11, 26)
FIRST = date(2026, 12, 26)
CLINIC = {'legal_name = ""': 'legal_name = "Clínica del Valle, P.C."',
          'address = ""': 'address = "120 Main St, Tucson, AZ 85701"', 'phone = ""': 'phone = "(520) 555-0100"',
          'hours = ""': 'hours = "Mon–Fri 8 am–5 pm"', "version = 1": "version = 2"}


def pay_on(day, *args):
    """A payment recorded on its own day (the plan's calendar, not the machine's clock)."""
    return record_payment(*args, paid_on=day, today=day)


def clinic_policy(workspace, tmp_path, **more):
    text = resource("policy", "plan_policy.toml").read_text(encoding="utf-8")
    for old, new in {**CLINIC, **more}.items():
        text = text.replace(old, new)
    path = tmp_path / "clinic.toml"
    path.write_text(text, encoding="utf-8")
    import_policy(workspace, path)


def pick(workspace, *, low: int = 30_000, high: int = 150_000, ca: bool = False, skip: str = "") -> str:
    """A due account whose balance fits a three-month plan, in (or outside) California."""
    for row in worklist(workspace, view="due", limit=400):
        view = get_account(workspace, row.account)
        if low <= view.patient_due_cents <= high and (view.state == "CA") == ca and not view.flags \
                and view.number != skip:
            return view.number
    raise AssertionError("no suitable demo account")


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


@pytest.fixture
def signed(demo_workspace, tmp_path):
    """An active three-installment monthly plan, first due 26 Dec 2026, signed the day it was made."""
    clinic_policy(demo_workspace, tmp_path)
    number = pick(demo_workspace)
    plans.create_plan(demo_workspace, number, plans.PlanRequest(installments=3, first_due=FIRST), TODAY)
    produce_agreement(demo_workspace, number)
    plan_tracking.record_signature(demo_workspace, number, TODAY, today=TODAY)
    return number


def tracker(workspace, number, on):
    view = account_plans(workspace, number, on)
    return view.current, [s.status.value for s in view.current.tracker.installments]


def installment(workspace, number) -> int:
    return account_plans(workspace, number, TODAY).current.tracker.installments[0].installment.amount_cents


def test_quote_offers_policy_options_with_exact_schedules(demo_workspace):
    number = pick(demo_workspace)
    offer = plans.quote_plan(demo_workspace, number, plans.PlanRequest(amount="40.00", down_payment="10.00",
                                                                      first_due=FIRST), TODAY)
    assert [o.kind for o in offer.options] == ["short", "lowest_installment", "custom"]
    for option in offer.options:
        assert option.total_cents == offer.balance_cents
        assert option.schedule[0].number == 0 and option.schedule[0].amount_cents == 1000
    with pytest.raises(UserError) as err:
        plans.quote_plan(demo_workspace, number, plans.PlanRequest(first_due=date(2026, 1, 1)), TODAY)
    assert err.value.code == "plan_first_due_past"


def test_on_time_payments_keep_the_plan_active_and_complete_it(demo_workspace, signed):
    amount = installment(demo_workspace, signed)
    pay_on(date(2026, 12, 20), demo_workspace, signed, money(amount), "cash")
    plan, statuses = tracker(demo_workspace, signed, date(2027, 1, 5))
    assert plan.status == "active" and statuses == ["paid", "upcoming", "upcoming"]
    rest = get_account(demo_workspace, signed).patient_due_cents
    pay_on(date(2027, 1, 20), demo_workspace, signed, money(rest), "check")
    plan, statuses = tracker(demo_workspace, signed, date(2027, 1, 21))
    assert plan.status == "completed" and statuses == ["paid", "paid", "paid"]


def test_payment_inside_grace_is_on_time_and_a_partial_one_makes_the_plan_late(demo_workspace, signed):
    amount = installment(demo_workspace, signed)
    pay_on(date(2027, 1, 8), demo_workspace, signed, money(amount), "cash")  # due 26 Dec + 15 days
    assert tracker(demo_workspace, signed, date(2027, 1, 12))[1][0] == "paid"
    pay_on(date(2027, 2, 1), demo_workspace, signed, money(amount // 2), "cash")
    plan, statuses = tracker(demo_workspace, signed, date(2027, 2, 12))
    assert plan.status == "late" and statuses[:2] == ["paid", "partial"]
    assert [f.installment for f in plan.follow_ups] == [2]
    assert plan.follow_ups[0].remaining_cents == amount - amount // 2
    late = ids_for(demo_workspace, "plans_late")
    with demo_workspace.reading() as session:
        assert late == [account_by_number(session, signed).id]


def test_overpayment_rolls_forward_and_a_returned_payment_uncovers(demo_workspace, signed):
    amount = installment(demo_workspace, signed)
    pay_on(date(2026, 12, 20), demo_workspace, signed, money(amount + amount // 2), "card")
    plan, statuses = tracker(demo_workspace, signed, date(2026, 12, 28))
    assert statuses == ["paid", "upcoming", "upcoming"]
    assert plan.tracker.installments[1].applied_cents == amount // 2
    record_returned_payment(demo_workspace, signed, money(amount + amount // 2), returned_on=date(2026, 12, 30))
    plan, statuses = tracker(demo_workspace, signed, date(2027, 1, 15))
    assert statuses[0] == "missed" and plan.status == "late"


def test_two_missed_payments_default_only_after_notice_and_cure(demo_workspace, signed):
    feb = date(2027, 2, 15)
    plan, statuses = tracker(demo_workspace, signed, feb)
    assert plan.status == "late" and statuses[:2] == ["missed", "missed"] and plan.consecutive_missed == 2
    with pytest.raises(UserError) as err:
        plan_tracking.declare_default(demo_workspace, signed, feb)
    assert {"default_needs_notice_state", "default_needs_notice"} <= set(err.value.params["reasons"])
    with pytest.raises(UserError) as err:
        plan_tracking.record_notice(demo_workspace, signed, feb, cure_date=date(2027, 2, 20), today=feb)
    assert err.value.code == "plan_cure_too_soon"
    plan_tracking.record_notice(demo_workspace, signed, feb, today=feb)
    letter = PdfReader(io.BytesIO(notice_pdf(demo_workspace, signed))).pages[0].extract_text()
    owed = account_plans(demo_workspace, signed, feb).current.tracker.past_due_cents
    assert "Notice of missed plan payment" in letter and "March 1, 2027" in letter  # 14-day cure date
    assert f"${owed // 100:,}.{owed % 100:02d}" in letter
    with pytest.raises(UserError) as err:
        plan_tracking.declare_default(demo_workspace, signed, date(2027, 2, 25))
    assert err.value.params["reasons"] == ("default_before_cure_date",)
    plan_tracking.declare_default(demo_workspace, signed, date(2027, 3, 5))
    assert account_plans(demo_workspace, signed, date(2027, 3, 5)).current.status == "defaulted"
    with demo_workspace.reading() as session:
        actions = session.scalars(select(AuditRow.action)).all()
    assert {"plan.created", "plan.signed", "plan.state", "plan.notice_sent", "plan.defaulted"} <= set(actions)
    assert verify_audit(demo_workspace).intact


def test_california_default_waits_ninety_days_and_a_phone_attempt(demo_workspace, tmp_path):
    clinic_policy(demo_workspace, tmp_path)
    number = pick(demo_workspace, ca=True)
    plans.create_plan(demo_workspace, number, plans.PlanRequest(installments=3, first_due=FIRST), TODAY)
    produce_agreement(demo_workspace, number)
    plan_tracking.record_signature(demo_workspace, number, TODAY, today=TODAY)
    account_plans(demo_workspace, number, date(2027, 1, 15))
    plan_tracking.record_notice(demo_workspace, number, date(2027, 1, 15), today=date(2027, 1, 15))
    with pytest.raises(UserError) as err:
        plan_tracking.declare_default(demo_workspace, number, date(2027, 2, 4))  # 40 days after the first due date
    assert {"default_ca_90_days", "default_ca_needs_phone_attempt"} <= set(err.value.params["reasons"])


def test_amending_makes_a_new_version_and_never_edits_the_signed_one(demo_workspace, signed):
    before = account_plans(demo_workspace, signed, TODAY).current
    plans.amend_plan(demo_workspace, signed, plans.PlanRequest(installments=2, first_due=FIRST), TODAY)
    view = account_plans(demo_workspace, signed, TODAY)
    old, new = view.plans
    assert (old.status, new.status, new.version, new.previous_id) == ("superseded", "draft", 2, old.id)
    with demo_workspace.reading() as session:
        kept = session.scalars(select(PlanInstallmentRow).where(PlanInstallmentRow.plan_id == old.id)).all()
    assert [(i.due, i.amount_cents) for i in kept] == [(s.installment.due, s.installment.amount_cents)
                                                       for s in before.tracker.installments]
    assert old.documents and old.documents[0].kind == "agreement"


def test_a_second_plan_autopay_without_authorization_and_blocks_are_refused(demo_workspace, signed):
    with pytest.raises(UserError) as err:
        plans.create_plan(demo_workspace, signed, plans.PlanRequest(), TODAY)
    assert err.value.code == "plan_exists"
    other = pick(demo_workspace, skip=signed)
    with pytest.raises(UserError) as err:
        plans.create_plan(demo_workspace, other, plans.PlanRequest(autopay=True), TODAY)
    assert err.value.code == "plan_autopay_needs_authorization"
    with pytest.raises(UserError) as err:
        plans.create_plan(demo_workspace, other, plans.PlanRequest(installments=500), TODAY)
    assert err.value.code == "plan_blocked" and "plan_term_above_policy" in err.value.params["reasons"]


def test_agreement_refused_until_the_clinic_is_named(demo_workspace):
    number = pick(demo_workspace)
    plans.create_plan(demo_workspace, number, plans.PlanRequest(installments=3, first_due=FIRST), TODAY)
    with pytest.raises(UserError) as err:
        produce_agreement(demo_workspace, number)
    assert err.value.code == "agreement_missing_fields" and "clinic.legal_name" in err.value.params["fields"]
    assert account_plans(demo_workspace, number, TODAY).current.status == "draft"


def test_the_signed_agreement_is_kept_byte_for_byte(demo_workspace, signed):
    again = produce_agreement(demo_workspace, signed)
    view = account_plans(demo_workspace, signed, TODAY).current
    stored = [d for d in view.documents if d.kind == "agreement"]
    assert len(stored) == 1 and stored[0].sha256 == again.sha256


def test_a_notice_recorded_late_counts_its_cure_period_from_the_day_it_was_recorded(demo_workspace, signed):
    mailed, recorded = date(2027, 2, 1), date(2027, 2, 15)
    account_plans(demo_workspace, signed, recorded)
    for day, code in ((date(2027, 2, 16), "date_in_future"), (mailed, "backdated_needs_reason")):
        with pytest.raises(UserError) as err:
            plan_tracking.record_notice(demo_workspace, signed, day, today=recorded)
        assert err.value.code == code
    plan_tracking.record_notice(demo_workspace, signed, mailed, today=recorded,
                                backdate_reason="found the certified-mail receipt today")
    plan = account_plans(demo_workspace, signed, recorded).current
    assert plan.notice_sent_on == recorded and plan.cure_date == date(2027, 3, 1)  # 14 days from the record
    letter = PdfReader(io.BytesIO(notice_pdf(demo_workspace, signed))).pages[0].extract_text()
    assert "February 1, 2027" in letter  # the letter keeps the day it was mailed


def test_a_supervisor_confirmation_lets_the_stated_mailing_day_count(demo_workspace, signed):
    mailed, recorded = date(2027, 2, 1), date(2027, 2, 15)
    account_plans(demo_workspace, signed, recorded)
    plan_tracking.record_notice(demo_workspace, signed, mailed, today=recorded, backdate_reason="entered late",
                                supervisor_confirmation="Billing supervisor, checked the mail log")
    plan = account_plans(demo_workspace, signed, recorded).current
    assert plan.notice_sent_on == mailed and plan.cure_date == date(2027, 2, 15)
