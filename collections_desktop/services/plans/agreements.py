"""The plan agreement: assembled from the vault, kept inside it exactly as handed over, saved, printed or e-mailed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from collections_desktop.documents.agreement_data import (
    AgreementData,
    AgreementIncompleteError,
    Autopay,
    Covered,
    FollowUpTerms,
)
from collections_desktop.domain.plans.lifecycle import PlanState
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans.plan_policy import policy_at
from collections_desktop.services.plans.plans import account_facts, move_plan
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage.contacts_repo import first_address, first_email, members
from collections_desktop.storage.models import Account
from collections_desktop.storage.plan_models import PaymentPlanRow, PlanDocumentRow
from collections_desktop.storage.plans_repo import latest_document, open_plan, plans_of, schedules
from collections_desktop.storage.types import utc_now

ADULT_YEARS = 18
USES = ("saved", "printed", "emailed")


@dataclass(frozen=True)
class AgreementFile:
    plan_id: int
    languages: tuple[str, ...]
    content: bytes
    sha256: str
    email: str  # the guarantor's address on file, for an e-mail draft ("" when none)


def agreement_languages(choice: str | None, preferred: str) -> tuple[str, ...]:
    """en, es or both; by default the patient's language, with English alongside Spanish (P-07)."""
    choice = choice or ("both" if preferred == "es" else "en")
    if choice not in ("en", "es", "both"):
        raise UserError("agreement_unknown_language", lang=choice)
    return ("es", "en") if choice == "both" else (choice,)


def produce_agreement(workspace: Workspace, number: str, lang: str | None = None) -> AgreementFile:
    """The agreement for the account's open plan, kept in the vault with its hash; a draft now awaits signature.

    A plan already signed gets back the stored PDF it was signed on, byte for byte."""
    with workspace.transaction() as session:
        facts = account_facts(session, number)
        plan = open_plan(session, facts.account.id) or _latest(session, facts.account)
        languages = agreement_languages(lang, plan.language)
        key = "+".join(languages)
        stored = latest_document(session, plan.id, "agreement", key)
        if stored is not None and plan.state not in (PlanState.DRAFT, PlanState.AWAITING_SIGNATURE):
            content = stored.content
        else:
            from collections_desktop.documents.agreement import build_agreement  # reportlab: loaded when needed

            try:
                content = build_agreement(_data(session, plan, facts), languages)
            except AgreementIncompleteError as exc:
                raise UserError("agreement_missing_fields", fields=", ".join(exc.fields)) from None
            digest = hashlib.sha256(content).hexdigest()
            if stored is None or stored.sha256 != digest:
                session.add(PlanDocumentRow(plan_id=plan.id, kind="agreement", language=key, content=content,
                                            sha256=digest, created_at=utc_now()))
            if plan.state == PlanState.DRAFT:
                move_plan(plan, PlanState.AWAITING_SIGNATURE)
        digest = hashlib.sha256(content).hexdigest()
        workspace.audit(session, "agreement.produced", "payment_plan", str(plan.id), {"lang": key, "sha256": digest})
        email = first_email(session, facts.account.guarantor_id)
        return AgreementFile(plan.id, languages, content, digest, email)


def record_use(workspace: Workspace, plan_id: int, use: str, sha256: str) -> None:
    """Audits that the agreement left the vault: saved as a file, printed or put in an e-mail draft."""
    if use not in USES:
        raise ValueError(use)
    with workspace.transaction() as session:
        workspace.audit(session, f"agreement.{use}", "payment_plan", str(plan_id), {"sha256": sha256})


def agreement_email(workspace: Workspace, number: str, made: AgreementFile, *, record: bool = False) -> bytes:
    """An unsent e-mail to the guarantor, in the agreement's first language, with the PDF attached; with `record`
    (the window hands it to the mail client itself) its leaving the vault is audited once it is built."""
    from collections_desktop.documents.email_draft import agreement_email as draft
    from collections_desktop.services.desk.accounts import get_account

    if not made.email:
        raise UserError("agreement_no_email", account=number)
    with workspace.reading() as session:
        clinic = policy_at(session).clinic
    view = get_account(workspace, number, seen_in="agreement")
    eml = draft(to=made.email, sender="", name=view.guarantor.name, account=view.number, clinic=clinic,
                lang=made.languages[0], pdf=made.content)
    if record:
        record_use(workspace, made.plan_id, "emailed", made.sha256)
    return eml


def _latest(session: Session, account: Account) -> PaymentPlanRow:
    plans = plans_of(session, account.id)
    if not plans:
        raise UserError("plan_none_open", account=account.number)
    return plans[-1]


def _data(session: Session, plan: PaymentPlanRow, facts) -> AgreementData:  # noqa: ANN001
    statement_date = plan.created_at.date()  # fixed, so the same plan always prints the same bytes
    terms, clinic = policy_at(session, plan.policy_version), policy_at(session).clinic
    people = members(session, [facts.account.id])
    patients = [p for m, p in people if m.role == "patient"]
    minors = [p for p in patients if p.birth_date and _age(p.birth_date, statement_date) < ADULT_YEARS]
    guarantor, name, where = guarantor_details(session, facts.account.id)
    return AgreementData(
        clinic=dict(clinic), account=facts.account.number, plan_version=plan.version_no, guarantor_name=name,
        guarantor_birth_date=guarantor.birth_date, guarantor_address=where,
        patients=tuple(f"{p.first_name} {p.last_name}" for p in patients),
        minor_signer=name if minors else "", statement_date=statement_date,
        covered=tuple(Covered(c, date.fromisoformat(d), cents) for c, d, cents in json.loads(plan.covered)),
        total_cents=plan.balance_cents, schedule=tuple(schedules(session, [plan.id])[plan.id]),
        frequency=plan.frequency, payment_method=plan.payment_method,
        follow_up=FollowUpTerms(terms.grace_days, terms.reminder_day, terms.notice_day, terms.cure_days,
                                terms.default_consecutive_missed, terms.default_days_after_notice),
        preferred_language=plan.language,
        autopay=(Autopay(plan.autopay_token, plan.autopay_authorized_on)
                 if plan.autopay and plan.autopay_authorized_on is not None else None),
        assistance_decision="pending" if "financial_assistance_pending" in facts.flags else "")


def guarantor_details(session: Session, account_id: int) -> tuple:
    """(person, full name, one-line mailing address) of the account's guarantor."""
    guarantor = next(p for m, p in members(session, [account_id]) if m.role == "guarantor")
    address = first_address(session, guarantor.id)
    where = ""
    if address is not None:
        street = ", ".join(x for x in (address.line1, address.line2) if x)
        where = f"{street}, {address.city}, {address.state} {address.zip}"
    name = " ".join(x for x in (guarantor.first_name, guarantor.middle_name, guarantor.last_name) if x)
    return guarantor, name, where


def notice_pdf(workspace: Workspace, number: str) -> bytes:
    """The last written notice kept for the account's open plan, exactly as sent."""
    with workspace.reading() as session:
        facts = account_facts(session, number)
        plan = open_plan(session, facts.account.id) or _latest(session, facts.account)
        row = latest_document(session, plan.id, "notice")
        if row is None:
            raise UserError("plan_no_notice", account=number)
        return row.content


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
