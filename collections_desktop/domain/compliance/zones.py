"""Where a person may be, as IANA zones: ZIP codes through `zipcodes`, phone numbers through `phonenumbers`.

Assumption (documented, not required): a ZIP maps to the one zone `zipcodes` gives it, so parts
of the Navajo Nation in Arizona that keep daylight time are treated as America/Phoenix; the
phone's area code and any stated location still narrow the window.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
import zipcodes
from phonenumbers import timezone as phone_timezone


@lru_cache(maxsize=1)
def _zip_index() -> dict[str, str]:
    """ZIP -> IANA zone for every US ZIP, built once (zipcodes.matching scans its whole list per call)."""
    return {entry["zip_code"]: entry["timezone"] for entry in zipcodes.list_all() if entry.get("timezone")}


def zone_for_zip(zip_code: str) -> str | None:
    code = (zip_code or "").strip()[:5]
    if len(code) != 5 or not code.isdigit():
        return None
    return _zip_index().get(code)


@lru_cache(maxsize=4096)
def zones_for_phone(number: str) -> tuple[str, ...]:
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return ()
    zones = tuple(z for z in phone_timezone.time_zones_for_number(parsed) if "/" in z)
    # A whole-country answer (several US zones) tells nothing about where the person is.
    return zones if len(zones) == 1 else ()
