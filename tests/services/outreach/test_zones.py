"""Where a ZIP code or a phone number places a person: the tables kept in the user's cache folder, built from
`zipcodes` and from `phonenumbers`' time-zone data."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from collections_desktop.services.outreach import zones


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    zones._zip_table.cache_clear()
    zones._exchange_table.cache_clear()
    yield tmp_path
    zones._zip_table.cache_clear()
    zones._exchange_table.cache_clear()


KNOWN = {"10001": "America/New_York", "96910": "Pacific/Guam", "99501": "America/Anchorage",
         "85001": "America/Phoenix", "96813": "Pacific/Honolulu", "60601": "America/Chicago",
         "00601": "America/Puerto_Rico"}


def test_zip_codes_give_their_zone_and_others_none(fresh_cache):
    for code, zone in KNOWN.items():
        assert zones.zone_for_zip(code) == zone
    assert zones.zone_for_zip("10001-1234") == "America/New_York"  # ZIP+4
    for odd in ("00000", "1234", "abcde", "", " ", "1234a"):
        assert zones.zone_for_zip(odd) is None, odd


def test_the_table_is_built_once_and_rebuilt_when_damaged(fresh_cache):
    zones.zone_for_zip("10001")
    [table] = list(fresh_cache.rglob("zip-zones-*.bin"))
    built = table.read_bytes()
    assert len(built.split(b"\n", 1)[1]) == zones.ZIP_CODES
    zones._zip_table.cache_clear()
    table.write_bytes(built[:5000])  # cut short, e.g. a full disk
    assert all(zones.zone_for_zip(code) == zone for code, zone in KNOWN.items())
    assert table.read_bytes() == built


def test_north_american_numbers_get_the_zone_phonenumbers_gives_them(fresh_cache):
    """Every exchange split from its area code, and random numbers: where phonenumbers names one zone the
    table gives that zone, and where the table gives none phonenumbers names none either."""
    from phonenumbers.tzdata import TIMEZONE_DATA

    rng = random.Random(7)
    numbers = [f"{key[1:]}{rng.randint(0, 10 ** (11 - len(key)) - 1):0{11 - len(key)}d}"
               for key in TIMEZONE_DATA if key.startswith("1") and len(key) == 7 and key[4] not in "01"]
    numbers += [f"{rng.randint(200, 999)}{rng.randint(0, 999):03d}{rng.randint(0, 9999):04d}" for _ in range(4000)]
    for digits in numbers:
        expected = zones._parsed_zones(f"+1{digits}")
        found = zones.zones_for_phone(f"+1{digits}")
        assert found == expected or (expected == () and len(found) == 1), digits
    assert zones.zones_for_phone("(270) 201-1234") == ("America/New_York",)  # one area code, two zones
    assert zones.zones_for_phone("1-270-202-1234") == ("America/Chicago",)
    assert zones.zones_for_phone("+1 212 055 1234") == ()  # no exchange starts with 0
    assert zones.zones_for_phone("+1 800 555 1234") == ()  # toll-free: nowhere in particular
    assert zones.zones_for_phone("+52 55 1234 5678") == ("America/Mexico_City",)  # abroad: read by phonenumbers


def test_the_start_reads_the_tables_without_loading_phonenumbers(fresh_cache):
    zones.load_tables()  # builds both tables in this cache folder
    code = ("import sys; from collections_desktop.services.outreach import zones; zones.load_tables(); "
            "print(zones.zones_for_phone('+13055550123'), 'phonenumbers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "XDG_CACHE_HOME": str(fresh_cache)}).stdout
    assert out.split() == ["('America/New_York',)", "False"]
