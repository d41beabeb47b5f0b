"""The notices among the letters: the final notice before escalation, the validation notice and the
financial-assistance application letter, each built from the account as the vault knows it today and refused,
with the reasons, when it may not go out."""

from __future__ import annotations

from datetime import date

from collections_desktop.domain.assistance.poverty import guideline_on, region_for
from collections_desktop.domain.ledger import EntryKind
from collections_desktop.domain.letters.final_notice import (
    ACTIONS,
    application_ends,
    final_notice_blocks,
    final_notice_deadline,
)
from collections_desktop.domain.letters.validation import itemisation_day, itemise, validation_period_end
from collections_desktop.domain.plans.policy import PlanPolicy
from collections_desktop.services.desk.accounts import AccountView
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.agency import placement_facts
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import assistance_repo, letters_repo
from collections_desktop.storage.contacts_repo import account_id as stored_account_id


def _account_id(session, number: str) -> int:  # noqa: ANN001
    found = stored_account_id(session, number)
    if found is None:
        raise UserError("account_not_found", account=number)
    return found


def final_notice_pdf(workspace: Workspace, view: AccountView, lang: str, today: date, policy: PlanPolicy) -> bytes:
    """The final notice for the account, or UserError("letter_blocked") with what stops it (a hold, a plan
    running, insurance open, nothing owed; at a 501(r) facility, no known first statement)."""
    from collections_desktop.documents.final_notice import FinalNoticeData, build_final_notice

    with workspace.reading() as session:
        account, facts = placement_facts(session, view.number, today)
        first = letters_repo.first_statement_on(session, account.id)
    blocks = final_notice_blocks(facts, is_501r=policy.is_501r_facility, first_statement=first)
    if blocks:
        raise UserError("letter_blocked", account=view.number, reasons=tuple(blocks))
    deadline = final_notice_deadline(today, policy.final_notice_days, is_501r=policy.is_501r_facility,
                                     first_statement=first)
    ends = application_ends(first) if policy.is_501r_facility and first is not None else None
    data = FinalNoticeData(policy.clinic, view.guarantor.name, view.mailing_lines or view.address_lines, view.number,
                           today, view.patient_due_cents, deadline, ACTIONS,
                           ends if ends is not None and ends >= today else None, policy.is_501r_facility)
    return build_final_notice(data, lang)


def validation_notice_pdf(workspace: Workspace, view: AccountView, lang: str, today: date,
                          policy: PlanPolicy) -> bytes:
    """The validation notice (with the English one after a Spanish one), when the clinic's policy asks for it
    or its collector role requires it; refused otherwise, and when nothing is owed."""
    from collections_desktop.documents.validation_notice import ValidationData, build_validation_notice

    if not policy.validation_notice_required:
        raise UserError("validation_notice_off")
    with workspace.reading() as session:
        account = _account_id(session, view.number)
        postings = letters_repo.patient_postings(session, account)
        last_statement = letters_repo.last_statement_on(session, account)
    charges = [day for kind, _c, day in postings if kind is EntryKind.CHARGE and day <= today]
    itemised = itemise((p for p in postings if p[2] <= today),
                       itemisation_day(last_statement, max(charges, default=None), today))
    if itemised.owed_now <= 0:
        raise UserError("letter_blocked", account=view.number, reasons=("agency_nothing_owed",))
    data = ValidationData(policy.clinic, policy.collector_role == "THIRD_PARTY", view.guarantor.name,
                          view.mailing_lines or view.address_lines, view.number, today,
                          validation_period_end(today), itemised)
    return build_validation_notice(data, lang)


def assistance_letter_pdf(workspace: Workspace, view: AccountView, lang: str, today: date,
                          policy: PlanPolicy) -> bytes:
    """The application letter: the clinic's scale in dollars with the guideline of the patient's state in force
    today, the documents it asks for, and (a 501(r) facility) the last day of the application period."""
    from collections_desktop.documents.assistance_letter import (
        HOUSEHOLDS,
        AssistanceLetterData,
        build_assistance_letter,
    )

    guideline = guideline_on(list(assistance_repo.guidelines()), region_for(view.state), today)
    with workspace.reading() as session:
        first = letters_repo.first_statement_on(session, _account_id(session, view.number))
    ends = application_ends(first) if policy.is_501r_facility and first is not None else None
    data = AssistanceLetterData(policy.clinic, view.guarantor.name, view.mailing_lines or view.address_lines,
                                view.number, today, guideline.year,
                                tuple(guideline.for_household(n) for n in HOUSEHOLDS), policy.assistance_tiers,
                                policy.assistance_documents, ends if ends is not None and ends >= today else None)
    return build_assistance_letter(data, lang)
