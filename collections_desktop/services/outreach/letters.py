"""Letters to patients (statements, itemised bills, the final and the validation notices): asked of the compliance
engine first, produced in the patient's language, kept in the vault with its hash and recorded as a letter
contact; one account or a whole view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from collections_desktop.services.desk.accounts import AccountView, get_account
from collections_desktop.services.desk.worklist import ids_for, rows_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach import notices
from collections_desktop.services.outreach.contacts import can_contact, log_contact
from collections_desktop.services.plans.plan_policy import current_policy
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_by_number

KINDS = ("statement", "itemised_bill", "final_notice", "validation_notice", "assistance_application")
LANGUAGES = ("en", "es")


def kinds_offered(workspace: Workspace) -> tuple[str, ...]:
    """The letters the clinic writes: every kind, the validation notice only when its policy asks for one."""
    policy = current_policy(workspace)
    return tuple(kind for kind in KINDS if kind != "validation_notice" or policy.validation_notice_required)


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


def statement_pdf(workspace: Workspace, view: AccountView, lang: str, today: date, itemised: bool = False,
                  clinic: dict[str, str] | None = None) -> bytes:
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
    data = StatementData(clinic if clinic is not None else current_policy(workspace).clinic, view.guarantor.name,
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
    if kind == "statement" and view.patient_due_cents <= 0:  # a batch mails no statement of nothing owed
        raise UserError("letter_blocked", account=number, reasons=("letter_nothing_owed",))
    check = can_contact(workspace, number, "letter")
    if not check.decision.allowed and not verifying:
        raise UserError("letter_blocked", account=number,
                        reasons=tuple(r.code for r in check.decision.reasons if not r.warning))
    policy = current_policy(workspace)
    clinic = policy.clinic
    if not clinic.get("address", "").strip():
        raise UserError("letter_needs_clinic")
    language = lang or view.guarantor.preferred_language
    language = language if language in LANGUAGES else "en"
    if kind == "final_notice":
        content = notices.final_notice_pdf(workspace, view, language, today, policy)
    elif kind == "validation_notice":
        content = notices.validation_notice_pdf(workspace, view, language, today, policy)
    elif kind == "assistance_application":
        content = notices.assistance_letter_pdf(workspace, view, language, today, policy)
    else:
        content = statement_pdf(workspace, view, language, today, itemised=kind == "itemised_bill", clinic=clinic)
    sent = log_contact(workspace, number, "letter", "VERIFICATION_SENT" if verifying else "SENT", note=kind)
    if verifying:
        from collections_desktop.services.outreach.holds import update_hold

        update_hold(workspace, number, "dispute", {"verification_sent_on": today}, "itemised bill sent")
    with workspace.transaction() as session:
        account = account_by_number(session, number)
        if account is None:
            raise UserError("account_not_found", account=number)
        kept = letters_repo.keep_document(session, account.id, kind, language, content, sent.event_id)
        workspace.audit(session, "letter.produced", "account", number,
                        {"kind": kind, "lang": language, "sha256": kept.sha256})
    return Letter(number, kind, language, content, kept.sha256)


def _numbers(workspace: Workspace, view: str, numbers: list[str] | None, ids: list[int] | None) -> list[str]:
    if numbers is not None:
        return numbers
    chosen = ids if ids is not None else ids_for(workspace, view, rank=False)
    return [row.account for row in rows_for(workspace, chosen)]


def _each(workspace: Workspace, numbers: list[str], kind: str, lang: str | None, today: date | None,
          progress: Callable[[int], None] | None) -> Iterator[Letter | Skipped]:
    """A letter, or why not, for each account in turn."""
    for done, number in enumerate(numbers, start=1):
        if progress is not None:
            progress(done)
        try:
            yield prepare_letter(workspace, number, kind, lang=lang, today=today)
        except UserError as refused:
            if refused.code != "letter_blocked":
                raise
            reasons = refused.params["reasons"]
            yield Skipped(number, tuple(reasons) if isinstance(reasons, tuple) else (str(reasons),))


def prepare_letters(workspace: Workspace, view: str, kind: str = "statement", *, lang: str | None = None,
                    today: date | None = None, numbers: list[str] | None = None, ids: list[int] | None = None,
                    progress: Callable[[int], None] | None = None) -> tuple[list[Letter], list[Skipped]]:
    """A letter for each account of a worklist view (or of `numbers`, or of the account `ids` a list shows),
    kept in memory; accounts the engine blocks are skipped with its reasons. `progress(n)` hears how many are
    done. A long batch goes to files as it is made: `write_batch`."""
    made: list[Letter] = []
    skipped: list[Skipped] = []
    for result in _each(workspace, _numbers(workspace, view, numbers, ids), kind, lang, today, progress):
        (made if isinstance(result, Letter) else skipped).append(result)  # type: ignore[arg-type]
    return made, skipped


@dataclass(frozen=True)
class Batch:
    """What a batch wrote: the letters (without their bytes), the accounts left out, the files to print (a
    file per PRINT_LETTERS letters) and one file per letter."""

    letters: list[Letter]
    skipped: list[Skipped]
    print_files: list[Path]
    files: list[Path]


# Letters per file to print: a long batch stays flat in memory, and a printer's queue takes each file whole.
PRINT_LETTERS = 200


def write_batch(workspace: Workspace, folder: Path, kind: str = "statement", *, view: str = "all",
                numbers: list[str] | None = None, ids: list[int] | None = None, lang: str | None = None,
                today: date | None = None, progress: Callable[[int], None] | None = None) -> Batch:
    """Letters for the accounts (a view, `numbers` or `ids`), each written to `folder` as it is made, with the
    files to print them (`kinds-DATE.pdf`, then `-2`, `-3`… past PRINT_LETTERS letters)."""
    import io

    from pypdf import PdfReader, PdfWriter

    from collections_desktop.services.desk.files_out import make_folder, write_file

    today = today or date.today()
    letters: list[Letter] = []
    skipped: list[Skipped] = []
    files: list[Path] = []
    print_files: list[Path] = []
    combined = PdfWriter()

    def flush() -> None:
        nonlocal combined
        part = len(print_files) + 1
        path = folder / (f"{kind}s-{today.isoformat()}.pdf" if part == 1 else f"{kind}s-{today.isoformat()}-{part}.pdf")
        buffer = io.BytesIO()
        combined.write(buffer)
        print_files.append(write_file(path, buffer.getvalue()))
        combined = PdfWriter()

    make_folder(folder)
    in_part = 0
    for result in _each(workspace, _numbers(workspace, view, numbers, ids), kind, lang, today, progress):
        if isinstance(result, Skipped):
            skipped.append(result)
            continue
        files.append(write_file(folder / f"{kind}-{result.account}.pdf", result.content))
        combined.append(PdfReader(io.BytesIO(result.content)))
        letters.append(Letter(result.account, result.kind, result.language, b"", result.sha256))
        in_part += 1
        if in_part == PRINT_LETTERS:
            flush()
            in_part = 0
    if in_part:
        flush()
    return Batch(letters, skipped, print_files, files)
