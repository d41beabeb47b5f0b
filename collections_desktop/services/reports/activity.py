"""Activity: attempts, right-party contacts, conversations, voicemails, written messages and inbound contacts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from collections_desktop.domain.compliance.model import CONVERSATIONS, NOT_CONNECTED, Outcome
from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import report_reads

# One definition each (docs/metrics.md).
MEASURES = ("attempts", "connected", "right_party", "conversations", "voicemails", "written", "inbound")
WRITTEN = frozenset({"email", "letter", "portal", "sms"})


@dataclass(frozen=True)
class Activity:
    """Counts for one period: in total and per channel."""

    period: Period
    totals: dict[str, int]
    by_channel: dict[str, dict[str, int]]


def _measures(channel: str, direction: str, outcome: str) -> list[str]:
    """The measures one contact counts toward."""
    if direction == "inbound":
        return ["inbound"] + (["right_party", "conversations"] if outcome in _CONVERSED else [])
    counted = ["attempts"]
    if channel in WRITTEN:
        counted.append("written")
    if outcome not in _NOT_REACHED:
        counted.append("connected")
    if outcome in _CONVERSED:
        counted += ["right_party", "conversations"]
    if outcome == Outcome.VOICEMAIL_LCM.value:
        counted.append("voicemails")
    return counted


_CONVERSED = frozenset(o.value for o in CONVERSATIONS)
_NOT_REACHED = frozenset(o.value for o in NOT_CONNECTED) | {Outcome.NO_ANSWER.value, Outcome.VOICEMAIL_LCM.value,
                                                          Outcome.SENT.value, Outcome.WRONG_PARTY.value}


def activity(workspace: Workspace, period: Period) -> Activity:
    """What the desk did in `period`, from the contacts recorded for it."""
    totals: Counter[str] = Counter()
    by_channel: dict[str, Counter[str]] = {}
    with workspace.reading() as session:
        for channel, direction, outcome, count in report_reads.contact_counts(session, period.start, period.end):
            for measure in _measures(channel, direction, outcome):
                totals[measure] += count
                by_channel.setdefault(channel, Counter())[measure] += count
    return Activity(period, {m: totals[m] for m in MEASURES},
                    {c: {m: n[m] for m in MEASURES} for c, n in sorted(by_channel.items())})


def by_local_hour(workspace: Workspace, period: Period) -> dict[int, tuple[int, int]]:
    """Outbound calls and the conversations they led to, per hour of the day where the called number is (its
    area code's zone, read at the period's middle day; calls to numbers without one are left out)."""
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from collections_desktop.services.outreach.zones import zones_for_phone

    middle = period.start + timedelta(days=period.days // 2)
    hours: dict[int, list[int]] = {}
    with workspace.reading() as session:
        for prefix, utc_hour, outcome, count in report_reads.call_hours(session, period.start, period.end):
            zones = zones_for_phone(prefix.ljust(12, "0")) if prefix.startswith("+1") else ()
            if not zones:
                continue
            moment = datetime(middle.year, middle.month, middle.day, utc_hour, tzinfo=UTC)
            local = moment.astimezone(ZoneInfo(zones[0])).hour
            counted = hours.setdefault(local, [0, 0])
            counted[0] += count
            counted[1] += count if outcome in _CONVERSED else 0
    return {hour: (calls, talks) for hour, (calls, talks) in sorted(hours.items())}
