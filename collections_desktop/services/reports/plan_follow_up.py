"""How plans held in a period: installments paid on time among those that fell due, and plans cured after a
written notice of a missed payment among those whose cure period is over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from collections_desktop.domain.plans.tracker import InstallmentStatus
from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.plans.plan_tracking import standing
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import outcome_reads

# Plans that ended: their installments due after the end no longer count.
ENDED = frozenset({"completed", "cancelled", "superseded", "defaulted"})
# After a notice: back on track (cured), or defaulted at the end of the cure period; still in it otherwise.
CURED = frozenset({"active", "completed", "superseded"})
KNOWN = frozenset({InstallmentStatus.PAID, InstallmentStatus.PAID_LATE, InstallmentStatus.PARTIAL,
                   InstallmentStatus.MISSED})


@dataclass(frozen=True)
class PlanFollowUp:
    """Counts for one period (read with what is known today)."""

    installments_known: int  # due in the period and past their grace days, or paid
    on_time: int             # paid in full by the due date plus the grace days
    notices: int             # written notices sent in the period
    cured: int
    defaulted: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.installments_known if self.installments_known else None

    @property
    def cure_rate(self) -> float | None:
        decided = self.cured + self.defaulted
        return self.cured / decided if decided else None


def plan_follow_up(workspace: Workspace, period: Period, today: date | None = None) -> PlanFollowUp:
    today = today or date.today()
    known = on_time = 0
    with workspace.reading() as session:
        for plan in outcome_reads.plans_due_in(session, period.start, period.end):
            ended = plan.state_changed_at.date() if plan.state in ENDED else None
            for state in standing(session, plan, today).installments:
                due = state.installment.due
                if not period.contains(due) or (ended is not None and due > ended):
                    continue
                if state.status in KNOWN:
                    known += 1
                    on_time += state.status is InstallmentStatus.PAID
        outcomes = [state for _plan, state in outcome_reads.notices_sent(session, period.start, period.end)]
    return PlanFollowUp(known, on_time, len(outcomes), sum(1 for s in outcomes if s in CURED),
                        sum(1 for s in outcomes if s == "defaulted"))
