"""One date format per language (CLDR), in the window, the command line's text and the documents; ISO dates
only where machines read them (JSON, CSV, file names)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest

from collections_desktop.cli import main
from collections_desktop.words.formats import day, iso_day, long_day, moment, week, weekday_clock
from tests.conftest import PASSPHRASE

ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def test_each_language_has_its_own_date():
    assert (day(date(2026, 12, 2), "en"), day(date(2026, 12, 2), "es")) == ("Dec 2, 2026", "2 dic 2026")
    assert (long_day(date(2027, 3, 1), "en"), long_day(date(2027, 3, 1), "es")) == \
        ("March 1, 2027", "1 de marzo de 2027")
    assert day(None) == "—" and iso_day("not a day", "es") == "not a day"
    assert iso_day("2026-04-22", "es") == "22 abr 2026"
    when = datetime(2026, 12, 2, 20, 41, tzinfo=UTC)
    assert moment(when, "en").startswith(day(when.astimezone().date(), "en") + ", ")
    assert weekday_clock(when, "es").split()[0] in ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")



def test_a_charts_week_is_short_and_gives_its_year_where_one_begins():
    assert [week(date(2026, 11, 30), "en"), week(date(2026, 11, 30), "es")] == ["Nov 30", "30 nov"]
    assert [week(date(2027, 1, 4), "en"), week(date(2027, 1, 4), "es")] == ["Jan 4, 2027", "4 ene 2027"]

@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_command_lines_text_shows_no_iso_date_and_its_json_does(demo_dir, monkeypatch, capsys, lang):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    base = ["--data-dir", str(demo_dir), "--lang", lang]
    assert main([*base, "worklist", "--json", "--limit", "1"]) == 0
    number = json.loads(capsys.readouterr().out)["rows"][0]["account"]
    for command in (["account", number], ["history", number]):
        assert main([*base, *command]) == 0
        shown = capsys.readouterr().out
        assert not ISO_DATE.search(shown), (command, ISO_DATE.search(shown))
    assert main([*base, "account", number, "--json"]) == 0
    assert ISO_DATE.search(capsys.readouterr().out)
