from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collections_desktop.domain.money import (
    MoneyError,
    format_cents,
    format_display,
    from_cents,
    parse_amount,
    plain_cents,
    to_cents,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [("1,234.56", 123456), ("$12", 1200), ("(12.00)", -1200), ("-3.10", -310), ("0.01", 1), ("7.5", 750),
     ("12.00-", -1200), (" 1 234.00 ", 123400)],
)
def test_amounts_as_pm_exports_write_them(text, cents):
    assert to_cents(text) == cents


@pytest.mark.parametrize("bad", ["", "abc", "1.234", "NaN", "1e999999", "--1"])
def test_bad_amounts_are_refused(bad):
    with pytest.raises(MoneyError):
        to_cents(bad)


def test_floats_are_refused():
    with pytest.raises(MoneyError):
        to_cents(0.1)


def test_formats():
    assert format_cents(12340) == "123.40"
    assert format_cents(-5) == "-0.05"
    assert format_cents(0) == "0.00"
    assert format_display(123456) == "$1,234.56"
    assert format_display(-100) == "-$1.00"
    assert from_cents(12345) == Decimal("123.45")


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_cents_round_trip_through_text_and_decimal(cents):
    assert to_cents(format_cents(cents)) == cents
    assert to_cents(from_cents(cents)) == cents
    assert parse_amount(format_display(cents).replace("$", "")) == from_cents(cents)


@given(st.text(alphabet="0123456789-.,$ ()+e²٣", max_size=12))
def test_plain_cents_agrees_with_the_decimal_parser_or_steps_aside(text):
    plain = plain_cents(text)
    if plain is None:
        return
    assert plain == to_cents(parse_amount(text))


@pytest.mark.parametrize(("text", "cents"), [("5", 500), ("-310", -31000), ("5.1", 510), (".5", 50),
                                             ("-0.05", -5), ("1234.56", 123456)])
def test_plain_cents_reads_plain_decimals(text, cents):
    assert plain_cents(text) == cents


@pytest.mark.parametrize("other", ["1,234.56", "(12.00)", "5.", "1.234", "-", "", "²", "+5", "12.00-"])
def test_plain_cents_leaves_other_forms_to_the_full_parser(other):
    assert plain_cents(other) is None
