"""Why an account is where it is on the worklist: the next action and the one reason that matters, as codes."""

from __future__ import annotations

from dataclasses import dataclass, field

from collections_desktop.services.desk.desk_rows import DeskRow

OLD = ("91-120", "120+")  # aging buckets that make a large balance urgent
LARGE_CENTS = 50_000
# The compliance reason that says why each hold stops outreach.
HOLD_REASON = {"dispute": "dispute_pending_verification", "cease_contact": "cease_requested",
               "attorney": "attorney_represented", "bankruptcy": "bankruptcy", "deceased": "deceased_estate_only",
               "financial_assistance_pending": "financial_assistance_pending"}


@dataclass(frozen=True)
class Why:
    """`action` is call, wait, hold or none (each worded `action_<code>`); `reason` a catalog code or "",
    with its parameters (dates as ISO text, money in cents)."""

    action: str
    reason: str = ""
    params: dict[str, object] = field(default_factory=dict)


def why(row: DeskRow, *, team_first: bool = False) -> Why:
    """The window's "next action" column and the command line's worklist say the same thing from this. With
    `team_first` (the *With billing* view) a claim's time with the billing team is the reason shown."""
    if row.next_action.startswith("hold:"):
        hold = row.next_action[5:]
        return Why("hold", HOLD_REASON.get(hold, f"hold_{hold}"))
    action = row.next_action
    if team_first and row.with_team is not None:
        return _with_team(action, row.with_team)
    if action in ("call", "wait") and row.promise_due is not None:
        return Why(action, "why_promise_due", {"due": row.promise_due.isoformat()})
    if action in ("call", "wait") and row.plan_behind_cents > 0:
        return Why(action, "why_plan_behind", {"cents": row.plan_behind_cents})
    if action == "call" and row.oldest_bucket is not None and row.oldest_bucket.value in OLD \
            and row.patient_due_cents >= LARGE_CENTS:
        return Why(action, "why_large_old_balance")
    if action == "wait" and row.reasons:
        return Why(action, row.reasons[0])
    if row.with_team is not None:
        return _with_team(action, row.with_team)
    return Why(action if action in ("call", "wait") else "none")


def _with_team(action: str, with_team: tuple[str, int]) -> Why:
    team, days = with_team
    shown = action if action in ("call", "wait") else "none"
    if days <= 0:
        return Why(shown, "why_with_team_today", {"team": team, "days": 0})
    return Why(shown, "why_with_team", {"team": team, "days": days})
