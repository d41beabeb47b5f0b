"""Letters to patients, starting with the itemised statement: asked of the compliance engine first, produced in
the patient's language, kept in the vault with its hash and recorded as a letter contact; one or a whole view."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from collections_desktop.services.desk.accounts import AccountView, get_account
from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact, log_contact
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_by_number

KINDS = ("statement", "itemised_bill")
LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Letter:
    account: str
    kind: str
    language: str
    content: bytes
    sha256: str


@dataclass(frozen=True)
class Skipped:
    """An account left out of a batch, with the engine's reasons (codes) or why nothing was produced."""

    account: str
    reasons: tuple[str, ...]


def statement_pdf(workspace: Workspace, view: AccountView, lang: str, today: date, itemised: bool = False) -> bytes:
    from collections_desktop.documents.statement import StatementData, StatementVisit, build_statement

    number = view.number
    with workspace.reading() as session:
        account = account_by_number(session, number)
        services = letters_repo.service_descriptions(session, account.id) if account is not None else {}
        lines = letters_repo.service_lines(session, account.id) if account is not None and itemised else {}
    visits = tuple(StatementVisit(
        e.service_date, services.get(e.claim, ""), e.balance.billed_cents, e.balance.insurance_paid_cents,
        e.balance.contractual_cents + e.balance.insurance_adjusted_cents + e.balance.patient_adjusted_cents,
        e.balance.patient_paid_cents, e.balance.patient_balance_cents, e.balance.insurance_pending_cents > 0,
        tuple(lines.get(e.claim, ())))
        for e in sorted(view.encounters, key=lambda e: e.service_date))
    aging = tuple((bucket.value, cents) for bucket, cents in view.aging_cents.items() if cents)
    data = StatementData(current_policy(workspace).clinic, view.guarantor.name,
                         view.mailing_lines or view.address_lines, number, today, visits, view.patient_due_cents, aging)
    return build_statement(data, lang, itemised=itemised)


def prepare_letter(workspace: Workspace, number: str, kind: str = "statement", *, lang: str | None = None,
                   today: date | None = None) -> Letter:
    """The letter for one account, when the engine allows a letter today: produced, kept and recorded as sent
    (a letter contact, counted like any other). Refused with the engine's reasons otherwise."""
    if kind not in KINDS:
        raise UserError("unknown_letter", kind=kind, choices=", ".join(KINDS))
    today = today or date.today()
    view = get_account(workspace, number, as_of=today, seen_in="statement")
    # An itemised bill for an open dispute is its verification (F-11): never blocked, and the dispute records it.
    verifying = kind == "itemised_bill" and "dispute" in view.flags
    check = can_contact(workspace, number, "letter")
    if not check.decision.allowed and not verifying:
        raise UserError("letter_blocked", account=number,
                        reasons=tuple(r.code for r in check.decision.reasons if not r.warning))
    if not current_policy(workspace).clinic.get("address", "").strip():
        raise UserError("letter_needs_clinic")
    language = lang or view.guarantor.preferred_language
    language = language if language in LANGUAGES else "en"
    content = statement_pdf(workspace, view, language, today, itemised=kind == "itemised_bill")
    sent = log_contact(workspace, number, "letter", "VERIFICATION_SENT" if verifying else "SENT", note=kind)
    if verifying:
        from collections_desktop.services.outreach.holds import update_hold

        update_hold(workspace, number, "dispute", {"verification_sent_on": today}, "itemised bill sent")
    with workspace.transaction() as session:
        account = account_by_number(session, number)
        if account is None:
            raise UserError("account_not_found", account=number)
        letters_repo.keep_document(session, account.id, kind, language, content, sent.event_id)
        workspace.audit(session, "letter.produced", "account", number,
                        {"kind": kind, "lang": language, "sha256": hashlib.sha256(content).hexdigest()})
    return Letter(number, kind, language, content, hashlib.sha256(content).hexdigest())


def prepare_letters(workspace: Workspace, view: str, kind: str = "statement", *, lang: str | None = None,
                    today: date | None = None, numbers: list[str] | None = None, ids: list[int] | None = None,
                    progress: Callable[[int], None] | None = None) -> tuple[list[Letter], list[Skipped]]:
    """A letter for each account of a worklist view (or of `numbers`, or of the account `ids` a list shows);
    accounts the engine blocks are skipped with its reasons. `progress(n)` hears how many are done."""
    if numbers is None:
        chosen = ids if ids is not None else ids_for(workspace, view, rank=False)
        numbers = [row.account for row in rows_for(workspace, chosen)]
    made, skipped = [], []
    for done, number in enumerate(numbers, start=1):
        if progress is not None:
            progress(done)
        try:
            made.append(prepare_letter(workspace, number, kind, lang=lang, today=today))
        except UserError as refused:
            if refused.code != "letter_blocked":
                raise
            reasons = refused.params["reasons"]
            skipped.append(Skipped(number, tuple(reasons) if isinstance(reasons, tuple) else (str(reasons),)))
    return made, skipped


def write_letters(folder: Path, kind: str, today: date, made: list[Letter]) -> list[Path]:
    """[one file to print them all, then one file per letter], each written whole or not at all."""
    import io

    from pypdf import PdfReader, PdfWriter

    from collections_desktop.atomic import atomic_write_bytes

    print_file = folder / f"{kind}s-{today.isoformat()}.pdf"
    if not made:
        return [print_file]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        combined, files = PdfWriter(), []
        for letter in made:
            path = folder / f"{kind}-{letter.account}.pdf"
            atomic_write_bytes(path, letter.content)
            files.append(path)
            combined.append(PdfReader(io.BytesIO(letter.content)))
        buffer = io.BytesIO()
        combined.write(buffer)
        atomic_write_bytes(print_file, buffer.getvalue())
    except OSError as exc:
        raise UserError("cannot_write", path=str(folder), reason=exc.strerror or str(exc)) from None
    return [print_file, *files]


@dataclass(frozen=True)
class Batch:
    """What a batch produced: the letters, the accounts left out, and the files written."""

    letters: list[Letter]
    skipped: list[Skipped]
    files: list[Path]


def prepare_batch(workspace: Workspace, folder: Path, kind: str = "statement", *, ids: list[int],
                  progress: Callable[[int], None] | None = None) -> Batch:
    """The window's batch: letters for the accounts listed, written to `folder`."""
    today = date.today()
    made, skipped = prepare_letters(workspace, "all", kind, today=today, ids=ids, progress=progress)
    return Batch(made, skipped, write_letters(folder, kind, today, made))
