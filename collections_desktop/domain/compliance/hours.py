"""Calling hours in the patient's local time (F-01, F-02): the window in every candidate zone at once."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

# With no location at all, the continental-US intersection: 11:00-21:00 Eastern (F-02).
UNKNOWN_ZONE = "America/New_York"
UNKNOWN_START = time(11, 0)


@lru_cache(maxsize=4096)
def local(at: datetime, zone: str) -> datetime:
    """`at` on the clock of `zone`; cached, as ranking a day's list asks about the same moment and a
    handful of zones tens of thousands of times."""
    return at.astimezone(ZoneInfo(zone))


def open_in(at: datetime, zone: str, start: time, end: time) -> bool:
    """True when `at` falls in [start, end) on the local clock of `zone` (DST from the tz database)."""
    clock = local(at, zone).time()
    return start <= clock < end


def openings(at: datetime, zones: list[str], start: time, days: int = 9) -> list[datetime]:
    """Moments after `at` when some zone's window opens or a local day begins: where to look next."""
    return list(_openings(at, tuple(zones), start, days))


@lru_cache(maxsize=1024)
def _openings(at: datetime, zones: tuple[str, ...], start: time, days: int) -> tuple[datetime, ...]:
    found = set()
    for zone in zones:
        tz = ZoneInfo(zone)
        today = local(at, zone).date()
        for offset in range(days):
            day = today + timedelta(days=offset)
            for clock in (start, time(0, 0)):
                moment = datetime.combine(day, clock, tzinfo=tz).astimezone(at.tzinfo)
                if moment > at:
                    found.add(moment)
    return tuple(sorted(found))
