"""The plan tracker and promises of an account as HTML for the account pane, in the interface language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from collections_desktop.domain.money import format_display
from collections_desktop.ui.words.plan_text import plan_text
from collections_desktop.words.formats import day

MARKS = {"paid": "✔", "paid_late": "✔", "upcoming": "·", "due": "●", "partial": "◐", "missed": "✖"}



def _fill(template: str, *values: str) -> str:
    """Qt's %1, %2 … placeholders filled in order."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template

def plan_html(plans) -> str:  # noqa: ANN001 - services.plan_views.AccountPlans or None
    """The current plan (status, next and past-due amounts, each installment) and any open promises."""
    if plans is None or (not plans.plans and not plans.promises):
        return ""
    e, parts = html.escape, []
    current = plans.current
    if current is not None:
        tracker = current.tracker
        head = _fill(QCoreApplication.translate("PlanTracker", "Payment plan, version %1: %2"),
                     str(current.version), plan_text(current.status))
        parts.append(f"<h3>{e(head)}</h3>")
        facts = [_fill(QCoreApplication.translate("PlanTracker", "%1, %2 on the plan"),
                       plan_text(current.frequency), format_display(current.balance_cents))]
        if tracker.next_due is not None and current.status not in ("cancelled", "superseded", "defaulted"):
            nxt = tracker.next_due
            facts.append(_fill(QCoreApplication.translate("PlanTracker", "next %1 on %2"),
                               format_display(nxt.remaining_cents), day(nxt.installment.due)))
        if tracker.past_due_cents:
            facts.append(_fill(QCoreApplication.translate("PlanTracker", "behind %1"),
                               format_display(tracker.past_due_cents)))
        if current.notice_sent_on:
            facts.append(_fill(QCoreApplication.translate("PlanTracker", "notice sent %1, cure by %2"),
                               day(current.notice_sent_on), day(current.cure_date)))
        parts.append(f"<p>{e(' · '.join(facts))}</p>")
        if current.status not in ("draft", "cancelled", "superseded"):
            down = QCoreApplication.translate("PlanTracker", "down")
            head_labels = (QCoreApplication.translate("PlanTracker", "Due"),
                           QCoreApplication.translate("PlanTracker", "Amount"),
                           QCoreApplication.translate("PlanTracker", "Paid"),
                           QCoreApplication.translate("PlanTracker", "Status"))
            rows = "".join(
                f"<tr><td>{s.installment.number or e(down)}</td><td>{e(day(s.installment.due))}</td>"
                f"<td align='right'>{e(format_display(s.installment.amount_cents))}</td>"
                f"<td align='right'>{e(format_display(s.applied_cents))}</td>"
                f"<td>{MARKS.get(s.status.value, '')} {e(plan_text(s.status.value))}</td></tr>"
                for s in tracker.installments)
            heads = "".join(f"<th>{e(h)}</th>" for h in head_labels)
            parts.append(f"<table cellspacing='4'><tr><th>#</th>{heads}</tr>{rows}</table>")
        for follow in current.follow_ups:
            behind = QCoreApplication.translate(
                "PlanTracker", "Installment %1 is behind by %2: remind on %3, written notice on %4")
            parts.append("<p>⚠ " + e(_fill(behind, str(follow.installment), format_display(follow.remaining_cents),
                                           day(follow.remind_on), day(follow.notice_on))) + "</p>")
    open_promises = [p for p in plans.promises if p.outcome == "pending"] or list(plans.promises[-1:])
    for promise in open_promises:
        dated = ", ".join(f"{format_display(s.installment.amount_cents)} {day(s.installment.due)}"
                          for s in promise.tracker.installments)
        parts.append("<p>" + e(QCoreApplication.translate("PlanTracker", "Promise to pay: %1 (%2)").replace("%1", dated)
                               .replace("%2", plan_text(promise.outcome))) + "</p>")
    return "".join(parts)
