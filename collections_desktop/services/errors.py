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
