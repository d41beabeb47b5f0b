"""A phone history's signature reads each recent call on the local day of the person's zone: with the zone's
offset added when no clock change falls in the span, by a zone conversion when one does; both give the days a
conversion of every call gives, across the spring and autumn changes and in zones without them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from collections_desktop.domain.compliance.frequency import CALL_LIMIT, phone_signature
from collections_desktop.domain.compliance.hours import local
from collections_desktop.domain.compliance.model import CONVERSATIONS, NOT_CONNECTED, Channel, ContactEvent, Outcome

ZONES = ("America/New_York", "America/Phoenix", "America/Los_Angeles", "Pacific/Honolulu", "America/Mexico_City",
         "America/Chicago")
# Around 2026's changes in the United States (8 March, 1 November) and a quiet month between.
MOMENTS = st.sampled_from((datetime(2026, 3, 8), datetime(2026, 6, 15), datetime(2026, 11, 1))).flatmap(
    lambda day: st.integers(-20 * 24 * 60, 20 * 24 * 60).map(
        lambda minutes: (day + timedelta(minutes=minutes)).replace(tzinfo=UTC)))
OUTCOMES = st.sampled_from((Outcome.NO_ANSWER, Outcome.CONVERSATION, Outcome.BUSY, Outcome.VOICEMAIL_LCM))


@settings(max_examples=200, deadline=None)
@given(at=MOMENTS, zone=st.sampled_from(ZONES),
       calls=st.lists(st.tuples(st.integers(0, 16 * 24 * 60), OUTCOMES, st.booleans()), max_size=12))
def test_each_recent_call_is_on_its_local_day(at, zone, calls):
    history = sorted((ContactEvent(at - timedelta(minutes=ago), 7, Channel.PHONE, outcome, inbound)
                      for ago, outcome, inbound in calls), key=lambda e: e.at)
    first_day = local(at, zone).date() - timedelta(days=CALL_LIMIT - 1)
    expected = tuple(sorted(
        (local(e.at, zone).date(), e.outcome in CONVERSATIONS, e.inbound or e.outcome in NOT_CONNECTED)
        for e in history if local(e.at, zone).date() >= first_day))
    assert phone_signature(history, 7, at, zone) == expected
