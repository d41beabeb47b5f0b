"""Properties of the compliance engine over random histories, zones and moments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from collections_desktop.domain.compliance.engine import decide
from collections_desktop.domain.compliance.hours import local
from collections_desktop.domain.compliance.model import (
    NOT_CONNECTED,
    Channel,
    ContactEvent,
    ContactRequest,
    Outcome,
    Policy,
    Target,
)

ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
         "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam"]
START = datetime(2025, 1, 1, tzinfo=UTC)
moments = st.integers(0, 365 * 24 * 4).map(lambda q: START + timedelta(minutes=15 * q))
zone_sets = st.lists(st.sampled_from(ZONES), min_size=1, max_size=3, unique=True)
OUTCOMES = [o for o in Outcome if o is not Outcome.CONSENT_TO_CALL]


def request(when, zones, history=()) -> ContactRequest:
    return ContactRequest(at=when, target=Target(Channel.PHONE, "+1", "mobile"), person_id=1,
                          zones=[("address", z) for z in zones], history=list(history))


@settings(max_examples=200, deadline=None)
@given(when=moments, zones=zone_sets)
def test_no_allowed_call_falls_outside_eight_to_nine_in_any_zone(when, zones):
    decision = decide(request(when, zones), Policy())
    if decision.allowed:
        for zone in zones:
            assert 8 <= local(when, zone).hour < 21


@settings(max_examples=150, deadline=None)
@given(when=moments, zones=zone_sets, gaps=st.lists(st.integers(1, 48 * 60), min_size=1, max_size=20))
def test_next_allowed_moment_is_itself_allowed(when, zones, gaps):
    history, moment = [], when - timedelta(days=8)
    for gap in gaps:
        moment += timedelta(minutes=gap)
        if moment < when:
            history.append(ContactEvent(moment, 1, Channel.PHONE, Outcome.NO_ANSWER))
    decision = decide(request(when, zones, history), Policy())
    if decision.next_allowed_at is not None:
        assert decide(request(decision.next_allowed_at, zones, history), Policy()).allowed


@settings(max_examples=60, deadline=None)
@given(start=moments, tries=st.lists(st.tuples(st.integers(10, 36 * 60), st.sampled_from(OUTCOMES)),
                                    min_size=5, max_size=40))
def test_engine_never_allows_an_eighth_counted_call_in_seven_days(start, tries):
    """Follow the engine: place a call only when it says yes; no 7-day window ever holds 8 counted calls."""
    zones, history, moment = ["America/New_York"], [], start
    policy = Policy(daily_call_cap=10)
    for gap, outcome in tries:
        moment += timedelta(minutes=gap)
        if outcome in (Outcome.CONVERSATION,):
            outcome = Outcome.NO_ANSWER  # keep conversations from hiding the limit behind the 7-day wait
        if decide(request(moment, zones, history), policy).allowed:
            history.append(ContactEvent(moment, 1, Channel.PHONE, outcome))
    counted = [e for e in history if e.outcome not in NOT_CONNECTED]
    days = [local(e.at, "America/New_York").date() for e in counted]
    for day in set(days):
        window = [d for d in days if day - timedelta(days=6) <= d <= day]
        assert len(window) <= 7
