from collections_desktop.domain.search import digits, fold, search_key


def test_fold_removes_case_and_accents():
    assert fold("PEÑA") == "pena"
    assert fold("José  Núñez") == "jose nunez"
    assert fold("Ibáñez-Zúñiga") == "ibanez-zuniga"
    assert fold("Straße") == "strasse"


def test_digits_and_key():
    assert digits("(212) 555-0143") == "2125550143"
    assert search_key("Peña", None, "10000042") == "pena|10000042"
