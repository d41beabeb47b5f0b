"""The desk's operations behind the window: listing, opening an account, contacts, payments, hand-offs, scripts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from collections_desktop.domain.money import format_display
from collections_desktop.services.desk import accounts, payments, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach import contacts, review, scripts
from collections_desktop.services.plans import plan_policy, plan_views
from collections_desktop.ui.compliance_text import reason_text
from collections_desktop.ui.dialogs.contact import ContactDialog
from collections_desktop.ui.dialogs.payment import PaymentDialog
from collections_desktop.ui.messages import error_text


class DeskOps:
    """Mixed into the controller: each method runs one service call on the worker and updates the window."""

    def _load_rows(self, ids: list[int]) -> list:
        # A page is a few indexed reads (~10 ms); the view asks for it while painting.
        return worklist.rows_for(self.workspace, ids) if self.workspace is not None else []

    def _more_of_all(self, offset: int, count: int) -> list[int]:
        # Like a page, a few indexed reads (~1 ms) asked for while painting.
        return worklist.all_accounts_slice(self.workspace, offset, count) if self.workspace is not None else []

    def requery(self, view: str, search: str) -> None:
        workspace = self.workspace
        if workspace is None:
            return

        self.query_serial += 1
        serial = self.query_serial

        def done(ids: list[int] | None) -> None:  # None: a ranking dropped before it started
            if ids is not None and self.workspace is workspace and serial == self.query_serial:
                self.model.set_ids(ids, keep=self.window.worklist.selected_id())

        if view == "today":
            # Largest balances first at once; the ranked order (which asks the compliance engine about
            # every account) replaces it a moment later, keeping the account on screen selected.
            self.runner.run(lambda: worklist.ids_for(workspace, view, search, rank=False), done, self._failed)

            def rank() -> list[int] | None:
                # A ranking asked for by an earlier keystroke is dropped before it starts.
                return worklist.ids_for(workspace, view, search) if serial == self.query_serial else None

            self.ranker.run(rank, done, self._failed)
            return
        if view == "all" and not search.strip():
            # The whole vault: only the rows around the account on screen (counted in the name index); the
            # ids of other places are read as the view reaches them, a few pages at a time.
            keep = self.window.worklist.selected_id()

            def window(part: worklist.ListWindow) -> None:
                if self.workspace is workspace and serial == self.query_serial:
                    self.model.set_ids(part.ids, keep=keep, total=part.total, offset=part.offset,
                                       more=self._more_of_all)

            self.runner.run(lambda: worklist.all_accounts_window(workspace, keep), window, self._failed)
            return
        self.runner.run(lambda: worklist.ids_for(workspace, view, search), done, self._failed)

    def open_account(self, number: str) -> None:
        workspace = self.workspace
        if workspace is None:
            return

        def load() -> tuple:
            try:
                check = contacts.can_contact(workspace, number, "phone")
            except UserError as error:
                if error.code != "no_contact_point":
                    raise
                check = None  # no phone on file: the account, its review and its scripts still show
            return (accounts.get_account(workspace, number), check,
                    review.accuracy_review(workspace, number), contacts.contact_points_now(workspace, number),
                    plan_views.account_plans(workspace, number), plan_policy.current_policy(workspace).clinic)

        def done(result: tuple) -> None:
            view, check, checklist, points, plans, clinic = result
            if self.workspace is workspace:
                self.current_view, self.clinic = view, clinic
                self.window.account.show_account(view, checklist, points, plans)
                self.window.scripts.show_decision(check.decision if check is not None else None)
                self.window.scripts.set_patient_language(view.guarantor.preferred_language)
                self.show_script(*self.script_choice())

        self.runner.run(load, done, self._failed)

    def log_contact(self) -> ContactDialog | None:
        """Opens the contact dialog for the account on screen; saving asks the engine first."""
        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return None
        dialog = ContactDialog(view.number, self.window)
        self.contact_dialog = dialog

        def save(channel: str, direction: str, outcome: str, note: str, override: str, extras: dict) -> None:
            def saved(_logged) -> None:  # noqa: ANN001
                dialog.accept()
                self.desk_changed(view.number)

            def refused(error: UserError) -> None:
                if error.code == "contact_blocked":
                    codes = str(error.params.get("reasons", "")).split(",")
                    dialog.set_blocked(", ".join(reason_text(c) for c in codes if c))
                else:
                    dialog.set_blocked(error_text(error))

            self.runner.run(lambda: contacts.log_contact(workspace, view.number, channel, outcome,
                                                         direction=direction, note=note, override=override or None,
                                                         promise=extras["promise"], follow_up=extras["follow_up"]),
                            saved, refused)

        dialog.save_requested.connect(save)
        dialog.open()
        return dialog

    def record_payment(self) -> PaymentDialog | None:
        """Opens the payment dialog for the account on screen; the receipt can be saved afterwards."""
        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return None
        dialog = PaymentDialog(view.number, format_display(view.patient_due_cents), self.window)
        self.payment_dialog = dialog

        def save(amount: str, method: str, reference: str, allow_overpayment: bool) -> None:
            def saved(result) -> None:  # noqa: ANN001
                self.last_payment = result
                text = QCoreApplication.translate("DeskOps", "Payment recorded: %1. Patient due now %2.") \
                    .replace("%1", format_display(result.amount_cents)) \
                    .replace("%2", format_display(result.balance_after_cents))
                dialog.show_recorded(text)
                self.desk_changed(view.number)
                self.window.statusBar().showMessage(text, 8000)

            def refused(error: UserError) -> None:
                dialog.show_problem(error_text(error), overpayment=error.code == "overpayment")

            self.runner.run(lambda: payments.record_payment(workspace, view.number, amount, method,
                                                            reference=reference,
                                                            allow_overpayment=allow_overpayment),
                            saved, refused)

        def print_receipt() -> None:
            result = self.last_payment
            if result is None:
                return
            from collections_desktop.ui.printing import print_pdf  # QtPrintSupport: loaded on first print

            self.runner.run(lambda: payments.receipt_pdf(workspace, result),
                            lambda pdf: print_pdf(pdf, f"receipt-{view.number}.pdf", dialog), self._failed)

        def save_receipt_as() -> None:
            from PySide6.QtWidgets import QFileDialog

            path, _f = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("DeskOps", "Save receipt"),
                                                   f"receipt-{view.number}.pdf", "PDF (*.pdf)")
            if path:
                self.save_receipt(Path(path))

        dialog.save_requested.connect(save)
        dialog.print_requested.connect(print_receipt)
        dialog.save_receipt_requested.connect(save_receipt_as)
        dialog.open()
        return dialog

    def save_receipt(self, path: Path) -> None:
        """Writes the last payment's receipt, in the patient's language, where the specialist chose."""
        result, workspace = self.last_payment, self.workspace
        if result is None or workspace is None:
            return
        from collections_desktop.services.desk import files_out

        self.runner.run(lambda: files_out.save_receipt(workspace, result, path), lambda _r: None, self._failed)

    def hand_off_dialog(self, claim: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        question = QCoreApplication.translate("DeskOps", "Note for the billing team about claim %1:")
        question = question.replace("%1", claim)
        note, ok = QInputDialog.getText(self.window, QCoreApplication.translate("DeskOps", "Hand off to billing"),
                                        question)
        if ok:
            self.hand_off(claim, note)

    def hand_off(self, claim: str, note: str) -> None:
        """Sends a claim to the billing/denials team; the account refreshes with the claim on hold."""
        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return

        def done(_result) -> None:  # noqa: ANN001
            self.desk_changed(view.number)

        self.runner.run(lambda: review.hand_off_claim(workspace, view.number, claim, note), done, self._failed)

    def settle_claim(self, claim: str, cents: int) -> None:
        """The specialist's decision on a claim waiting for one: a denial billed to the patient (`cents` -1), or a
        remittance that does not balance settled at one of its figures. Asked once, then saved and refreshed."""
        from decimal import Decimal

        from PySide6.QtWidgets import QMessageBox

        from collections_desktop.services.imports import remit_decisions

        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return
        if cents < 0:
            question = QCoreApplication.translate(
                "DeskOps", "The payer's denial of claim %1 stands and the patient owes their share of it. "
                           "Take the claim off hold?").replace("%1", claim)
            work = lambda: remit_decisions.bill_denied_claim_to_patient(workspace, view.number, claim)  # noqa: E731
        else:
            question = QCoreApplication.translate(
                "DeskOps", "The patient owes %1 on claim %2; the rest is adjusted off. Save this decision?") \
                .replace("%1", format_display(cents)).replace("%2", claim)
            amount = Decimal(cents) / 100
            work = lambda: remit_decisions.settle_remittance(workspace, view.number, claim, amount)  # noqa: E731
        title = QCoreApplication.translate("DeskOps", "Decide about a claim")
        if QMessageBox.question(self.window, title, question) != QMessageBox.StandardButton.Yes:
            return

        def done(_result) -> None:  # noqa: ANN001
            self.desk_changed(view.number)

        self.runner.run(work, done, self._failed)

    def script_choice(self) -> tuple[str, str]:
        panel = self.window.scripts
        return scripts.SITUATIONS[max(panel.situation.currentIndex(), 0)], panel.language

    def show_script(self, situation: str, language: str) -> None:
        view = self.current_view
        if view is None or self.workspace is None:
            return
        clinic = getattr(self, "clinic", None) or {}
        agent = QSettings().value("scripts/agent_name", "", str)
        script = scripts.fill(view, situation, language=language, agent=agent,
                              clinic=clinic.get("doing_business_as") or clinic.get("legal_name", ""),
                              callback=clinic.get("phone", ""))
        self.window.scripts.show_script(script.title, script.text)

