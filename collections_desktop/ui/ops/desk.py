"""The account on screen: opening it with its review and scripts, logging a contact, recording a payment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

from collections_desktop.domain.money import format_display
from collections_desktop.services.desk import accounts, files_out, leases, notes, payments, timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach import contacts, review, scripts
from collections_desktop.services.plans import plan_policy, plan_views
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.dialogs.contact import ContactDialog
from collections_desktop.ui.dialogs.note import NoteDialog
from collections_desktop.ui.dialogs.payment import PaymentDialog
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.compliance_text import reason_text, why_not_now
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import has_words, say
from collections_desktop.words.formats import clock as shown_time
from collections_desktop.words.formats import day as shown_day

HISTORY_SHOWN = 30  # the latest events in the pane; `history` on the command line pages through all


def contact_people(view: accounts.AccountView) -> list[tuple[str, str, bool]]:
    """The people a contact may be with, for the contact dialog: (key the service knows, label, may hear the
    balance), the guarantor first."""
    people = []
    for person in accounts.people_to_reach(view):
        relationship = say(f"relationship_{person.relationship}") \
            if has_words(f"relationship_{person.relationship}") else say("relationship_other")
        if person.role == "guarantor":
            label = say("person_guarantor", name=person.name)
        elif person.role == "patient":
            label = say("person_patient", name=person.name) if person.relationship == "self" \
                else say("person_patient_related", name=person.name, relationship=relationship)
        else:
            label = say("person_related", name=person.name, relationship=relationship)
        if not person.may_hear_balance:
            label = say("person_not_told", person=label)
        key = "guarantor" if person.role == "guarantor" else str(person.person_id)
        people.append((key, label, person.may_hear_balance))
    return people


def hold_contacts(view: accounts.AccountView) -> list[str]:
    """Where contact goes instead of the patient (the attorney, the estate), for the top of the script."""
    found = []
    for kind, detail in (("attorney", "attorney_contact"), ("deceased", "estate_contact")):
        contact = view.hold_details.get(kind, {}).get(detail)
        if contact:
            found.append(say(f"script_{detail}", contact=contact))
    return found


class AccountOps:
    """One service call per button of the account pane and its dialogs, results back on the GUI thread."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.contact_dialog: ContactDialog | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.note_dialog: NoteDialog | None = None
        self.last_payment: payments.PaymentResult | None = None

    def forget(self) -> None:
        """At lock: what the dialogs held goes with them."""
        for dialog in (self.contact_dialog, self.payment_dialog, self.note_dialog):
            if dialog is not None:
                dialog.reject()  # what was typed stays in memory only until the dialog goes
        self.contact_dialog = self.payment_dialog = self.note_dialog = None
        self.last_payment = None

    def take_next(self) -> None:
        """The team's shared queue: the next account of Today no one else has open, opened and held."""
        from collections_desktop.services.desk.leases import Lease, take_next

        def show(lease: Lease | None) -> None:
            if lease is None:
                text = QCoreApplication.translate("DeskOps", "Every account of Today is open with someone else on "
                                                             "the team.")
                self.ctx.window.statusBar().showMessage(text, 8000)
            else:
                self.open_account(lease.account)

        self.ctx.op(take_next).success(show).run()

    def open_account(self, number: str) -> None:
        ctx = self.ctx

        def load(workspace: Workspace) -> tuple[Any, ...]:
            try:
                check = contacts.can_contact(workspace, number, "phone")
            except UserError as error:
                if error.code != "no_contact_point":
                    raise
                check = None  # no phone on file: the account, its review and its scripts still show
            return (accounts.get_account(workspace, number), check,
                    review.accuracy_review(workspace, number), contacts.contact_points_now(workspace, number),
                    plan_views.account_plans(workspace, number), plan_policy.current_policy(workspace).clinic,
                    timeline.account_timeline(workspace, number, limit=HISTORY_SHOWN, seen_in=None),
                    leases.work_on(workspace, number))

        def show(result: tuple[Any, ...]) -> None:
            view, check, checklist, points, plans, clinic, history, lease = result
            ctx.current_view, ctx.clinic = view, clinic
            ctx.window.account.show_account(view, checklist, points, plans, history)
            ctx.window.scripts.show_pinned(hold_contacts(view) + [note.text for note in history.pinned])
            ctx.window.scripts.show_decision(check.decision if check is not None else None)
            ctx.window.scripts.set_patient_language(view.guarantor.preferred_language)
            self.show_script(*self.script_choice())
            if not lease.mine:  # team mode: someone else has it open
                text = QCoreApplication.translate("DeskOps", "%1 has this account open until %2.")
                ctx.window.statusBar().showMessage(text.replace("%1", lease.holder).replace(
                    "%2", shown_time(lease.expires_at.astimezone())), 15000)

        ctx.op(load).success(show).run()

    def show_history(self, kind: str, offset: int) -> None:
        """A page of the account's history, of one kind or all, in the pane."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return
        number = view.number
        kinds = (kind,) if kind else timeline.KINDS

        def show(page: timeline.Timeline) -> None:
            if ctx.current_view is not None and ctx.current_view.number == number:
                ctx.window.account.show_history(page, kind)

        ctx.op(lambda ws: timeline.account_timeline(ws, number, kinds=kinds, offset=offset, limit=HISTORY_SHOWN,
                                                    seen_in=None)).success(show).run()

    def script_choice(self) -> tuple[str, str]:
        panel = self.ctx.window.scripts
        return scripts.SITUATIONS[max(panel.situation.currentIndex(), 0)], panel.language

    def show_script(self, situation: str, language: str) -> None:
        view, clinic = self.ctx.current_view, self.ctx.clinic
        if view is None or self.ctx.workspace is None:
            return
        allowed, hold = scripts.allowed_situations(view)
        if situation not in allowed:  # only what may be said on this account (F-06, F-08, F-11, the stay)
            self.ctx.window.scripts.show_script(say("script_withheld_title"), say(f"script_withheld_{hold}"))
            return
        # What is not set yet says where to set it, rather than a bracketed placeholder.
        agent = str(QSettings().value("scripts/agent_name", "", str)) or QCoreApplication.translate(
            "DeskOps", "[your name: set it in Preferences]")
        unset = QCoreApplication.translate("DeskOps", "[the clinic's name: set it in Preferences]")
        script = scripts.fill(view, situation, language=language, agent=agent,
                              clinic=clinic.get("doing_business_as") or clinic.get("legal_name", "") or unset,
                              callback=clinic.get("phone", "") or QCoreApplication.translate(
                                  "DeskOps", "[the clinic's phone: set it in Preferences]"))
        self.ctx.window.scripts.show_script(script.title, script.text)

    def log_contact(self) -> ContactDialog | None:
        """Opens the contact dialog for the account on screen; saving asks the engine first."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = ContactDialog(number, ctx.window, people=contact_people(view),
                               reasons=contacts.reason_choices(ctx.workspace))
        self.contact_dialog = dialog

        def refused(error: UserError) -> None:
            if error.code == "contact_blocked":
                codes = error.params.get("reasons", ())
                dialog.set_blocked(", ".join(reason_text(str(c)) for c in codes if c) if isinstance(codes, tuple)
                                   else error_text(error))
            else:
                dialog.set_blocked(error_text(error))

        def save(channel: str, direction: str, outcome: str, note: str, override: str, extras: dict[str, Any]) -> None:
            ctx.op(lambda ws: contacts.log_contact(ws, number, channel, outcome, direction=direction, note=note,
                                                   person=extras["person"], reason=extras["reason"],
                                                   override=override or None, promise=extras["promise"],
                                                   follow_up=extras["follow_up"])) \
                .success(lambda _logged: dialog.accept()).failure(refused).refresh(number).run()

        def check(channel: str, person: str = "guarantor") -> None:
            def decided(decision: Any) -> None:  # noqa: ANN401 - a domain Decision
                if decision.allowed:
                    dialog.show_decision(QCoreApplication.translate("DeskOps", "Allowed now on this channel."), True)
                else:
                    dialog.show_decision(QCoreApplication.translate("DeskOps", "Not allowed now: %1")
                                         .replace("%1", why_not_now(decision)), False)

            # No address or number for this channel is said in the dialog, not in the status bar.
            ctx.op(lambda ws: contacts.can_contact(ws, number, channel, person=person).decision).success(decided) \
                .failure(lambda error: dialog.show_decision(error_text(error), False)).run()

        dialog.save_requested.connect(save)
        dialog.check_requested.connect(check)
        check("phone")
        dialog.open()
        return dialog

    def write_note(self) -> NoteDialog | None:
        """Opens the note box for the account on screen; a saved note shows in its history (and at its top when
        pinned) at once."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = NoteDialog(number, ctx.window)
        self.note_dialog = dialog

        def save(text: str, pinned: bool) -> None:
            ctx.op(lambda ws: notes.add_note(ws, number, text, pinned=pinned)) \
                .success(lambda _saved: dialog.accept()) \
                .failure(lambda error: dialog.show_problem(error_text(error))).refresh(number).run()

        dialog.save_requested.connect(save)
        dialog.open()
        return dialog

    def record_payment(self) -> PaymentDialog | None:
        """Opens the payment dialog for the account on screen; the receipt can be printed or saved afterwards."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = PaymentDialog(number, format_display(view.patient_due_cents), ctx.window)
        self.payment_dialog = dialog
        seen: int | None = view.patient_due_cents  # the balance the specialist is looking at
        from collections_desktop.services.outreach.escalation import time_barred_since

        ctx.op(lambda ws: time_barred_since(ws, number)).success(
            lambda barred: dialog.show_caution(say("time_barred_payment", account=number, day=shown_day(barred)))
            if barred is not None else None).run()

        def saved(result: payments.PaymentResult) -> None:
            self.last_payment = result
            text = QCoreApplication.translate("DeskOps", "Payment recorded: %1. Patient due now %2.") \
                .replace("%1", format_display(result.amount_cents)) \
                .replace("%2", format_display(result.balance_after_cents))
            dialog.show_recorded(text)
            ctx.window.statusBar().showMessage(text, 8000)

        def refused(error: UserError) -> None:
            nonlocal seen
            dialog.show_problem(error_text(error), overpayment=error.code == "overpayment")
            if error.code.startswith("account_changed"):  # someone else was first: show the account as it is now
                seen = int(str(error.params["due_cents"]))
                dialog.due = format_display(seen)
                dialog.retranslate_ui()
                ctx.changed(number)

        def save(amount: str, method: str, reference: str, allow_overpayment: bool) -> None:
            paid_on, why_late = dialog.paid_day(), dialog.why_late.text()
            ctx.op(lambda ws: payments.record_payment(ws, number, amount, method, reference=reference,
                                                      allow_overpayment=allow_overpayment, paid_on=paid_on,
                                                      backdate_reason=why_late, seen_due_cents=seen)) \
                .success(saved).failure(refused).refresh(number).run()

        def print_receipt() -> None:
            result = self.last_payment
            if result is None:
                return
            from collections_desktop.ui.printing import print_pdf  # QtPrintSupport: loaded on first print

            ctx.op(lambda ws: payments.receipt_pdf(ws, result)) \
                .success(lambda pdf: print_pdf(pdf, f"receipt-{number}.pdf", dialog)).run()

        def save_receipt_as() -> None:
            from PySide6.QtWidgets import QFileDialog

            path, _f = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("DeskOps", "Save receipt"),
                                                   f"receipt-{number}.pdf", "PDF (*.pdf)")
            if path:
                self.save_receipt(Path(path))

        dialog.save_requested.connect(save)
        dialog.print_requested.connect(print_receipt)
        dialog.save_receipt_requested.connect(save_receipt_as)
        dialog.open()
        return dialog

    def save_receipt(self, path: Path) -> None:
        """Writes the last payment's receipt, in the patient's language, where the specialist chose (audited)."""
        result = self.last_payment
        if result is not None:
            self.ctx.op(lambda ws: files_out.save_receipt(ws, result, path)).run()
