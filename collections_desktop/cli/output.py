"""JSON shapes of the command line's `--json` output: money as two-decimal strings, dates as ISO text."""

from __future__ import annotations

from collections_desktop.domain.aging import BUCKET_ORDER
from collections_desktop.domain.money import format_cents
from collections_desktop.services.desk.accounts import AccountView, WorklistRow
from collections_desktop.services.desk.desk_rows import DeskRow
from collections_desktop.services.desk.row_why import why


def account_json(view: AccountView) -> dict:
    g = view.guarantor
    return {
        "account": view.number,
        "as_of": view.as_of.isoformat(),
        "guarantor": {
            "name": g.name,
            "birth_date": g.birth_date.isoformat() if g.birth_date else None,
            "preferred_language": g.preferred_language,
            "state": view.state,
            "zip": view.zip,
        },
        "patients": [
            {"name": m.name, "relationship": m.relationship,
             "birth_date": m.birth_date.isoformat() if m.birth_date else None}
            for m in view.members if m.role == "patient"
        ],
        "phones": [{"number": p.number, "type": p.kind, "consent_to_text": p.consent_to_text}
                   for p in view.phones],
        "emails": list(view.emails),
        "balance": {
            "patient_due": format_cents(view.patient_due_cents),
            "insurance_pending": format_cents(view.insurance_pending_cents),
        },
        "aging": {b.value: format_cents(view.aging_cents[b]) for b in BUCKET_ORDER},
        "encounters": [
            {
                "claim": e.claim,
                "service_date": e.service_date.isoformat(),
                "patient": e.patient_name,
                "payer": e.payer,
                "billed": format_cents(e.balance.billed_cents),
                "allowed": format_cents(e.allowed_cents),
                "insurance_paid": format_cents(e.balance.insurance_paid_cents),
                "contractual": format_cents(e.balance.contractual_cents),
                "deductible": format_cents(e.deductible_cents),
                "coinsurance": format_cents(e.coinsurance_cents),
                "copay": format_cents(e.copay_cents),
                "noncovered": format_cents(e.noncovered_cents),
                "other_patient_responsibility": format_cents(e.other_patient_cents),
                "patient_paid": format_cents(e.balance.patient_paid_cents),
                "patient_adjusted": format_cents(e.balance.patient_adjusted_cents),
                "patient_balance": format_cents(e.balance.patient_balance_cents),
                "insurance_pending": format_cents(e.balance.insurance_pending_cents),
                "reason_codes": list(e.reason_codes),
                "remark_codes": list(e.remark_codes),
                "status": e.status,
                "awaiting_decision": e.awaiting_decision or None,
                "remittance_issue": e.balance_issue or None,
            }
            for e in view.encounters
        ],
        "flags": list(view.flags),
        "holds": {kind: details for kind, details in view.hold_details.items()},
        "open_handoffs": [{"claim": h.claim, "team": h.team, "reason": h.reason,
                           "since": h.since.strftime("%Y-%m-%dT%H:%M:%SZ"), "days": h.days} for h in view.handoffs],
    }


def worklist_json(rows: list[WorklistRow], desk: dict[int, DeskRow] | None = None, *,
                  team_first: bool = False) -> dict:
    """The rows; with `desk` (the window's rows of the same accounts) also the next action, why as a code with
    its details, and whether the guarantor may be called now (or from when)."""
    desk = desk or {}

    def reasons(row: WorklistRow) -> dict:
        line = desk.get(row.account_id)
        if line is None:
            return {}
        reason = why(line, team_first=team_first)
        return {"next_action": reason.action, "why": reason.reason or None,
                **{k: format_cents(int(str(v))) if k == "cents" else v for k, v in reason.params.items()},
                "callable_now": line.callable_now,
                "next_callable_at": line.next_callable_at.isoformat() if line.next_callable_at else None}

    return {
        "rows": [
            {
                "account": r.account,
                "guarantor": r.guarantor,
                "patient_due": format_cents(r.patient_due_cents),
                "insurance_pending": format_cents(r.insurance_pending_cents),
                "oldest_aging": r.oldest_bucket.value if r.oldest_bucket else None,
                **reasons(r),
            }
            for r in rows
        ]
    }
