"""Deciding for many accounts at once shares one decision among people whose inputs match; never changes an answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.domain.compliance.model import Policy
from collections_desktop.services.outreach.contacts import log_contact
from collections_desktop.services.outreach.phone_decisions import decide_phones
from collections_desktop.storage.contacts_repo import phone_inputs
from collections_desktop.storage.phone_reads import HISTORY_DAYS
from tests.conftest import AS_OF
from tests.services.outreach.test_contacts import number  # noqa: F401 - the fixture

DEMO_DAY = datetime(AS_OF.year, AS_OF.month, AS_OF.day, tzinfo=UTC)
# Around the demo's day, across the end of daylight time (1 November 2026) and into the days after.
MOMENTS = st.datetimes(min_value=(DEMO_DAY - timedelta(days=30)).replace(tzinfo=None),
                       max_value=(DEMO_DAY + timedelta(days=9)).replace(tzinfo=None)).map(
    lambda moment: moment.replace(second=0, microsecond=0, tzinfo=UTC))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(when=MOMENTS)
def test_shared_decisions_are_the_decisions_each_account_gets_alone(demo_workspace, when):
    with demo_workspace.reading() as session:
        inputs = list(phone_inputs(session, when - timedelta(days=HISTORY_DAYS)))
    together = decide_phones(inputs, when, Policy())
    assert together == decide_phones(inputs, when, Policy(), share=False)
    assert len(together) == 400


def test_recent_calls_and_consents_keep_a_person_apart(demo_workspace, number):  # noqa: F811
    when = DEMO_DAY + timedelta(days=2, hours=17)
    log_contact(demo_workspace, number, "phone", "CONVERSATION", at=when - timedelta(days=1),
                now=when - timedelta(days=1))
    with demo_workspace.reading() as session:
        inputs = list(phone_inputs(session, when - timedelta(days=HISTORY_DAYS)))
    answers = decide_phones(inputs, when, Policy())
    assert "conversation_wait" in answers[number].reasons
    assert answers == decide_phones(inputs, when, Policy(), share=False)
    # A consent to be called again lifts the wait for seven days: that person is decided alone.
    log_contact(demo_workspace, number, "phone", "CONSENT_TO_CALL", at=when - timedelta(hours=1), override="asked",
                now=when - timedelta(hours=1))
    with demo_workspace.reading() as session:
        inputs = list(phone_inputs(session, when - timedelta(days=HISTORY_DAYS)))
    answers = decide_phones(inputs, when, Policy())
    assert answers[number].allowed
    assert answers == decide_phones(inputs, when, Policy(), share=False)


def test_a_page_reads_only_its_own_people(demo_workspace, number):  # noqa: F811
    when = DEMO_DAY + timedelta(hours=17)
    log_contact(demo_workspace, number, "phone", "CONVERSATION", at=when - timedelta(days=1),
                now=when - timedelta(days=1))
    with demo_workspace.reading() as session:
        page = list(phone_inputs(session, when - timedelta(days=HISTORY_DAYS), [number]))
        everyone = {inputs.number: inputs for inputs in phone_inputs(session, when - timedelta(days=HISTORY_DAYS))}
    assert [inputs.number for inputs in page] == [number] and page[0] == everyone[number]
    assert page[0].history and all(call.person_id == page[0].person_id for call in page[0].history)
    assert decide_phones(page, when, Policy()) == {number: decide_phones(everyone.values(), when, Policy())[number]}


def test_each_account_gets_its_own_guarantors_rows(demo_workspace):
    """The tables are walked in step by person: every account must get exactly its guarantor's rows."""
    from collections_desktop.storage.contacts_repo import contact_points, members

    with demo_workspace.reading() as session:
        streamed = list(phone_inputs(session, DEMO_DAY - timedelta(days=HISTORY_DAYS)))
        for inputs in streamed[::7]:
            (member, person), = [(m, p) for m, p in members(session, [inputs.account_id]) if m.role == "guarantor"]
            phones, _emails, addresses = contact_points(session, [person.id])
            assert inputs.person_id == person.id
            assert inputs.phones == [(p.number, p.kind, p.consent_to_text) for p in phones]
            assert sorted(inputs.addresses) == sorted((a.kind, a.zip) for a in addresses)
    assert len(streamed) == 400


def test_a_split_area_code_places_each_exchange_in_its_own_zone(demo_workspace):
    """Area code 270 (Kentucky) spans Eastern and Central time: the exchange decides, however it is written."""
    from collections_desktop.services.outreach.zones import zones_for_phone

    assert zones_for_phone("(270) 201-1234") == ("America/New_York",)
    assert zones_for_phone("270-202-1234") == ("America/Chicago",)
    assert zones_for_phone("+1 270 201 9999") == ("America/New_York",)
    assert zones_for_phone("555-1234") == ()  # no area code: no zone, never the library's "Etc/Unknown"
