"""Import reports for the terminal and as JSON, in English or Spanish."""

from __future__ import annotations

from collections_desktop.cli.safe import echo
from collections_desktop.domain.money import format_cents, format_display
from collections_desktop.services.imports.imports import ImportReport
from collections_desktop.words import say


def problem_json(problem, lang: str) -> dict:  # noqa: ANN001
    return {"where": problem.where, "severity": problem.severity, "code": problem.code,
            "message": say(problem.code, lang, **problem.params)}


def import_json(report: ImportReport, lang: str) -> dict:
    formats = sorted(set(report.formats))
    return {
        "applied": report.applied,
        "dry_run": report.dry_run,
        "format": formats[0] if len(formats) == 1 else formats,
        "counts": report.counts,
        "problems": [problem_json(p, lang) for p in report.problems],
        "changes": [
            {"account": c.account, "patient_due_before": format_cents(c.patient_due_before),
             "patient_due_after": format_cents(c.patient_due_after), "new_account": c.created,
             "paid_off": c.paid_off}
            for c in report.changes
        ],
        "changes_total": report.changes_total,
        "claims_now_patient_due": report.claims_now_patient_due,
        "already_imported": report.already_imported,
        "denied": report.denied,
        "predeterminations": report.predeterminations,
    }


def print_import(report: ImportReport, lang: str) -> None:
    for problem in report.problems:
        echo(f"{problem.where}: {problem.severity}: {say(problem.code, lang, **problem.params)}")
    if report.already_imported:
        echo(say("already_imported", lang, files=", ".join(report.already_imported)))
    errors = any(p.severity == "error" for p in report.problems)
    verb = "verb_dry_run" if report.dry_run else ("verb_applied" if report.applied else "verb_rejected")
    if report.applied or report.dry_run or errors:
        echo(say("import_summary", lang, verb=say(verb, lang), **report.counts))
        if report.counts.get("answers"):
            echo(say("answers_imported", lang, count=report.counts["answers"]))
        if report.counts.get("agency_returns"):
            echo(say("agency_returns_imported", lang, count=report.counts["agency_returns"]))
    shown = report.changes[:200]
    for change in shown:
        note = say("note_new", lang) if change.created else (say("note_paid_off", lang) if change.paid_off else "")
        echo(say("balance_change", lang, account=change.account, before=format_display(change.patient_due_before),
                  after=format_display(change.patient_due_after), note=note))
    if report.changes_total > len(shown):
        echo(say("more_changes", lang, count=report.changes_total - len(shown)))
    if report.claims_now_patient_due:
        echo(say("now_patient_due", lang, claims=", ".join(report.claims_now_patient_due)))
    if report.denied:
        echo(say("claims_denied", lang, claims=", ".join(report.denied)))
    if report.predeterminations:
        echo(say("claims_predetermined", lang, claims=", ".join(report.predeterminations)))


def print_decision_result(result, lang: str) -> None:  # noqa: ANN001 - services.remit_decisions.Decision
    echo(say("claim_decided", lang, claim=result.claim, account=result.account,
              after=format_display(result.patient_due_after_cents)))


def decision_json(decision, lang: str) -> dict:  # noqa: ANN001
    """The engine's answer with each reason as its code, parameters and words in `lang`."""
    def words(r) -> str:  # noqa: ANN001
        return say(r.code, lang, **dict(r.params))

    return {
        "allowed": decision.allowed,
        "reasons": [{**r.as_dict(), "message": words(r)} for r in decision.reasons],
        "next_allowed_at": decision.next_allowed_at.isoformat() if decision.next_allowed_at else None,
        "local_windows": [{"zone": w.zone, "source": w.source, "opens": w.opens_local.isoformat(),
                           "closes": w.closes_local.isoformat()} for w in decision.local_windows],
        "counters": {"calls_7_days": decision.counters.calls_7_days, "calls_today": decision.counters.calls_today,
                     "last_conversation": decision.counters.last_conversation.isoformat()
                     if decision.counters.last_conversation else None},
        "script": decision.script,
        "voicemail_script": decision.voicemail_script,
    }


def print_decision(decision, lang: str) -> None:  # noqa: ANN001
    echo(say("allowed_now" if decision.allowed else "blocked_now", lang))
    for r in decision.reasons:
        echo(f"  - {say(r.code, lang, **dict(r.params))}")
    if not decision.allowed and decision.next_allowed_at:
        echo(say("next_allowed", lang, when=decision.next_allowed_at.isoformat(timespec="minutes")))
