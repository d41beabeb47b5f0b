"""The escalation ladder of an account: where it stands, what stops its next step (each gate with its rule), and
taking that step (the letter produced, the supervisor's review recorded, the account approved for an agency),
refused with the reasons while a gate is closed; every step audited and on the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from collections_desktop.domain.escalation.gates import LadderFacts
from collections_desktop.domain.escalation.ladder import LadderPolicy, Position, position
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.agency import approve_for_agency
from collections_desktop.services.outreach.escalation_status import facts_by_account
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.plans.plans import account_facts
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import escalation_reads
from collections_desktop.storage.contacts_repo import account_by_number

# The letter each letter step produces.
LETTER_OF_STEP = {"statement_1": "statement", "statement_2": "statement", "final_notice": "final_notice"}


@dataclass(frozen=True)
class Ladder:
    account: str
    position: Position
    is_501r: bool


@dataclass(frozen=True)
class StepTaken:
    account: str
    step: str
    letter_file: Path | None = None


def _facts(session, number: str, today: date, rules: LadderPolicy) -> LadderFacts:  # noqa: ANN001
    """The account's facts, read as every account's are for the views (one place, so the two never differ)."""
    account = account_by_number(session, number.strip())
    if account is None:
        raise UserError("account_not_found", account=number)
    return next(facts_by_account(session, today, [account.id], rules))[1]


def ladder(workspace: Workspace, number: str, today: date | None = None) -> Ladder:
    """Where the account stands on the clinic's ladder today (reads only)."""
    today = today or date.today()
    policy = current_policy(workspace)
    rules = policy.ladder()
    with workspace.reading() as session:
        facts = _facts(session, number, today, rules)
    return Ladder(number, position(rules, facts, is_501r=policy.is_501r_facility), policy.is_501r_facility)


def time_barred_since(workspace: Workspace, number: str, today: date | None = None) -> date | None:
    """The day the account's debt became time-barred in the patient's state (F-17); None when it has not, or
    when the clinic keeps no limitations table."""
    from collections_desktop.domain.escalation.credit import barred_since

    rules = current_policy(workspace).ladder()
    if not rules.limitation_years:
        return None
    today = today or date.today()
    with workspace.reading() as session:
        return barred_since(_facts(session, number, today, rules), rules)


def escalate(workspace: Workspace, number: str, step: str, *, note: str = "", out: Path | None = None,
             today: date | None = None) -> StepTaken:
    """Takes the account's next step when every gate is open: the letter step writes its letter (kept, recorded
    as sent; to `out` too when given), the review is recorded with its note, placement approves the account
    for the agency. Refused with the gates' codes otherwise, or when `step` is not the next one."""
    today = today or date.today()
    where = ladder(workspace, number, today).position
    if where.next_step != step:
        raise UserError("escalation_not_next", account=number, step=step,
                        next=where.next_step or "escalation_done")
    if where.gates:
        raise UserError("escalation_refused", account=number, reasons=tuple(g.code for g in where.gates))
    if step in LETTER_OF_STEP:
        from collections_desktop.services.desk.files_out import make_folder, write_file
        from collections_desktop.services.outreach.letters import prepare_letter

        letter = prepare_letter(workspace, number, LETTER_OF_STEP[step], today=today)
        written = None
        if out is not None:
            make_folder(out)
            written = write_file(out / f"{letter.kind}-{number}.pdf", letter.content)
        return StepTaken(number, step, written)
    if step == "agency_placement":
        approve_for_agency(workspace, number, note, today=today)
        return StepTaken(number, step)
    workspace.refuse_real_data(note)
    with workspace.transaction() as session:
        account = account_facts(session, number).account
        escalation_reads.record_step(session, account.id, step, today, note.strip())
        workspace.audit(session, "escalation.step", "account", number, {"step": step, "note": bool(note.strip())})
    return StepTaken(number, step)
