"""Reading one field of a policy file: whole numbers in a range, amounts written as text, true/false, naming the
field when it is wrong."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from collections_desktop.domain.money import MoneyError, to_cents


class PolicyError(ValueError):
    """A policy value that cannot be used: `where` names the field ("terms.tiers[2].months"), `code` the problem."""

    def __init__(self, where: str, code: str, **params: object) -> None:
        super().__init__(f"{where}: {code}")
        self.where = where
        self.code = code
        self.params = params


def table(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise PolicyError(name, "policy_section_missing")
    return value


def integer(table: dict[str, Any], name: str, section: str, low: int, high: int) -> int:
    where = f"{section}.{name}" if section else name
    value = table.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(where, "policy_not_whole_number")
    if not low <= value <= high:
        raise PolicyError(where, "policy_out_of_range", low=low, high=high)
    return value


def money(table: dict[str, Any], name: str, section: str) -> int:
    where = f"{section}.{name}"
    value = table.get(name)
    if not isinstance(value, str):
        raise PolicyError(where, "policy_amount_as_text")
    try:
        cents = to_cents(value)
    except MoneyError:
        raise PolicyError(where, "policy_bad_amount", value=value) from None
    if cents < 0:
        raise PolicyError(where, "policy_negative")
    return cents


def decimal(table: dict[str, Any], name: str, section: str) -> Decimal:
    try:
        return Decimal(str(table.get(name, "0")))
    except InvalidOperation:
        raise PolicyError(f"{section}.{name}", "policy_not_a_number") from None


def flag(table: dict[str, Any], name: str, where: str) -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise PolicyError(f"{where}.{name}", "policy_not_true_false")
    return value
