"""Claims and escalation from the account pane: decisions on denied or unbalanced claims, approval for a
collection agency."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from collections_desktop.domain.money import format_display
from collections_desktop.services.errors import UserError
from collections_desktop.services.imports import remit_decisions
from collections_desktop.services.outreach.agency import approve_for_agency
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text


class ClaimOps:
    """Each asks the specialist once, then runs one service call and refreshes the account."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.agency_refusal = ""
        self.agency_box: QMessageBox | None = None

    def settle_claim(self, claim: str, cents: int) -> None:
        """The specialist's decision on a claim waiting for one: a denial billed to the patient (`cents` -1), or a
        remittance that does not balance settled at one of its figures. Asked once, then saved and refreshed."""
        view = self.ctx.current_view
        if view is None or self.ctx.workspace is None:
            return
        number = view.number
        work: Callable[[Workspace], object]
        if cents < 0:
            question = QCoreApplication.translate(
                "DeskOps", "The payer's denial of claim %1 stands and the patient owes their share of it. "
                           "Take the claim off hold?").replace("%1", claim)

            def work(ws: Workspace) -> object:
                return remit_decisions.bill_denied_claim_to_patient(ws, number, claim)
        else:
            question = QCoreApplication.translate(
                "DeskOps", "The patient owes %1 on claim %2; the rest is adjusted off. Save this decision?") \
                .replace("%1", format_display(cents)).replace("%2", claim)
            amount = Decimal(cents) / 100

            def work(ws: Workspace) -> object:
                return remit_decisions.settle_remittance(ws, number, claim, amount)
        title = QCoreApplication.translate("DeskOps", "Decide about a claim")
        if QMessageBox.question(self.ctx.window, title, question) == QMessageBox.StandardButton.Yes:
            self.ctx.op(work).refresh(number).run()

    def approve_for_agency(self, note: str | None = None) -> None:
        """Asks for a note, then approves placement if policy allows; the refusal lists what is missing."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return
        number = view.number
        if note is None:
            note, ok = QInputDialog.getText(
                ctx.window, QCoreApplication.translate("PlanOps", "Collection agency"),
                QCoreApplication.translate("PlanOps", "Why account %1 goes to the agency (kept in the audit):")
                .replace("%1", number))
            if not ok:
                return
        reason = note

        def done(_result: object) -> None:
            ctx.window.statusBar().showMessage(QCoreApplication.translate(
                "PlanOps", "Account %1 approved for the agency: outreach stops.").replace("%1", number), 8000)

        def refused(error: UserError) -> None:
            self.agency_refusal = error_text(error)
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PlanOps", "Collection agency"),
                              self.agency_refusal, parent=ctx.window)
            box.open()  # not exec(): the desk keeps running behind it
            self.agency_box = box

        ctx.op(lambda ws: approve_for_agency(ws, number, reason)).success(done).failure(refused).refresh(number).run()
