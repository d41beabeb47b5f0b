"""The clinic's ladder as the gates read it: its steps and waits, the least balance, and the state tables (the wait
before an agency or a credit report, the states that forbid reporting medical debt, the years after which a debt
is time-barred)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

# The steps the desk knows how to take, in the only order they make sense in.
STEPS = ("statement_1", "statement_2", "final_notice", "supervisor_review", "credit_report", "agency_placement")
# Extraordinary collection actions (IRS 501(r)): the steps the notice, the state waits and the limitations gate.
ECA_STEPS = frozenset({"credit_report", "agency_placement"})
# States that forbid furnishing medical debt to a credit bureau (compliance.md M-01, each marked there to verify;
# the clinic's policy may change the list).
CREDIT_BAN_STATES = ("CA", "CO", "CT", "IL", "MD", "ME", "MN", "NJ", "NY", "OR", "RI", "VA", "VT", "WA")
# Days after the first statement before an agency or a credit report, by state (M-05; the clinic may add more).
STATE_WAIT_DAYS = (("CA", 180), ("MD", 240))
DEFAULT_STEPS = (("statement_1", 0), ("statement_2", 30), ("final_notice", 30), ("supervisor_review", 30),
                 ("agency_placement", 0))


@dataclass(frozen=True)
class LadderPolicy:
    """The steps the clinic uses, each with the days to wait after the step before it, and the tables its gates
    read; `limitation_years` is empty until the clinic's counsel fills it (no state's law is assumed)."""

    steps: tuple[tuple[str, int], ...] = DEFAULT_STEPS
    minimum_balance_cents: int = 2_500
    state_wait_days: tuple[tuple[str, int], ...] = STATE_WAIT_DAYS
    credit_ban_states: tuple[str, ...] = CREDIT_BAN_STATES
    limitation_years: tuple[tuple[str, int], ...] = ()

    @cached_property
    def _waits(self) -> dict[str, int]:
        return dict(self.state_wait_days)

    @cached_property
    def _limitations(self) -> dict[str, int]:
        return dict(self.limitation_years)

    def wait_days(self, state: str) -> int | None:
        return self._waits.get(state.strip().upper())

    def limitation(self, state: str) -> int | None:
        return self._limitations.get(state.strip().upper())

    def bans_credit_report(self, state: str) -> bool:
        return state.strip().upper() in self.credit_ban_states


def ladder_problem(steps: list[tuple[str, int]]) -> str | None:
    """What is wrong with a clinic's list of steps (a code), or None."""
    names = [name for name, _wait in steps]
    if not names or any(name not in STEPS for name in names) or len(set(names)) != len(names):
        return "policy_ladder_steps"
    if [STEPS.index(n) for n in names] != sorted(STEPS.index(n) for n in names):
        return "policy_ladder_order"
    if any(name in ECA_STEPS for name in names) and "final_notice" not in names:
        return "policy_ladder_needs_notice"
    return None


def with_credit_report(steps: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """The steps with the credit report added just before placement (last when there is none), unless listed."""
    if any(name == "credit_report" for name, _wait in steps):
        return steps
    at = next((i for i, (name, _wait) in enumerate(steps) if name == "agency_placement"), len(steps))
    return (*steps[:at], ("credit_report", 0), *steps[at:])
