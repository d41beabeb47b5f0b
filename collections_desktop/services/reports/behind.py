"""The accounts behind a report's figure, for the worklist to list: a card's measure or a billing issue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from collections_desktop.domain.compliance.model import CONVERSATIONS
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import report_accounts

# The Reports window's cards and the measure behind each (the collected and payments cards list the same
# accounts: those that paid).
CARD_MEASURES = {"collected": "paid", "payments": "paid", "attempts": "attempts", "right_party": "right_party",
                 "kept": "kept", "plans": "plans"}


@dataclass(frozen=True)
class Figure:
    """A card (`measure`, e.g. "paid"), a billing issue (`source`, `code`, `payer`) over days `start`–`end`, or
    an aging bucket at a month end (`measure` "aging", `code` the bucket, `end` the month end)."""

    start: date
    end: date
    measure: str = ""
    source: str = ""
    code: str = ""
    payer: str = ""


def accounts_behind(workspace: Workspace, figure: Figure) -> list[int]:
    """The accounts the figure counted, largest balance first."""
    with workspace.reading() as session:
        if figure.measure == "aging":  # `code` the bucket, `end` the month end
            if figure.code not in report_accounts.BUCKET_DAYS:
                raise UserError("unknown_report", kind=figure.code, choices=", ".join(report_accounts.BUCKET_DAYS))
            return report_accounts.aging_accounts(session, figure.end, figure.code)
        if figure.measure:
            if figure.measure not in report_accounts.MEASURES:
                raise UserError("unknown_report", kind=figure.measure, choices=", ".join(report_accounts.MEASURES))
            return report_accounts.measure_accounts(session, figure.measure, figure.start, figure.end,
                                                    tuple(o.value for o in CONVERSATIONS))
        if figure.source not in report_accounts.SOURCES:
            raise UserError("unknown_report", kind=figure.source, choices=", ".join(report_accounts.SOURCES))
        return report_accounts.issue_accounts(session, figure.source, figure.code, figure.payer, figure.start,
                                              figure.end)
