"""Where a person may be, as IANA zones: ZIP codes through `zipcodes`, phone numbers through `phonenumbers`.

Assumption (documented, not required): a ZIP maps to the one zone `zipcodes` gives it, so parts
of the Navajo Nation in Arizona that keep daylight time are treated as America/Phoenix; the
phone's area code and any stated location still narrow the window.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import phonenumbers
import platformdirs
from phonenumbers import timezone as phone_timezone

from collections_desktop import APP_NAME
from collections_desktop.atomic import atomic_write_bytes


ZIP_CODES = 100_000  # every five-digit code, one byte each in the table below


@lru_cache(maxsize=1)
def _zip_table() -> tuple[bytes, tuple[str, ...]]:
    """For every five-digit ZIP, the number of its IANA zone in the list beside it (0: none). Building it from
    `zipcodes` takes ~0.6 s, so the table (public data, no patient information) is kept in the user's cache
    folder: one line of zone names, then 100,000 bytes, read back in well under a millisecond."""
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"zip-zones-{_version()}.bin"
    try:
        names, table = cache.read_bytes().split(b"\n", 1)
        if len(table) == ZIP_CODES:
            return table, tuple(names.decode("utf-8").split("\t"))
    except (OSError, ValueError):
        pass
    import zipcodes  # loading its data is most of the cost; only needed to rebuild the cache

    entries = [(int(e["zip_code"]), e["timezone"]) for e in zipcodes.list_all()
               if e.get("timezone") and len(e["zip_code"]) == 5 and e["zip_code"].isdigit()]
    zones = tuple(sorted({zone for _code, zone in entries}))
    number = {zone: index + 1 for index, zone in enumerate(zones)}  # fewer than 256: one byte each
    built = bytearray(ZIP_CODES)
    for code, zone in entries:
        built[code] = number[zone]
    try:
        atomic_write_bytes(cache, "\t".join(zones).encode("utf-8") + b"\n" + bytes(built))
    except OSError:
        pass  # a read-only cache folder only costs the rebuild next time
    return bytes(built), zones


def _version() -> str:
    """Names the installed `zipcodes` by its file's size and time, so an upgrade rebuilds the map (reading the
    package's metadata instead would load the e-mail parser, a noticeable part of the desk's start)."""
    spec = importlib.util.find_spec("zipcodes")
    try:
        stat = Path(spec.origin).stat()
    except (AttributeError, TypeError, OSError):
        return "unknown"
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def zone_for_zip(zip_code: str) -> str | None:
    code = (zip_code or "").strip()[:5]
    if len(code) != 5 or not code.isdigit():
        return None
    table, zones = _zip_table()
    found = table[int(code)]
    return zones[found - 1] if found else None


@lru_cache(maxsize=4096)
def _parsed_zones(number: str) -> tuple[str, ...]:
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return ()
    zones = tuple(z for z in phone_timezone.time_zones_for_number(parsed)
                  if "/" in z and z != phone_timezone.UNKNOWN_TIMEZONE)
    # A whole-country answer (several US zones) tells nothing about where the person is; nor does a
    # number without an area code (the library's "Etc/Unknown", which is no zone at all).
    return zones if len(zones) == 1 else ()


_EXCHANGES: dict[str, tuple[str, ...]] = {}
_NOT_DIGITS = re.compile(r"\D")


def zones_for_phone(number: str) -> tuple[str, ...]:
    """The zone a phone number places its owner in, or () when it does not say.

    A North American number's zone is that of its area code and exchange (some area codes span two
    zones, e.g. 270 in Kentucky), so it is worked out once per exchange, however the number is written.
    """
    if len(number) == 12 and number.startswith("+1") and number[2:].isdigit():
        digits = number[2:]  # stored the usual way, +1 and ten digits
    else:
        digits = _NOT_DIGITS.sub("", number)
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
    if len(digits) != 10 or number.lstrip().startswith("+") and not number.lstrip().startswith("+1"):
        return _parsed_zones(number)
    zones = _EXCHANGES.get(digits[:6])
    if zones is None:
        zones = _EXCHANGES[digits[:6]] = _parsed_zones(number)
    return zones


def shown_number(number: str) -> str:
    """A phone number as people write it: (305) 555-0123 at home, +52 55 1234 5678 abroad; as stored if unreadable."""
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return number
    style = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 1 \
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


def load_tables() -> None:
    """Reads the ZIP-to-zone map and the phone number data now, e.g. while the vault is being opened."""
    zone_for_zip("10001")
    zones_for_phone("+12125550100")
