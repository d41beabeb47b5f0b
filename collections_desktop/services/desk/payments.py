"""Recording a patient payment: applied oldest visit first, never a card number, audited in one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from collections_desktop.domain.flags import PaymentMethod
from collections_desktop.domain.ledger import EntryKind, spread_oldest_first
from collections_desktop.domain.moments import day_problem
from collections_desktop.domain.money import MoneyError, format_cents, format_display, to_cents
from collections_desktop.services.errors import UserError, cents_typed
from collections_desktop.services.plans.plan_policy import backdate_limit, current_policy, policy_at
from collections_desktop.services.workspace import Workspace
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.balances import encounter_balances, refresh_accounts
from collections_desktop.storage.contacts_repo import account_by_number, patient_paid_by_visit
from collections_desktop.storage.models import LedgerEntryRow
from collections_desktop.storage.types import utc_now

# PCI DSS: a run of 13-19 digits (spaces or dashes allowed) looks like a card number and is refused.
CARD_NUMBER = re.compile(r"(?:\d[ -]?){13,19}")


@dataclass(frozen=True)
class PaymentResult:
    account: str
    amount_cents: int
    method: str
    reference: str
    paid_on: date
    applied: tuple[tuple[str, int], ...]  # (claim, cents) oldest visit first
    balance_before_cents: int
    balance_after_cents: int
    overpaid_cents: int


def record_payment(workspace: Workspace, number: str, amount: str | Decimal, method: str, *,
                   reference: str = "", paid_on: date | None = None, allow_overpayment: bool = False,
                   receipt_to: Path | None = None, backdate_reason: str = "",
                   today: date | None = None, seen_due_cents: int | None = None) -> PaymentResult:
    """Posts a payment to the account's visits, oldest balance first; an overpayment needs `allow_overpayment`.

    A payment is dated today or earlier (one expected later is a promise or a plan installment); dated further
    back than the limit, it needs `backdate_reason`, which the audit keeps. `today` is the clock (tests and
    replays give it). With `receipt_to`, the receipt PDF is written there before the payment is committed: the
    payment and its receipt are recorded together or not at all (a retry after a failed receipt never pays
    twice). `seen_due_cents`: the balance the specialist was looking at; when the account's is no longer that
    (another desk, or an import, changed it first) the payment is refused saying who did what and when, and
    the balance now, so nothing is taken against a figure that is gone.
    """
    clock = today or date.today()
    when = paid_on or clock
    limit = backdate_limit(workspace)
    problem = day_problem(when, clock, backdate_reason, limit_days=limit)
    if problem is not None:
        raise UserError(problem, at=when.isoformat(), days=limit)
    written: list[Path] = []
    try:
        return _record_payment(workspace, number, amount, method, reference,
                               (when, clock, backdate_reason.strip(), limit),
                               allow_overpayment, receipt_to, written, seen_due_cents)
    except BaseException:
        for path in written:  # the receipt of a payment that was not committed
            path.unlink(missing_ok=True)
        raise


def _record_payment(workspace: Workspace, number: str, amount: str | Decimal, method: str, reference: str,
                    dated: tuple[date, date, str, int], allow_overpayment: bool, receipt_to: Path | None,
                    written: list[Path], seen_due_cents: int | None = None) -> PaymentResult:
    try:
        cents = to_cents(amount if isinstance(amount, Decimal) else str(amount))
    except MoneyError:
        raise UserError("bad_amount", field="amount", value=str(amount)[:20]) from None
    if cents <= 0:
        raise UserError("amount_not_positive")
    try:
        kind = PaymentMethod(method.lower())
    except ValueError:
        raise UserError("unknown_method", method=method, choices=", ".join(m.value for m in PaymentMethod)) from None
    if CARD_NUMBER.search(reference):
        raise UserError("card_number_refused")
    workspace.refuse_real_data(reference)
    when, clock, reason, limit = dated
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip(), for_update=True)
        if account is None:
            raise UserError("account_not_found", account=number)
        if seen_due_cents is not None and seen_due_cents != account.patient_due_cents:
            raise changed_first(session, account.number, account.patient_due_cents)
        pairs = sorted(encounter_balances(session, account.id), key=lambda p: (p[0].service_date, p[0].id))
        before = account.patient_due_cents
        if cents > max(before, 0) and not allow_overpayment:
            raise UserError("overpayment", amount=format_cents(cents), due=format_cents(max(before, 0)))
        if not pairs:
            raise UserError("nothing_to_pay", account=number)
        visits = {encounter.id: encounter for encounter, _balance in pairs}
        applied = [(visits[visit], share) for visit, share in spread_oldest_first(
            cents, [(encounter.id, balance.patient_balance_cents) for encounter, balance in pairs])]
        remaining = cents - sum(share for _visit, share in applied)
        if remaining > 0:  # an overpayment sits as a credit on the latest visit
            applied.append((pairs[-1][0], remaining))
        for encounter, share in applied:
            session.add(LedgerEntryRow(account_id=account.id, encounter_id=encounter.id,
                                       kind=EntryKind.PATIENT_PAYMENT.value, amount_cents=share, posted_on=when,
                                       method=kind.value, reference=reference[:60], created_at=utc_now()))
        refresh_accounts(session, [account.id], when)
        after = account.patient_due_cents
        from collections_desktop.services.plans.plan_tracking import refresh_plans

        refresh_plans(workspace, session, max(when, clock), [account.id])
        backdated = (clock - when).days > limit
        if backdated:  # the reason is the specialist's text: kept as a note of the account, not in the audit
            notes_repo.add_note(session, account.id, reason, utc_now(), kind="backdated",
                                about=f"payment {when.isoformat()}")
        workspace.audit(session, "payment.recorded", "account", account.number,
                        {"cents": cents, "method": kind.value, "visits": len(applied), "paid_on": when.isoformat(),
                         "backdated": backdated})
        merged: dict[str, int] = {}
        for encounter, share in applied:
            merged[encounter.claim_id] = merged.get(encounter.claim_id, 0) + share
        result = PaymentResult(number, cents, kind.value, reference, when, tuple(merged.items()), before, after,
                               max(cents - max(before, 0), 0))
        if receipt_to is not None:
            g = contacts_repo.person(session, account.guarantor_id)
            name = " ".join(part for part in (g.first_name, g.middle_name, g.last_name) if part)
            clinic = policy_at(session).clinic
            _write_receipt(receipt_to, _receipt_bytes(result, name, g.preferred_language or "en", clinic))
            written.append(Path(receipt_to))
    return result


def changed_first(session, number: str, due_cents: int) -> UserError:  # noqa: ANN001 - a Session
    """The refusal when the account changed after the specialist looked: who last changed it, how, how long ago,
    and the balance now."""
    from collections_desktop.storage.audit import last_on

    row = last_on(session, "account", number)
    due = format_display(due_cents)
    if row is None:
        return UserError("account_changed", account=number, due=due, due_cents=due_cents)
    minutes = max(int((utc_now() - row.at).total_seconds() // 60), 0)
    return UserError(f"account_changed_{CHANGES.get(row.action, 'other')}", account=number, due=due,
                     due_cents=due_cents, who=row.actor, minutes=minutes)


# What the refusal can name of the last change (the others read "changed the account").
CHANGES = {"payment.recorded": "payment", "payment.returned": "returned", "hold.set": "hold",
           "hold.released": "hold", "hold.updated": "hold"}


def _write_receipt(target: Path, content: bytes) -> None:
    from collections_desktop.atomic import atomic_write_bytes

    try:
        atomic_write_bytes(Path(target), content)
    except OSError as exc:
        raise UserError("cannot_write", path=str(target), reason=exc.strerror or "") from None


def _receipt_bytes(result: PaymentResult, payer_name: str, lang: str, clinic: dict[str, str]) -> bytes:
    from collections_desktop.documents.receipt import ReceiptData, build_receipt

    data = ReceiptData(clinic=clinic.get("doing_business_as") or clinic.get("legal_name", ""), payer_name=payer_name,
                       account=result.account, paid_on=result.paid_on, amount_cents=result.amount_cents,
                       method=result.method, reference=result.reference, applied=result.applied,
                       balance_after_cents=result.balance_after_cents, clinic_address=clinic.get("address", ""),
                       clinic_phone=clinic.get("phone", ""))
    return build_receipt(data, lang)


def receipt_pdf(workspace: Workspace, result: PaymentResult, *, lang: str | None = None) -> bytes:
    """The receipt for a recorded payment, in the guarantor's language unless `lang` is given, headed with the
    clinic's name, address and phone from its policy."""
    from collections_desktop.services.desk.accounts import get_account

    view = get_account(workspace, result.account, seen_in="receipt")
    clinic = current_policy(workspace).clinic
    return _receipt_bytes(result, view.guarantor.name, lang or view.guarantor.preferred_language or "en", clinic)


