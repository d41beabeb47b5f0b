"""The final notice before escalation: when it may go out, and the day it gives the patient to act by."""

from __future__ import annotations

from datetime import date, timedelta

from collections_desktop.domain.agency import PlacementFacts, placement_blocks

# The notice comes before placement, so the two placement rules it exists to satisfy do not stop it.
NOT_BEFORE_NOTICE = frozenset({"agency_too_recent", "agency_needs_written_notice"})
# The patient has at least this many days to pay, arrange or apply before anything further (M-03, clinic policy).
MIN_NOTICE_DAYS = 30
# IRS 501(r): no extraordinary collection action within 120 days of the first statement after care (M-03).
ECA_WAIT_DAYS_501R = 120
# …and the financial-assistance application period runs to day 240 after it.
APPLICATION_DAYS_501R = 240
ACTIONS = ("agency",)  # what the clinic may do after the deadline, as the notice names it


def final_notice_blocks(facts: PlacementFacts, *, is_501r: bool = False,
                        first_statement: date | None = None) -> list[str]:
    """Why a final notice may not go out today (an empty list: it may). It names an action the clinic could not
    take while something is owed only on paper: insurance open, a hold, a plan running. A 501(r) facility must
    know the first statement's date: the 120 and 240 days count from it."""
    blocks = [code for code in placement_blocks(facts) if code not in NOT_BEFORE_NOTICE]
    if is_501r and first_statement is None:
        blocks.append("notice_needs_first_statement")
    return blocks


def final_notice_deadline(today: date, days: int, *, is_501r: bool = False,
                          first_statement: date | None = None) -> date:
    """The day the notice gives: `days` from today (never fewer than MIN_NOTICE_DAYS), and at a 501(r) facility
    never before the 120th day after the first statement."""
    deadline = today + timedelta(days=max(days, MIN_NOTICE_DAYS))
    if is_501r and first_statement is not None:
        deadline = max(deadline, first_statement + timedelta(days=ECA_WAIT_DAYS_501R))
    return deadline


def application_ends(first_statement: date) -> date:
    """The last day a 501(r) facility must take a financial-assistance application (day 240)."""
    return first_statement + timedelta(days=APPLICATION_DAYS_501R)
