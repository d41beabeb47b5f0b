"""The `plans` export: every plan version and promise with its terms, next due date, remaining amount and status."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from collections_desktop.domain.money import format_cents
from collections_desktop.services.exports.exports import write_export
from collections_desktop.services.plans.plan_tracking import promise_standing, refresh_plans, standing
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.plans_repo import plans_with_accounts, promises_with_accounts, schedules
from collections_desktop.sync.writers import PLAN_COLUMNS


def export_plans(workspace: Workspace, out: Path, since: date | None, today: date | None = None) -> tuple[int, int]:
    """Writes the plans CSV (plans first, then promises, oldest first); returns (rows, total of remaining cents)."""
    today = today or date.today()
    with workspace.transaction() as session:
        refresh_plans(workspace, session, today)
        moment = datetime.combine(since, time(0), tzinfo=UTC) if since is not None else None
        total = 0

        def rows():  # noqa: ANN202
            nonlocal total
            for plan, number in plans_with_accounts(session, moment):
                tracker = standing(session, plan, today)
                installments = [s.installment for s in tracker.installments if s.installment.number > 0]
                remaining = sum(s.remaining_cents for s in tracker.installments)
                if plan.state not in ("superseded", "cancelled"):
                    total += remaining
                nxt = tracker.next_due
                yield ("plan", number, str(plan.id), str(plan.version_no), installments[0].due.isoformat(),
                       format_cents(plan.balance_cents), format_cents(plan.down_payment_cents),
                       format_cents(installments[0].amount_cents), plan.frequency,
                       nxt.installment.due.isoformat() if nxt else "", format_cents(remaining), plan.state)
            for promise, number in promises_with_accounts(session, moment):
                tracker = promise_standing(session, promise, today)
                parts = schedules(session, [promise.id], promise=True)[promise.id]
                remaining = sum(s.remaining_cents for s in tracker.installments)
                nxt = tracker.next_due
                yield ("promise", number, str(promise.id), "1", parts[0].due.isoformat(),
                       format_cents(sum(p.amount_cents for p in parts)), "0.00", format_cents(parts[0].amount_cents),
                       "", nxt.installment.due.isoformat() if nxt else "", format_cents(remaining), promise.outcome)

        count = write_export(out, PLAN_COLUMNS, rows())
        workspace.audit(session, "export.written", "export", "plans",
                        {"rows": count, "remaining": format_cents(total),
                         "since": since.isoformat() if since else None})
    return count, total
