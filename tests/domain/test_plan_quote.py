"""Plan policy and quotes: the shipped defaults, field-named policy errors, options, warnings and blocks."""

from __future__ import annotations

import copy
import tomllib
from datetime import date

import pytest

from collections_desktop.domain.plans.policy import policy_from_mapping
from collections_desktop.domain.plans.policy_fields import PolicyError
from collections_desktop.domain.plans.quote import QuoteTerms, max_installments, minimum_installment, quote
from collections_desktop.domain.plans.schedule import Frequency, ScheduleError
from collections_desktop.resources import resource
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import default_policy, read_policy
from collections_desktop.words import say

FIRST = date(2027, 1, 31)


@pytest.fixture(scope="module")
def policy():
    return default_policy()


@pytest.fixture()
def raw():
    with open(resource("policy", "plan_policy.toml"), "rb") as handle:
        return tomllib.load(handle)


def by_kind(options):
    return {o.kind: o for o in options}


def test_shipped_defaults_follow_the_recommended_tiers(policy):
    assert [(t.up_to_cents, t.months) for t in policy.tiers] == [
        (19_999, 3), (50_000, 6), (150_000, 12), (300_000, 18), (600_000, 24), (None, 36)]
    assert policy.tier_for(600_001).supervisor_approval
    assert policy.minimum_monthly_cents(50_000) == 2_500 and policy.minimum_monthly_cents(50_001) == 5_000
    assert policy.grace_days == 15 and policy.cure_days == 14
    assert not policy.validation_notice_required and policy.final_notice_days == 30 and not policy.is_501r_facility
    assert policy.missing_clinic_fields() == ["clinic.legal_name", "clinic.address", "clinic.phone", "clinic.hours"]


@pytest.mark.parametrize("edit, where", [
    (lambda d: d["terms"]["tiers"].pop(), "terms.tiers[5]"),
    (lambda d: d["terms"]["tiers"][1].update(up_to="100.00"), "terms.tiers[2].up_to"),
    (lambda d: d["terms"]["tiers"][0].update(months=0), "terms.tiers[1].months"),
    (lambda d: d["terms"].update(minimum_installment=25), "terms.minimum_installment"),
    (lambda d: d["terms"].update(minimum_installment="25.001"), "terms.minimum_installment"),
    (lambda d: d["terms"].update(frequencies=["daily"]), "terms.frequencies"),
    (lambda d: d["terms"].update(interest_percent="1.5"), "terms.interest_percent"),
    (lambda d: d["follow_up"].update(cure_days=7), "follow_up.cure_days"),
    (lambda d: d["terms"].update(overpayment="refund"), "terms.overpayment"),
    (lambda d: d.pop("clinic"), "clinic"),
    (lambda d: d["letters"].update(validation_notice="yes"), "letters.validation_notice"),
    (lambda d: d["letters"].update(final_notice_days=10), "letters.final_notice_days"),
    (lambda d: d["clinic"].update(is_501r_facility=1), "clinic.is_501r_facility"),
])
def test_a_wrong_policy_names_the_field(raw, edit, where):
    data = copy.deepcopy(raw)
    edit(data)
    with pytest.raises(PolicyError) as caught:
        policy_from_mapping(data)
    assert caught.value.where == where


