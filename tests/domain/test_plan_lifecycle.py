"""Plan states: allowed moves, late and caught up from the tracker, and default refused without its records."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collections_desktop.domain.plans.lifecycle import (
    DefaultEvidence,
    PlanState,
    TransitionRefusedError,
    consecutive_missed,
    default_blocks,
    follow_tracker,
    move,
)
from collections_desktop.domain.plans.schedule import Frequency, build_schedule, split_equal
from collections_desktop.domain.plans.tracker import PlanPayment, track
from collections_desktop.services.plans.plan_policy import default_policy

POLICY = default_policy()
FIRST = date(2027, 1, 1)
PLAN = build_schedule(split_equal(60_000, 6), FIRST, Frequency.MONTHLY)


def standing(as_of, payments=()):
    return track(PLAN, list(payments), as_of, POLICY.grace_days)


def test_signed_plans_move_forward_only_along_allowed_paths():
    state = move(PlanState.DRAFT, PlanState.AWAITING_SIGNATURE)
    state = move(state, PlanState.ACTIVE)
    assert move(state, PlanState.SUPERSEDED) is PlanState.SUPERSEDED
    with pytest.raises(TransitionRefusedError) as caught:
        move(PlanState.ACTIVE, PlanState.DEFAULTED)
    assert caught.value.codes == ("plan_cannot_go_active_to_defaulted",)
    with pytest.raises(TransitionRefusedError):
        move(PlanState.COMPLETED, PlanState.ACTIVE)


def test_tracker_drives_late_caught_up_and_completed():
    late = standing(date(2027, 1, 20))
    assert follow_tracker(PlanState.ACTIVE, late) is PlanState.LATE
    caught_up = standing(date(2027, 1, 20), [PlanPayment(date(2027, 1, 19), 10_000)])
    assert follow_tracker(PlanState.LATE, caught_up) is PlanState.ACTIVE
    paid = standing(date(2027, 2, 1), [PlanPayment(date(2027, 1, 30), 60_000)])
    assert follow_tracker(PlanState.NOTICE_SENT, paid) is PlanState.COMPLETED
    assert follow_tracker(PlanState.DRAFT, late) is PlanState.DRAFT


def test_consecutive_missed_counts_the_latest_run():
    payments = [PlanPayment(date(2027, 2, 1), 10_000)]  # covers January only
    assert consecutive_missed(standing(date(2027, 4, 10), payments)) == 2  # April is still in grace
    assert consecutive_missed(standing(date(2027, 4, 20), payments)) == 3


def test_default_needs_the_notice_state_notice_and_cure_date():
    two_missed = standing(date(2027, 3, 20))
    blocks = default_blocks(PlanState.LATE, two_missed, POLICY, DefaultEvidence(), date(2027, 3, 20), "TX")
    assert {"default_needs_notice_state", "default_needs_notice"} <= set(blocks)
    short = DefaultEvidence(date(2027, 3, 1), date(2027, 3, 8))
    assert "default_cure_too_short" in default_blocks(PlanState.NOTICE_SENT, two_missed, POLICY, short,
                                                      date(2027, 3, 20), "TX")
    good = DefaultEvidence(date(2027, 3, 1), date(2027, 3, 15))
    assert default_blocks(PlanState.NOTICE_SENT, two_missed, POLICY, good, date(2027, 3, 20), "TX") == []
    assert "default_before_cure_date" in default_blocks(PlanState.NOTICE_SENT, two_missed, POLICY, good,
                                                        date(2027, 3, 14), "TX")


def test_one_missed_payment_defaults_only_when_uncured_thirty_days_after_notice():
    payments = [PlanPayment(date(2027, 1, 2), 10_000), PlanPayment(date(2027, 3, 1), 10_000)]
    one_missed_at = lambda d: standing(d, payments)  # noqa: E731 - February is the one missed
    notice = DefaultEvidence(date(2027, 2, 26), date(2027, 3, 12))
    early = date(2027, 3, 20)
    assert consecutive_missed(one_missed_at(early)) == 1
    assert "default_criteria_not_met" in default_blocks(PlanState.NOTICE_SENT, one_missed_at(early), POLICY,
                                                        notice, early, "TX")
    later = notice.notice_sent_on + timedelta(days=30)
    assert "default_criteria_not_met" not in default_blocks(PlanState.NOTICE_SENT, one_missed_at(later), POLICY,
                                                            notice, later, "TX")


def test_california_patient_forty_days_after_one_missed_payment_cannot_be_defaulted():
    # compliance.md P-06 test: CA patient misses one payment; 40 days later "Default" is blocked.
    payments = [PlanPayment(date(2027, 1, 2), 10_000)]
    as_of = date(2027, 2, 1) + timedelta(days=40)
    notice = DefaultEvidence(date(2027, 2, 20), date(2027, 3, 6), phone_attempt_on=None)
    blocks = default_blocks(PlanState.NOTICE_SENT, standing(as_of, payments), POLICY, notice, as_of, "CA")
    assert {"default_ca_90_days", "default_ca_needs_phone_attempt"} <= set(blocks)
    much_later = date(2027, 5, 10)
    evidence = DefaultEvidence(date(2027, 2, 20), date(2027, 3, 6), phone_attempt_on=date(2027, 2, 18))
    assert default_blocks(PlanState.NOTICE_SENT, standing(much_later, payments), POLICY, evidence,
                          much_later, "CA") == []
