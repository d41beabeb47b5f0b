"""The ladder's facts put together from what the vault keeps, the same way for one account and for all of them:
the statements (the practice system's first, then the desk's), the last final notice, the steps taken by hand,
the placement, the plan, insurance and the call after the notice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from collections_desktop.domain.escalation.gates import LadderFacts
from collections_desktop.domain.plans.lifecycle import OPEN

OPEN_STATES = frozenset(s.value for s in OPEN)


def ladder_facts(today: date, *, state: str, patient_due_cents: int, insurance_pending_cents: int,
                 holds: frozenset[str], practice_first_statement: date | None, letters: dict[str, list[date]],
                 by_hand: dict[str, date], placed_on: date | None, plan_state: str | None, handoffs_open: bool,
                 last_call: date | None, extra: dict[str, date] | None = None) -> LadderFacts:
    """`letters`: kind -> the days the desk produced one, oldest first; `last_call`: the latest outbound call;
    `extra`: the dates read only when a gate needs them (last_payment, oldest_service, spoke_on, first_written,
    last_written, undelivered_on)."""
    statements = sorted({*letters.get("statement", ()),
                         *((practice_first_statement,) if practice_first_statement else ())})
    done = dict(by_hand)
    for index, step in enumerate(("statement_1", "statement_2")):
        if len(statements) > index:
            done[step] = statements[index]
    notices = letters.get("final_notice")
    if notices:
        done["final_notice"] = notices[-1]
    if placed_on is not None:
        done["agency_placement"] = placed_on
    notice = done.get("final_notice")
    itemised = letters.get("itemised_bill")
    facts = LadderFacts(today, state, patient_due_cents, holds, plan_open=plan_state in OPEN_STATES,
                        insurance_open=insurance_pending_cents > 0 or handoffs_open,
                        first_statement=statements[0] if statements else None, done=done,
                        itemised_sent=itemised[-1] if itemised else None,
                        oral_attempt_after_notice=notice is not None and last_call is not None and last_call >= notice)
    if not extra:
        return facts
    written = [day for day in (extra.get("first_written"), practice_first_statement) if day is not None]
    return replace(facts, last_payment=extra.get("last_payment"), oldest_service=extra.get("oldest_service"),
                   spoke_on=extra.get("spoke_on"), first_written=min(written) if written else None,
                   last_written=extra.get("last_written"), undelivered_on=extra.get("undelivered_on"))
