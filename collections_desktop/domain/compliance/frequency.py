"""Call frequency (F-04, F-05): 7 calls in 7 days, the 7-day wait after a conversation, consent, the daily cap."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

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


def _consents(events: list[ContactEvent]) -> list[tuple[datetime, datetime, datetime | None]]:
    """(consent time, 7 days later, first conversation after it) for each direct consent, in one pass."""
    found: list[tuple[datetime, datetime, datetime | None]] = []
    for event in events:
        if event.outcome is Outcome.CONSENT_TO_CALL:
            found.append((event.at, event.at + timedelta(days=CONSENT_DAYS), None))
        elif event.outcome in CONVERSATIONS:
            found = [(at, until, event.at) if talked is None and at < event.at else (at, until, talked)
                     for at, until, talked in found]
    return found


def _active(consents: list[tuple[datetime, datetime, datetime | None]], at: datetime) -> bool:
    """A consent covers 7 days, until the next conversation after it (F-05)."""
    return any(start <= at <= until and (ended is None or at < ended) for start, until, ended in consents)


def consent_active(events: list[ContactEvent], at: datetime) -> bool:
    return _active(_consents(sorted(events, key=lambda e: e.at)), at)


class CallLog:
    """One person's phone history, sorted and with its consents worked out once, counted at any moment."""

    def __init__(self, history: list[ContactEvent], person_id: int) -> None:
        self.events = _phone(history, person_id)
        self.times = [e.at for e in self.events]
        self.consents = _consents(self.events)
        self.skipped = [e.inbound or e.outcome in NOT_CONNECTED or _active(self.consents, e.at - timedelta(seconds=1))
                        for e in self.events]
        self._days: dict[str, list[date]] = {}

    def _local_days(self, zone: str) -> list[date]:
        days = self._days.get(zone)
        if days is None:
            days = self._days[zone] = [local(t, zone).date() for t in self.times]
        return days

    def count(self, at: datetime, zone: str) -> CallCount:
        """Counts calls on days D-6..D (D = the local day of `at` in the patient's zone)."""
        today = local(at, zone).date()
        first_day = today - timedelta(days=CALL_LIMIT - 1)
        lo = bisect_left(self.times, at - timedelta(days=CALL_LIMIT + 1))
        hi = bisect_right(self.times, at)
        days = self._local_days(zone)
        counted_7 = counted_today = 0
        last_conversation: date | None = None
        for index in range(lo, hi):
            day = days[index]
            if self.events[index].outcome in CONVERSATIONS and (last_conversation is None or day > last_conversation):
                last_conversation = day
            if not self.skipped[index] and first_day <= day <= today:
                counted_7 += 1
                counted_today += day == today
        active = _active(self.consents, at)
        wait = last_conversation is not None and last_conversation >= first_day and not active
        return CallCount(counted_7, counted_today, last_conversation, active, wait)


def phone_signature(history: list[ContactEvent], person_id: int, at: datetime,
                    zone: str) -> tuple[tuple[date, bool, bool], ...] | None:
    """What of a person's phone history can still change a phone decision at `at` or later, on the local days
    of `zone` (the primary zone); None when it cannot be summarised that way.

    From `at` on, counts only look at calls on the local days D-6..D of a moment no earlier than `at`, so
    older calls can never count again; what decides is each recent call's day, whether it was a
    conversation and whether it is left out of the count. Two people with equal signatures (and equal
    zones, number and holds) get the same decision. A consent in the last two weeks (it changes what is
    counted) or a call after `at` makes the history its own.
    """
    today, first_day, consents_from, offset = _frame(at, zone)
    recent = []
    for event in history:
        if event.person_id != person_id or event.channel is not Channel.PHONE:
            continue
        if event.at > at or (event.outcome is Outcome.CONSENT_TO_CALL and event.at >= consents_from):
            return None
        if event.at >= consents_from:
            day = (event.at + offset).date() if offset is not None else local(event.at, zone).date()
            if day >= first_day:
                recent.append((day, event.outcome in CONVERSATIONS,
                               event.inbound or event.outcome in NOT_CONNECTED))
    return tuple(sorted(recent))


@lru_cache(maxsize=256)
def _frame(at: datetime, zone: str) -> tuple[date, date, datetime, timedelta | None]:
    """For `phone_signature` at `at` in `zone`: today, the first day the count looks at, the moment consents
    begin to matter, and the zone's UTC offset when it is the same over that whole span (no clock change in
    it), so a call's local day is a sum rather than a zone conversion; asked once per moment and zone, not
    once per person."""
    now = local(at, zone)
    consents_from = at - timedelta(days=CONSENT_DAYS + CALL_LIMIT + 2)
    offset = now.utcoffset()
    steady = offset is not None and local(consents_from, zone).utcoffset() == offset
    today = now.date()
    return today, today - timedelta(days=CALL_LIMIT - 1), consents_from, offset if steady else None
