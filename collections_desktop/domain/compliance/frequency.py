"""Call frequency (F-04, F-05): 7 calls in 7 days, the 7-day wait after a conversation, consent, the daily cap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from collections_desktop.domain.compliance.hours import local
from collections_desktop.domain.compliance.model import (
    CONVERSATIONS,
    NOT_CONNECTED,
    Channel,
    ContactEvent,
    Outcome,
)

CALL_LIMIT = 7
WAIT_DAYS = 7
CONSENT_DAYS = 7


@dataclass(frozen=True)
class CallCount:
    counted_7_days: int
    counted_today: int
    last_conversation: date | None
    consent_active: bool
    conversation_wait: bool


def _phone(events: list[ContactEvent], person_id: int) -> list[ContactEvent]:
    return sorted((e for e in events if e.person_id == person_id and e.channel is Channel.PHONE),
                  key=lambda e: e.at)


def consent_active(events: list[ContactEvent], at: datetime) -> bool:
    """A direct consent to call covers 7 days, until the next conversation after it (F-05)."""
    for consent in reversed(events):
        if consent.outcome is not Outcome.CONSENT_TO_CALL or consent.at > at:
            continue
        if at - consent.at > timedelta(days=CONSENT_DAYS):
            return False
        return not any(consent.at < e.at <= at and e.outcome in CONVERSATIONS
                       and e.outcome is not Outcome.CONSENT_TO_CALL for e in events)
    return False


def count_calls(history: list[ContactEvent], person_id: int, at: datetime, zone: str) -> CallCount:
    """Counts this person's calls on days D-6..D (D = the local day of `at` in the patient's zone)."""
    events = _phone(history, person_id)
    today = local(at, zone).date()
    first_day = today - timedelta(days=CALL_LIMIT - 1)
    counted_7 = counted_today = 0
    last_conversation: date | None = None
    for event in events:
        if event.at > at:
            continue
        day = local(event.at, zone).date()
        if event.outcome in CONVERSATIONS:
            last_conversation = day if last_conversation is None or day > last_conversation else last_conversation
        if event.inbound or event.outcome in NOT_CONNECTED or consent_active(events, event.at - timedelta(seconds=1)):
            continue
        if first_day <= day <= today:
            counted_7 += 1
            counted_today += day == today
    active = consent_active(events, at)
    wait = last_conversation is not None and last_conversation >= first_day and not active
    return CallCount(counted_7, counted_today, last_conversation, active, wait)
