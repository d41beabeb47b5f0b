"""JSON shapes of plan quotes and of an account's plans, promises and trackers for `--json`."""

from __future__ import annotations

from collections_desktop.domain.money import format_cents
from collections_desktop.domain.plans.tracker import PlanStanding


def quote_json(offer) -> dict:  # noqa: ANN001
    return {"account": offer.account, "balance": format_cents(offer.balance_cents),
            "policy_version": offer.policy_version,
            "options": [_option(o) for o in offer.options], "warnings": list(offer.warnings)}


def _option(option) -> dict:  # noqa: ANN001
    down = next((i for i in option.schedule if i.number == 0), None)
    installments = option.installments
    return {"kind": option.kind, "installments": len(installments), "frequency": option.frequency.value,
            "amount": format_cents(option.installment_cents),
            "down_payment": format_cents(down.amount_cents if down else 0),
            "first_due": installments[0].due.isoformat(), "last_due": installments[-1].due.isoformat(),
            "total": format_cents(option.total_cents),
            "schedule": [{"number": i.number, "due": i.due.isoformat(), "amount": format_cents(i.amount_cents)}
                         for i in option.schedule],
            "warnings": list(option.warnings), "blocks": list(option.blocks)}


def tracker_json(standing: PlanStanding) -> dict:
    next_due = standing.next_due
    return {"past_due": format_cents(standing.past_due_cents), "overpaid": format_cents(standing.overpaid_cents),
            "completed": standing.completed,
            "next_due": next_due.installment.due.isoformat() if next_due else None,
            "installments": [{"number": s.installment.number, "due": s.installment.due.isoformat(),
                              "amount": format_cents(s.installment.amount_cents),
                              "paid": format_cents(s.applied_cents),
                              "paid_on": s.covered_on.isoformat() if s.covered_on else None,
                              "status": s.status.value} for s in standing.installments]}


def plans_json(view) -> dict:  # noqa: ANN001
    def day(value):  # noqa: ANN001, ANN202
        return value.isoformat() if value else None

    return {"account": view.account, "patient_due": format_cents(view.patient_due_cents),
            "plans": [{"id": p.id, "version": p.version, "previous_id": p.previous_id, "status": p.status,
                       "policy_version": p.policy_version, "frequency": p.frequency,
                       "balance": format_cents(p.balance_cents), "down_payment": format_cents(p.down_payment_cents),
                       "language": p.language, "created_on": day(p.created_on), "signed_on": day(p.signed_on),
                       "notice_sent_on": day(p.notice_sent_on), "cure_date": day(p.cure_date),
                       "payment_method": p.payment_method, "autopay": p.autopay,
                       "covered": [{"claim": c, "service_date": d, "balance": format_cents(v)}
                                   for c, d, v in p.covered],
                       "consecutive_missed": p.consecutive_missed,
                       "follow_ups": [{"installment": f.installment, "due": day(f.due),
                                       "remaining": format_cents(f.remaining_cents), "remind_on": day(f.remind_on),
                                       "notice_on": day(f.notice_on)} for f in p.follow_ups],
                       "documents": [{"kind": d.kind, "language": d.language, "sha256": d.sha256,
                                      "created_at": d.created_at, "signed_on": day(d.signed_on)}
                                     for d in p.documents],
                       "tracker": tracker_json(p.tracker)} for p in view.plans],
            "promises": [{"id": p.id, "outcome": p.outcome, "created_on": day(p.created_on),
                          "tracker": tracker_json(p.tracker)} for p in view.promises]}