def test_policy_file_problems_name_the_file(tmp_path):
    broken = tmp_path / "policy.toml"
    broken.write_text("version = [\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_policy(broken)
    assert caught.value.code == "policy_not_toml" and caught.value.params["path"] == str(broken)
    with pytest.raises(UserError) as caught:
        read_policy(tmp_path / "missing.toml")
    assert caught.value.code == "policy_unreadable"
    shipped = resource("policy", "plan_policy.toml").read_text(encoding="utf-8")
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(shipped.replace("grace_days = 15", "grace_days = 400"), encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_policy(wrong)
    error = caught.value
    assert (error.code, error.params["where"], error.params["high"]) == (
        "policy_out_of_range", "follow_up.grace_days", 365)
    assert say(error.code, "es", **error.params).endswith("follow_up.grace_days: debe estar entre 0 y 365")


def test_quote_offers_short_and_lowest_installment_within_the_tier(policy):
    options = by_kind(quote(QuoteTerms(120_000, FIRST), policy))
    assert len(options["short"].installments) == 3 and options["short"].installment_cents == 40_000
    lowest = options["lowest_installment"]
    assert len(lowest.installments) == 12 and lowest.installment_cents == 10_000
    assert lowest.schedule[-1].due == date(2027, 12, 31)
    assert "plan_over_4_installments" in lowest.warnings and lowest.blocks == ()
    assert all(o.total_cents == 120_000 for o in options.values())


def test_small_balance_is_bounded_by_the_minimum_installment(policy):
    lowest = by_kind(quote(QuoteTerms(7_000, FIRST), policy))["lowest_installment"]
    assert [i.amount_cents for i in lowest.installments] == [3_500, 3_500]


def test_other_frequencies_scale_term_and_minimum(policy):
    assert max_installments(policy, 120_000, Frequency.BIWEEKLY) == 26
    assert max_installments(policy, 120_000, Frequency.WEEKLY) == 52
    assert minimum_installment(policy, 120_000, Frequency.WEEKLY) == 1_154  # $50 a month over 52/12 weeks
    lowest = by_kind(quote(QuoteTerms(120_000, FIRST, Frequency.SEMIMONTHLY), policy))["lowest_installment"]
    assert len(lowest.installments) == 24 and lowest.installment_cents == 5_000


def test_custom_terms_outside_policy_are_blocked_not_dropped(policy):
    long_plan = by_kind(quote(QuoteTerms(120_000, FIRST, custom_count=18), policy))["custom"]
    assert "plan_term_above_policy" in long_plan.blocks
    tiny = by_kind(quote(QuoteTerms(120_000, FIRST, custom_installment_cents=1_000), policy))["custom"]
    assert "plan_installment_below_minimum" in tiny.blocks
    greedy_down = quote(QuoteTerms(100_000, FIRST, down_payment_cents=50_000), policy)[0]
    assert "plan_down_payment_above_policy" in greedy_down.blocks
    assert greedy_down.schedule[0].number == 0 and greedy_down.total_cents == 100_000


def test_pending_assistance_dispute_and_large_balances_warn(policy):
    options = quote(QuoteTerms(700_000, FIRST, flags=frozenset({"financial_assistance_pending", "dispute"})), policy)
    for option in options:
        assert {"plan_fap_pending", "plan_dispute_open", "plan_needs_supervisor"} <= set(option.warnings)


def test_income_cap_blocks_an_installment_above_it(policy):
    # A Colorado-eligible patient with $3,000 a month: a separately billing clinic may take at most $60.
    terms = QuoteTerms(72_000, FIRST, custom_installment_cents=15_000, income_cap_state="CO",
                       monthly_income_cents=300_000)
    custom = by_kind(quote(terms, policy))["custom"]
    assert "plan_above_income_cap" in custom.blocks
    fits = by_kind(quote(QuoteTerms(72_000, FIRST, custom_installment_cents=6_000, income_cap_state="CO",
                                    monthly_income_cents=300_000), policy))["custom"]
    assert "plan_above_income_cap" not in fits.blocks
    unknown_income = quote(QuoteTerms(72_000, FIRST, income_cap_state="CA"), policy)[0]
    assert "plan_income_required" in unknown_income.blocks


def test_impossible_quotes_are_refused(policy):
    with pytest.raises(ScheduleError):
        quote(QuoteTerms(10_000, FIRST, down_payment_cents=10_000), policy)


def test_a_balance_below_the_plan_minimum_is_warned(policy):
    [short, lowest] = quote(QuoteTerms(1_800, FIRST), policy)
    assert "plan_balance_below_minimum" in short.warnings and len(short.installments) == 1
