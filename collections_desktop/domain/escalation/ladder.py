"""The clinic's ladder (its steps and the days between them) and where an account stands on it: the steps taken,
the next one, the day it may be taken, and what stands in its way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from collections_desktop.domain.escalation.gates import Gate, LadderFacts, gates_for
from collections_desktop.domain.escalation.rules import STEPS, LadderPolicy, ladder_problem

__all__ = ["STEPS", "LadderPolicy", "Position", "ladder_problem", "position"]

@dataclass(frozen=True)
class Position:
    """Where the account stands: the steps with the day each was taken (None: not yet), the next step (None: the
    ladder is done), the earliest day for it, and the gates closed today."""

    steps: tuple[tuple[str, date | None], ...]
    next_step: str | None
    next_on: date | None
    gates: tuple[Gate, ...]

    @property
    def ready(self) -> bool:
        return self.next_step is not None and not self.gates


def position(policy: LadderPolicy, facts: LadderFacts, *, is_501r: bool = False) -> Position:
    """The account's place on the ladder on `facts.today`."""
    taken = tuple((name, facts.done.get(name)) for name, _wait in policy.steps)
    following = next(((i, name, wait) for i, (name, wait) in enumerate(policy.steps) if name not in facts.done),
                     None)
    if following is None:
        return Position(taken, None, None, ())
    index, name, wait = following
    gates = gates_for(name, facts, policy, is_501r=is_501r)
    earliest = facts.today
    if index > 0:
        before = facts.done.get(policy.steps[index - 1][0])
        if before is None:
            gates.append(Gate("escalation_step_skipped", "clinic"))
        elif before + timedelta(days=wait) > facts.today:
            gates.append(Gate("escalation_step_wait", "clinic", before + timedelta(days=wait)))
    opens = [g.opens_on for g in gates if g.opens_on is not None]
    # The day it may be taken, when only waits stand in the way; None while anything else does.
    waits_only = all(g.opens_on is not None for g in gates)
    next_on = max([earliest, *opens]) if waits_only else None
    return Position(taken, name, next_on, tuple(gates))
