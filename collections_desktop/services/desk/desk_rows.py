"""The worklist's rows: what each account owes, how old it is, and whether and when it may be called."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from collections_desktop.domain.aging import AgingBucket, bucket_for
from collections_desktop.domain.compliance.model import Policy
from collections_desktop.services.outreach.phone_decisions import PhoneAnswer, decide_phones
from collections_desktop.storage.desk_reads import HOLDS
from collections_desktop.storage.phone_reads import PhoneInputs


@dataclass(frozen=True)
class DeskRow:
    """One worklist line with why it is there (codes, worded by the window)."""

    account_id: int
    account: str
    guarantor: str
    patient_due_cents: int
    insurance_pending_cents: int
    oldest_bucket: AgingBucket | None
    last_contact: datetime | None
    next_action: str
    callable_now: bool
    next_callable_at: datetime | None
    reasons: tuple[str, ...]
    promise_due: date | None = None
    plan_behind_cents: int = 0
    with_team: tuple[str, int] | None = None  # (team, days) of the oldest claim still with billing or denials


def desk_rows(ids: Sequence[int], columns: dict[int, dict], inputs: list[PhoneInputs], when: datetime
              ) -> list[DeskRow]:
    """The rows of `ids` in that order, from their page columns and what the compliance engine reads for them."""
    calls = decide_phones(inputs, when, Policy()) if columns else {}
    today = when.date()
    return [_row(account_id, columns[account_id], calls.get(columns[account_id]["number"]), today)
            for account_id in ids if account_id in columns]


def _row(account_id: int, c: dict, call: PhoneAnswer | None, today: date) -> DeskRow:
    anchor = c["oldest_anchor"]
    bucket = bucket_for(anchor, today) if anchor and c["patient_due_cents"] > 0 else None
    holds = sorted(c["flags"] & set(HOLDS))  # other flags (e.g. income-cap eligibility) do not stop outreach
    if holds:
        action = f"hold:{holds[0]}"
    elif c["patient_due_cents"] <= 0:
        action = "none"
    elif call is not None and call.allowed:
        action = "call"
    else:
        action = "wait"
    return DeskRow(account_id, c["number"], c["guarantor"], c["patient_due_cents"], c["insurance_pending_cents"],
                   bucket, c["last_contact"], action, bool(call and call.allowed),
                   call.next_allowed_at if call else None, call.reasons if call else (), c["promise_due"],
                   c["plan_behind_cents"],
                   (c["with_team"][0], max((today - c["with_team"][1].date()).days, 0)) if c.get("with_team") else None)
