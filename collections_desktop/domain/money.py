"""Money as exact integer cents, with Decimal at the edges and two-decimal strings for JSON."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# Far above any clinic balance; keeps cents inside a signed 64-bit column.
MAX_AMOUNT = Decimal(10) ** 15
MAX_CENTS = 10**17  # MAX_AMOUNT in cents
_TWO_PLACES = re.compile(r"-?[0-9]+\.[0-9]{2}")


class MoneyError(ValueError):
    """A text or number that is not an exact amount of money."""


def to_cents(amount: Decimal | int | str) -> int:
    """Converts an exact amount (Decimal, int dollars or text like "1,234.56" or "(12.00)") to cents.

    Floats are refused on purpose: money never passes through binary floating point.
    """
    if isinstance(amount, (bool, float)):
        raise MoneyError("money must not be a float")
    if isinstance(amount, int):
        return amount * 100
    if isinstance(amount, str):
        amount = parse_amount(amount)
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        raise MoneyError("amount is not finite or is out of range")
    quantized = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if quantized != amount:
        raise MoneyError(f"amount has more than two decimals: {amount}")
    return int(quantized * 100)


def plain_cents(text: str) -> int | None:
    """Cents of a plain decimal ("-310", "5.1", "1234.56") by integer arithmetic; None for any other form.

    The common case of file amounts, read without Decimal; callers fall back to `parse_amount`.
    """
    if _TWO_PLACES.fullmatch(text):  # "1234.56", most amounts in a file: one match and one int()
        return int(text.replace(".", ""))
    whole, dot, fraction = text.partition(".")
    negative = whole.startswith("-")
    if negative:
        whole = whole[1:]
    if not (whole.isascii() and whole.isdigit()) and not (whole == "" and dot):
        return None
    if dot and not (fraction.isascii() and fraction.isdigit() and len(fraction) <= 2):
        return None
    value = int(whole or "0") * 100 + (int(fraction.ljust(2, "0")) if dot else 0)
    return -value if negative else value


def parse_amount(text: str) -> Decimal:
    """Reads an amount as PM exports write it: "1,234.56", "$12", "-3.10" or "(12.00)" for negatives."""
    cleaned = text.strip().replace("$", "").replace(",", "").replace(" ", "")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]
    if not cleaned:
        raise MoneyError("empty amount")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyError(f"not an amount: {text!r}") from exc
    if not value.is_finite():
        raise MoneyError(f"not an amount: {text!r}")
    return -value if negative else value


def from_cents(cents: int) -> Decimal:
    """Turns integer cents into an exact Decimal with two places."""
    return (Decimal(cents) / 100).quantize(CENT)


def format_cents(cents: int) -> str:
    """Two-decimal text for JSON and CSV, e.g. 12340 -> "123.40", -5 -> "-0.05"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def format_display(cents: int) -> str:
    """US display form with a thousands separator and a dollar sign, e.g. "$1,234.56"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}${whole:,}.{part:02d}"
