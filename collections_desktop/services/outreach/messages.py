"""E-mail and portal messages from templates per situation: filled from the account and the clinic's policy,
checked by the content linter, asked of the compliance engine, handed over (an .eml draft for the mail client, a
folder to copy into the portal) and recorded as a contact with its template, language and attachments."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from collections_desktop.domain.compliance.content import OPT_OUT_TOKEN, lint_email, lint_threats
from collections_desktop.resources import template
from collections_desktop.services.desk.accounts import get_account
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact, log_contact
from collections_desktop.services.outreach.scripts import OPT_OUT_EMAIL
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_by_number

SITUATIONS = ("balance_reminder", "statement_ready", "plan_confirmation", "installment_reminder",
              "missed_installment", "promise_reminder", "receipt", "financial_assistance", "dispute_acknowledgement",
              "itemised_bill_ready", "final_notice")
ATTACHABLE = ("statement", "itemised_bill")
# Situations that answer a dispute (F-11) rather than collect: sent even while the dispute holds collection.
ANSWERS = frozenset({"dispute_acknowledgement", "itemised_bill_ready"})


@dataclass(frozen=True)
class Message:
    account: str
    situation: str
    language: str
    subject: str
    body: str
    to: str
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (kind, file name, PDF)
    disputed: bool = False  # the account has an open dispute (its answers pass the hold)
    email_cautions: tuple[str, ...] = ()  # the engine's warnings for e-mailing the address (a work address, F-13)


@cache
def _templates(lang: str) -> dict:
    return tomllib.loads(template(lang, "messages").read_text("utf-8"))


def template_problems(lang: str) -> dict[str, list[str]]:
    """Each situation's linter findings (codes) in `lang`: none for a template fit to send."""
    return {name: [r.code for r in lint_email(t["subject"], t["body"])] for name, t in _templates(lang).items()}


def compose(workspace: Workspace, number: str, situation: str, *, lang: str | None = None, agent: str = "",
            attach: tuple[str, ...] = ()) -> Message:
    """The message in the patient's language (or `lang`), its attachments produced now."""
    if situation not in SITUATIONS:
        raise UserError("unknown_message", template=situation, choices=", ".join(SITUATIONS))
    if not agent.strip():
        raise UserError("message_needs_agent")
    if any(kind not in ATTACHABLE for kind in attach):
        raise UserError("unknown_letter", kind=",".join(attach), choices=", ".join(ATTACHABLE))
    view = get_account(workspace, number, seen_in="message")
    language = lang or view.guarantor.preferred_language
    language = language if language in ("en", "es") else "en"
    clinic = current_policy(workspace).clinic
    from collections_desktop.documents.agreement_data import clinic_hours

    phone = clinic.get("phone", "")
    fill = {"name": view.guarantor.first_name, "agent": agent.strip(),
            "clinic": clinic.get("doing_business_as") or clinic.get("legal_name", ""), "phone": phone,
            "hours": clinic_hours(clinic, language)}
    words = _templates(language)[situation]
    body = words["body"].replace(OPT_OUT_TOKEN, OPT_OUT_EMAIL[language].replace("{callback}", phone))
    files = []
    for kind in attach:
        from collections_desktop.services.outreach.letters import statement_pdf

        files.append((kind, f"{kind}-{number}.pdf",
                      statement_pdf(workspace, view, language, date.today(), itemised=kind == "itemised_bill")))
    cautions = tuple(r.code for r in can_contact(workspace, number, "email").decision.reasons if r.warning) \
        if view.emails else ()
    subject, text = words["subject"].format(**fill), body.format(**fill)
    _refuse_threats(workspace, number, f"{subject}\n{text}")
    return Message(number, situation, language, subject, text,
                   view.emails[0] if view.emails else "", tuple(files), "dispute" in view.flags, cautions)


def _refuse_threats(workspace: Workspace, number: str, text: str) -> None:
    """The filled message checked again for this account: a threat, or a suit on a time-barred debt (F-17)."""
    from collections_desktop.services.outreach.escalation import time_barred_since

    problems = lint_threats(text, time_barred=time_barred_since(workspace, number) is not None)
    if problems:
        raise UserError("message_blocked", account=number, channel="email", reasons=tuple(r.code for r in problems))


def _allowed(workspace: Workspace, message: Message, channel: str, at: datetime | None) -> bool:
    """Whether the engine allows the channel at `at` (False: an answer to a dispute passing its hold); refused
    with the engine's reasons otherwise."""
    check = can_contact(workspace, message.account, channel, at=at)
    if not check.decision.allowed and not (message.situation in ANSWERS and message.disputed):
        raise UserError("message_blocked", account=message.account, channel=channel,
                        reasons=tuple(r.code for r in check.decision.reasons if not r.warning))
    return check.decision.allowed


def _record(workspace: Workspace, message: Message, channel: str, at: datetime | None) -> int:
    """Asks the engine for the channel at `at` (now by default; answers to a dispute pass its hold), records the
    contact and keeps the attachments."""
    allowed = _allowed(workspace, message, channel, at)
    note = f"{message.situation} ({message.language})" + "".join(f", {k}" for k, _n, _c in message.attachments)
    sent = log_contact(workspace, message.account, channel, "SENT", note=note, at=at, override=None if
                       allowed else f"answer to the patient: {message.situation}")
    with workspace.transaction() as session:
        account = account_by_number(session, message.account)
        if account is None:
            raise UserError("account_not_found", account=message.account)
        for kind, _name, content in message.attachments:
            letters_repo.keep_document(session, account.id, kind, message.language, content, sent.event_id)
        workspace.audit(session, "message.handed_over", "account", message.account,
                        {"channel": channel, "template": message.situation, "lang": message.language})
    return sent.event_id


def email_draft(workspace: Workspace, message: Message, out: Path, sender: str = "", *,
                at: datetime | None = None) -> Path:
    """The message as an unsent .eml for the mail client. Plain e-mail carries no attachment (H-07): the
    statement goes in the portal or by mail."""
    from collections_desktop.documents.email_draft import message_email
    from collections_desktop.services.desk.files_out import write_file

    if not message.to:
        raise UserError("message_no_email", account=message.account)
    if message.attachments:
        raise UserError("message_attachment_by_email")
    _record(workspace, message, "email", at)
    data = message_email(to=message.to, sender=sender, subject=message.subject, body=message.body,
                         lang=message.language)
    return write_file(out, data)


def for_portal(workspace: Workspace, message: Message, folder: Path, *, at: datetime | None = None,
               record: bool = True) -> list[Path]:
    """The message as text and its attachments in `folder`, to paste and upload into the patient portal. The
    engine is asked first; with `record` the contact is recorded now, else when the specialist confirms it went
    out (`portal_sent`)."""
    from collections_desktop.services.desk.files_out import make_folder, write_file

    if record:
        _record(workspace, message, "portal", at)
    else:
        _allowed(workspace, message, "portal", at)
    make_folder(folder)
    text = write_file(folder / f"message-{message.account}.txt", f"{message.subject}\n\n{message.body}\n".encode())
    return [text, *(write_file(folder / name, content) for _kind, name, content in message.attachments)]



def portal_sent(workspace: Workspace, message: Message, *, at: datetime | None = None) -> int:
    """The specialist sent the copied message in the portal: recorded as a portal contact now."""
    return _record(workspace, message, "portal", at)
