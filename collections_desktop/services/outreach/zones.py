"""Where a person may be, as IANA zones: ZIP codes from `zipcodes`, phone numbers from `phonenumbers`' data.

Assumption (documented, not required): a ZIP maps to the one zone `zipcodes` gives it, so parts
of the Navajo Nation in Arizona that keep daylight time are treated as America/Phoenix; the
phone's area code and any stated location still narrow the window.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import platformdirs

from collections_desktop import APP_NAME
from collections_desktop.atomic import atomic_write_bytes

# phonenumbers loads its data when imported (tens of milliseconds); the desk's start reads the tables below
# instead, and only a number they do not cover (abroad, or oddly written) imports it.

ZIP_CODES = 100_000  # every five-digit code, one byte each in the table below
EXCHANGES = 1_000_000  # every North American area code and exchange (six digits), one byte each


def _cached_table(name: str, size: int, build: Callable[[], Iterable[tuple[range, str | None]]]
                  ) -> tuple[bytes, tuple[str, ...]]:
    """A table from a code to the number of its IANA zone in the list beside it (0: none), kept in the user's
    cache folder as one line of zone names and then `size` bytes, and read back in well under a millisecond.

    The tables hold public reference data only, never anything about a patient. `build` gives ranges of
    codes and their zone, later ranges overriding earlier ones; it runs when the file is missing or damaged.
    """
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / name
    try:
        names, table = cache.read_bytes().split(b"\n", 1)
        if len(table) == size:
            return table, tuple(names.decode("utf-8").split("\t"))
    except (OSError, ValueError):
        pass
    spans = list(build())
    zones = tuple(sorted({zone for _codes, zone in spans if zone}))
    number = {zone: index + 1 for index, zone in enumerate(zones)}  # fewer than 256: one byte each
    built = bytearray(size)
    for codes, zone in spans:
        built[codes.start:codes.stop] = bytes([number.get(zone, 0) if zone else 0]) * len(codes)
    with contextlib.suppress(OSError):  # a read-only cache folder only costs the rebuild next time
        atomic_write_bytes(cache, "\t".join(zones).encode("utf-8") + b"\n" + bytes(built))
    return bytes(built), zones


def _zip_spans() -> Iterable[tuple[range, str]]:
    import zipcodes  # loading its data is most of the cost (~0.6 s); only needed to build the table

    for entry in zipcodes.list_all():
        code = entry["zip_code"]
        if entry.get("timezone") and len(code) == 5 and code.isdigit():
            yield range(int(code), int(code) + 1), entry["timezone"]


def _exchange_spans() -> Iterable[tuple[range, str | None]]:
    """phonenumbers' time-zone data for +1, as it reads it for a valid geographic number: the longest prefix
    (area code, then up to the exchange; e.g. 270 in Kentucky splits by exchange) decides. Prefixes with
    several zones give none. Exchanges starting with 0 or 1 are not valid numbers and get none either."""
    from phonenumbers.timezone import UNKNOWN_TIMEZONE
    from phonenumbers.tzdata import TIMEZONE_DATA

    prefixes = sorted((key for key in TIMEZONE_DATA if key.startswith("1") and 4 <= len(key) <= 7), key=len)
    for prefix in prefixes:
        named = [zone for zone in TIMEZONE_DATA[prefix] if "/" in zone and zone != UNKNOWN_TIMEZONE]
        width = 10 ** (7 - len(prefix))
        first = int(prefix[1:]) * width
        yield range(first, first + width), named[0] if len(named) == 1 else None
    for area in range(1000):
        yield range(area * 1000, area * 1000 + 200), None


@lru_cache(maxsize=1)
def _zip_table() -> tuple[bytes, tuple[str, ...]]:
    return _cached_table(f"zip-zones-{_version('zipcodes')}.bin", ZIP_CODES, _zip_spans)


@lru_cache(maxsize=1)
def _exchange_table() -> tuple[bytes, tuple[tuple[str, ...], ...]]:
    """The exchange table and the answer for each of its entries (0: no zone), made once, not per number."""
    table, zones = _cached_table(f"phone-zones-{_version('phonenumbers')}.bin", EXCHANGES, _exchange_spans)
    return table, ((), *((zone,) for zone in zones))


def _version(package: str) -> str:
    """Names an installed package by its file's size and time, so an upgrade rebuilds its table (reading the
    package's metadata instead would load the e-mail parser, a noticeable part of the desk's start)."""
    spec = importlib.util.find_spec(package)
    try:
        stat = Path(spec.origin if spec is not None and spec.origin else "").stat()
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
    import phonenumbers
    from phonenumbers import timezone as phone_timezone

    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return ()
    zones = tuple(z for z in phone_timezone.time_zones_for_number(parsed)
                  if "/" in z and z != phone_timezone.UNKNOWN_TIMEZONE)
    # A whole-country answer (several US zones) tells nothing about where the person is; nor does a
    # number without an area code (the library's "Etc/Unknown", which is no zone at all).
    return zones if len(zones) == 1 else ()


_NOT_DIGITS = re.compile(r"\D")


def zones_for_phone(number: str) -> tuple[str, ...]:
    """The zone a phone number places its owner in, or () when it does not say.

    A North American number's zone is that of its area code and exchange (some area codes span two
    zones, e.g. 270 in Kentucky), read from the exchange table however the number is written; any
    other number is read by phonenumbers.
    """
    if len(number) == 12 and number[:2] == "+1" and number[2:].isdigit():  # stored the usual way: +1, ten digits
        table, answers = _exchange_table()
        return answers[table[int(number[2:8])]]
    digits = _NOT_DIGITS.sub("", number)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or number.lstrip().startswith("+") and not number.lstrip().startswith("+1"):
        return _parsed_zones(number)
    table, answers = _exchange_table()
    return answers[table[int(digits[:6])]]


def shown_number(number: str) -> str:
    """A phone number as people write it: (305) 555-0123 at home, +52 55 1234 5678 abroad; as stored if unreadable."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return number
    style = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 1 \
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


def load_tables() -> None:
    """Reads the ZIP and exchange tables now, e.g. while the vault is being opened."""
    zone_for_zip("10001")
    zones_for_phone("+12125550100")
