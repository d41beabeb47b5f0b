"""Located import problems: where (file:line or file:segment N), how bad, a code and its parameters."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from collections_desktop.domain.money import MAX_CENTS, MoneyError, parse_amount, plain_cents

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with an input file; `code` and `params` become words in the CLI or the window."""

    where: str
    severity: str
    code: str
    params: dict = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


class RecordError(Exception):
    """Raised inside a parser for one bad record; the parser turns it into an ImportProblem and moves on."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# The longest ids the vault keeps whole (README "Files from and to the practice system"). A longer one is refused:
# cutting it could make two accounts, or two claims, one.
ACCOUNT_ID_MAX = 40
CLAIM_ID_MAX = 50


def identifier(text: str, field_name: str, most: int) -> str:
    """An account number or claim id as given; one longer than the vault keeps is a located problem."""
    if len(text) > most:
        raise RecordError("id_too_long", field=field_name, most=most, length=len(text))
    return text


def cents(text: str, field_name: str) -> int:
    """Exact cents of an amount in a file; more than two decimals are rounded half-up (FHIR writes 28.104).

    An amount beyond any clinic's (a quadrillion dollars) is refused like any other bad amount.
    """
    value = plain_cents(text)
    if value is None:
        try:
            amount = parse_amount(text)
            value = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        except (MoneyError, InvalidOperation):
            raise RecordError("bad_amount", field=field_name, value=text[:40]) from None
    if not -MAX_CENTS < value < MAX_CENTS:
        raise RecordError("bad_amount", field=field_name, value=text[:40])
    return value
