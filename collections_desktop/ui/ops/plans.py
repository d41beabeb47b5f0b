"""The plan dialog's operations (quote, create, agreement, signature, notice, default), off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog

from collections_desktop.domain.money import format_display
from collections_desktop.domain.plans.lifecycle import OPEN
from collections_desktop.services.desk import files_out
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import agreements, plan_tracking, plan_views, plans
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.dialogs.plan import PlanDialog
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.widgets import python_date
from collections_desktop.ui.words.messages import error_text
from collections_desktop.ui.words.plan_text import plan_text
from collections_desktop.words import say, sentence

PREVIEW_WIDTH = 340



def open_plan_summary(version: int, status: str, balance_cents: int) -> str:
    """The line over the plan dialog naming the account's open plan."""
    return QCoreApplication.translate("PlanOps", "Open plan: version %1, %2, %3 on the plan.") \
        .replace("%1", str(version)).replace("%2", plan_text(status)).replace("%3", format_display(balance_cents))

class PlanOps:
    """The plan dialog's buttons: one service call each, results back on the GUI thread."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.plan_dialog: PlanDialog | None = None
        self.agreement: agreements.AgreementFile | None = None

    def forget(self) -> None:
        """At lock: the dialog and the prepared agreement go."""
        if self.plan_dialog is not None:
            self.plan_dialog.reject()
        self.plan_dialog = self.agreement = None

    def payment_plan(self) -> PlanDialog | None:
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        dialog = PlanDialog(view.number, format_display(view.patient_due_cents), ctx.window,
                            income_cap=plans.INCOME_ELIGIBLE_FLAG in view.flags)
        self.plan_dialog, self.agreement = dialog, None
        number = view.number

        def problem(error: UserError) -> None:
            dialog.show_problem(error_text(error))

        def run(work: Callable[[Workspace], Any], then: Callable[[Any], object] | None = None,
                changes: bool = False) -> None:
            """A plan change refreshes the desk behind the dialog and the dialog's own view of the plan."""
            def done(result: object) -> None:
                if then is not None:
                    then(result)
                if changes:
                    load_current()

            op = ctx.op(work).failure(problem).success(done)
            if changes:
                op.refresh(number)
            op.run()

        def quote(terms: dict[str, Any]) -> None:
            run(lambda ws: plans.quote_plan(ws, number, plans.PlanRequest(**terms)),
                lambda offer: dialog.show_quote(list(offer.options)))

        def create(terms: dict[str, Any]) -> None:
            make = plans.amend_plan if terms.pop("amend", False) else plans.create_plan
            run(lambda ws: make(ws, number, plans.PlanRequest(**terms)),
                lambda _plan_id: dialog.plan_created(QCoreApplication.translate(
                    "PlanOps", "Plan saved as a draft. Prepare the agreement for the patient to sign.")), changes=True)

        def show_current(account: plan_views.AccountPlans) -> None:
            current = account.current
            if current is None or current.status not in OPEN:
                dialog.show_current(None, "")
                return
            dialog.show_current(current.status, open_plan_summary(current.version, current.status,
                                                                  current.balance_cents))

        def load_current() -> None:
            run(lambda ws: plan_views.account_plans(ws, number), show_current)

        def print_notice() -> None:
            from collections_desktop.ui.printing import print_pdf

            run(lambda ws: agreements.notice_pdf(ws, number),
                lambda pdf: print_pdf(pdf, f"notice-{number}.pdf", dialog))

        def ready(made: agreements.AgreementFile) -> None:
            self.agreement = made
            picture, pages = first_page(made.content)
            dialog.show_agreement(picture, sentence(say("agreement_ready", count=pages, sha=made.sha256[:12])))

        def prepare(lang: str) -> None:
            run(lambda ws: agreements.produce_agreement(ws, number, lang or None), ready, changes=True)

        def printed() -> None:
            from collections_desktop.ui.printing import print_pdf  # QtPrintSupport: loaded on first print

            made = self.agreement
            if made is not None and print_pdf(made.content, f"{number}.pdf", dialog):
                run(lambda ws: agreements.record_use(ws, made.plan_id, "printed", made.sha256))

        def emailed() -> None:
            made = self.agreement
            if made is None:
                return

            def draft_ready(eml: bytes) -> None:
                from collections_desktop.ui.printing import hand_to_system

                hand_to_system(eml, "open", ".eml")

            run(lambda ws: agreements.agreement_email(ws, number, made, record=True), draft_ready)

        def saved() -> None:
            if self.agreement is None:
                return
            path, _filter = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("PlanOps", "Save agreement"),
                                                        f"payment-plan-{number}.pdf", "PDF (*.pdf)")
            if path:
                self.save_agreement(path)

        def signed(on: QDate) -> None:
            run(lambda ws: plan_tracking.record_signature(ws, number, python_date(on)),
                lambda _plan_id: dialog.show_problem(QCoreApplication.translate(
                    "PlanOps", "Signature recorded: the plan is %1.").replace("%1", plan_text("active"))), changes=True)

        dialog.quote_requested.connect(quote)
        dialog.create_requested.connect(create)
        dialog.agreement_requested.connect(prepare)
        dialog.print_requested.connect(printed)
        dialog.email_requested.connect(emailed)
        dialog.save_requested.connect(saved)
        dialog.signed_requested.connect(signed)
        dialog.notice_requested.connect(lambda on: run(
            lambda ws: plan_tracking.record_notice(ws, number, python_date(on)), changes=True))
        dialog.notice_print_requested.connect(print_notice)
        dialog.income_cap_changed.connect(lambda on: run(
            lambda ws: plans.set_income_cap_eligible(ws, number, on), lambda _r: quote(dialog.terms())))
        dialog.default_requested.connect(lambda: run(lambda ws: plan_tracking.declare_default(ws, number),
                                                     changes=True))
        dialog.cancel_requested.connect(lambda: run(lambda ws: plans.cancel_plan(ws, number), changes=True))
        dialog.resize(980, 720)
        dialog.open()
        load_current()
        quote(dialog.terms())
        return dialog

    def save_agreement(self, path: str) -> None:
        """Writes the prepared agreement where the specialist chose, and audits that it left the vault."""
        made = self.agreement
        if made is not None:
            self.ctx.op(lambda ws: files_out.save_agreement(ws, made, Path(path))).run()


def first_page(content: bytes) -> tuple:
    """The agreement's first page as a small picture for the dialog, and its page count ((None, 0) without QtPdf)."""
    from collections_desktop.ui.printing import LoadedPdf, qtpdf_available

    if not qtpdf_available():
        return None, 0
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPixmap

    pdf = LoadedPdf(content)
    if not pdf.ready:
        return None, 0
    points = pdf.document.pagePointSize(0)
    image = pdf.document.render(0, QSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * points.height() / points.width())))
    pages = pdf.document.pageCount()
    pdf.close()
    return QPixmap.fromImage(image), pages
