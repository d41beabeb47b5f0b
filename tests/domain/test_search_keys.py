from collections_desktop.domain.search import digits, fold, search_key


def test_fold_removes_case_and_accents():
    assert fold("PEÑA") == "pena"
    assert fold("José  Núñez") == "jose nunez"
    assert fold("Ibáñez-Zúñiga") == "ibanez-zuniga"
    assert fold("Straße") == "strasse"


def test_digits_and_key():
    assert digits("(212) 555-0143") == "2125550143"
    assert search_key("Peña", None, "10000042") == "pena|10000042"


def test_us_dates_in_a_search_become_iso():
    from collections_desktop.domain.search import normalize_query

    assert normalize_query("03/14/1980") == "1980-03-14"
    assert normalize_query("Peña 3/4/1980") == "pena 1980-03-04"
    assert normalize_query("13/40/1980") == "13/40/1980"
