"""Where a ZIP code places a person: the table kept in the user's cache folder, built from `zipcodes`."""

from __future__ import annotations

import pytest

from collections_desktop.services import zones


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    zones._zip_table.cache_clear()
    yield tmp_path
    zones._zip_table.cache_clear()


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