def record_returned_payment(workspace: Workspace, number: str, amount: str, *, returned_on: date | None = None,
                            reference: str = "") -> int:
    """A payment the bank or card network sent back (NSF, chargeback): a reversal on the latest paid visit."""
    cents = cents_typed(amount, positive=True)
    if CARD_NUMBER.search(reference):
        raise UserError("card_number_refused")
    when = returned_on or date.today()
    with workspace.transaction() as session:
        account = account_by_number(session, number.strip(), for_update=True)
        if account is None:
            raise UserError("account_not_found", account=number)
        visits = [e for e, _b in encounter_balances(session, account.id)]
        by_visit = patient_paid_by_visit(session, [e.id for e in visits])
        paid = [(e, by_visit.get(e.id, 0)) for e in visits]
        paid = [(e, c) for e, c in paid if c > 0]
        if sum(c for _e, c in paid) < cents:
            raise UserError("return_exceeds_payments", amount=format_cents(cents))
        remaining = cents
        for encounter, total in sorted(paid, key=lambda p: (p[0].service_date, p[0].id), reverse=True):
            share = min(total, remaining)
            session.add(LedgerEntryRow(account_id=account.id, encounter_id=encounter.id,
                                       kind=EntryKind.PATIENT_PAYMENT.value, amount_cents=-share, posted_on=when,
                                       method="returned", reference=reference[:60], created_at=utc_now()))
            remaining -= share
            if remaining == 0:
                break
        refresh_accounts(session, [account.id], when)
        from collections_desktop.services.plans.plan_tracking import refresh_plans

        refresh_plans(workspace, session, max(when, date.today()), [account.id])
        workspace.audit(session, "payment.returned", "account", account.number, {"cents": cents})
        return account.patient_due_cents
