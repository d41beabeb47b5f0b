"""User-facing failures as codes with parameters; the CLI and the UI turn them into English or Spanish."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `code` names it and `params` fill the message. Never carries PHI."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}" if self.params else self.code


def cents_typed(text: object, field: str = "amount", *, positive: bool = False) -> int:
    """An amount as the user typed it ("12.34", "$1,200") in cents; anything else is a UserError naming the field."""
    from collections_desktop.domain.money import MoneyError, to_cents

    try:
        cents = to_cents(str(text).strip())
    except MoneyError:
        raise UserError("bad_amount", field=field, value=str(text)[:20]) from None
    if positive and cents <= 0:
        raise UserError("amount_not_positive")
    return cents
