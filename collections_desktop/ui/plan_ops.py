"""The desk's plan operations (quote, create, agreement, signature, follow-up, agency), off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings
from PySide6.QtWidgets import QFileDialog

from collections_desktop.domain.money import format_display
from collections_desktop.domain.plans.lifecycle import OPEN
from collections_desktop.services.errors import UserError
from collections_desktop.services.plans import agreements, plan_policy, plan_tracking, plan_views, plans
from collections_desktop.ui.dialogs.plan import PlanDialog
from collections_desktop.ui.messages import error_text
from collections_desktop.ui.plan_text import plan_text

PREVIEW_WIDTH = 340


class PlanOps:
    """Mixed into the controller next to DeskOps; one service call per button, results back on the GUI thread."""

    def payment_plan(self) -> PlanDialog | None:
        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return None
        dialog = PlanDialog(view.number, format_display(view.patient_due_cents), self.window,
                            income_cap=plans.INCOME_ELIGIBLE_FLAG in view.flags)
        self.plan_dialog, self.agreement = dialog, None
        number = view.number

        def problem(error: UserError) -> None:
            dialog.show_problem(error_text(error))

        def quote(terms: dict) -> None:
            self.runner.run(lambda: plans.quote_plan(workspace, number, plans.PlanRequest(**terms)),
                            lambda offer: dialog.show_quote(list(offer.options)), problem)

        def create(terms: dict) -> None:
            def created(_plan_id: int) -> None:
                dialog.plan_created(QCoreApplication.translate("PlanOps", "Plan saved as a draft. Prepare the "
                                                               "agreement for the patient to sign."))
                self._plan_changed(number)
                load_current()

            make = plans.amend_plan if terms.pop("amend", False) else plans.create_plan
            self.runner.run(lambda: make(workspace, number, plans.PlanRequest(**terms)), created, problem)

        def load_current() -> None:
            def show(view) -> None:  # noqa: ANN001 - services.plan_views.AccountPlans
                current = view.current
                if current is None or current.status not in OPEN:
                    dialog.show_current(None, "")
                    return
                summary = QCoreApplication.translate("PlanOps", "Open plan: version %1, %2, %3 on the plan.") \
                    .replace("%1", str(current.version)).replace("%2", plan_text(current.status)) \
                    .replace("%3", format_display(current.balance_cents))
                dialog.show_current(current.status, summary)

            self.runner.run(lambda: plan_views.account_plans(workspace, number), show, problem)

        def follow_up(action) -> None:  # noqa: ANN001
            def done(_plan_id: int) -> None:
                self._plan_changed(number)
                load_current()

            self.runner.run(action, done, problem)

        def print_notice() -> None:
            from collections_desktop.ui.printing import print_pdf

            self.runner.run(lambda: agreements.notice_pdf(workspace, number),
                            lambda pdf: print_pdf(pdf, f"notice-{number}.pdf", dialog), problem)

        def prepare(lang: str) -> None:
            def ready(made: agreements.AgreementFile) -> None:
                self.agreement = made
                picture, pages = first_page(made.content)
                dialog.show_agreement(picture, QCoreApplication.translate(
                    "PlanOps", "Agreement ready: %1 page(s), SHA-256 %2…. Print, e-mail or save it for signing.")
                    .replace("%1", str(pages or "?")).replace("%2", made.sha256[:12]))
                self._plan_changed(number)
                load_current()

            self.runner.run(lambda: agreements.produce_agreement(workspace, number, lang or None), ready, problem)

        def printed() -> None:
            from collections_desktop.ui.printing import print_pdf  # QtPrintSupport: loaded on first print

            made = self.agreement
            if made is not None and print_pdf(made.content, f"{number}.pdf", dialog):
                self.runner.run(lambda: agreements.record_use(workspace, made.plan_id, "printed", made.sha256),
                                lambda _r: None, problem)

        def emailed() -> None:
            made = self.agreement
            if made is None:
                return

            def draft_ready(eml: bytes) -> None:
                from collections_desktop.ui.printing import hand_to_system

                hand_to_system(eml, "open", ".eml")

            def build() -> bytes:
                eml = agreements.agreement_email(workspace, number, made)
                agreements.record_use(workspace, made.plan_id, "emailed", made.sha256)
                return eml

            self.runner.run(build, draft_ready, problem)

        def saved() -> None:
            made = self.agreement
            if made is None:
                return
            path, _filter = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("PlanOps", "Save agreement"),
                                                        f"payment-plan-{number}.pdf", "PDF (*.pdf)")
            if path:
                self.save_agreement(path)

        def signed(on: QDate) -> None:
            def done(_plan_id: int) -> None:
                dialog.show_problem(QCoreApplication.translate("PlanOps", "Signature recorded: the plan is %1.")
                                    .replace("%1", plan_text("active")))
                self._plan_changed(number)
                load_current()

            self.runner.run(lambda: plan_tracking.record_signature(workspace, number, on.toPython()), done, problem)

        dialog.quote_requested.connect(quote)
        dialog.create_requested.connect(create)
        dialog.agreement_requested.connect(prepare)
        dialog.print_requested.connect(printed)
        dialog.email_requested.connect(emailed)
        dialog.save_requested.connect(saved)
        dialog.signed_requested.connect(signed)
        dialog.notice_requested.connect(lambda on: follow_up(
            lambda: plan_tracking.record_notice(workspace, number, on.toPython())))
        dialog.notice_print_requested.connect(print_notice)
        dialog.income_cap_changed.connect(lambda on: self.runner.run(
            lambda: plans.set_income_cap_eligible(workspace, number, on), lambda _r: quote(dialog.terms()), problem))
        dialog.default_requested.connect(lambda: follow_up(lambda: plan_tracking.declare_default(workspace, number)))
        dialog.cancel_requested.connect(lambda: follow_up(lambda: plans.cancel_plan(workspace, number)))
        dialog.resize(980, 720)
        dialog.open()
        load_current()
        quote(dialog.terms())
        return dialog

    def preferences(self) -> None:
        """The policy editor: saving validates and stores a new version; files import and export as TOML."""
        workspace = self.workspace
        if workspace is None:
            return

        def show(loaded: tuple) -> None:
            from collections_desktop.ui.dialogs.preferences import PreferencesDialog

            values, version = loaded
            settings = QSettings()
            dialog = PreferencesDialog(values, version, settings.value("scripts/agent_name", "", str), self.window)
            self.preferences_dialog = dialog

            def save(changes: dict) -> None:
                settings.setValue("scripts/agent_name", dialog.agent.text().strip())
                self.runner.run(lambda: plan_policy.edit_policy(workspace, changes), lambda _p: dialog.accept(),
                                lambda error: dialog.show_problem(error_text(error)))

            def import_file() -> None:
                path, _f = QFileDialog.getOpenFileName(dialog, QCoreApplication.translate("PlanOps", "Import policy"),
                                                       "", "TOML (*.toml)")
                if path:
                    self.runner.run(lambda: plan_policy.import_policy(workspace, Path(path)),
                                    lambda _p: dialog.accept(), lambda error: dialog.show_problem(error_text(error)))

            def export_file() -> None:
                path, _f = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("PlanOps", "Export policy"),
                                                       "plan_policy.toml", "TOML (*.toml)")
                if path:
                    from collections_desktop.services.desk import files_out

                    self.runner.run(lambda: files_out.save_policy(workspace, Path(path)), lambda _r: None,
                                    lambda error: dialog.show_problem(error_text(error)))

            dialog.save_requested.connect(save)
            dialog.import_requested.connect(import_file)
            dialog.export_requested.connect(export_file)
            dialog.open()

        self.runner.run(lambda: (plan_policy.policy_values(workspace), plan_policy.current_policy(workspace).version),
                        show, self._failed)

    def approve_for_agency(self, note: str | None = None) -> None:
        """Asks for a note, then approves placement if policy allows; the refusal lists what is missing."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from collections_desktop.services.outreach.agency import approve_for_agency

        view, workspace = self.current_view, self.workspace
        if view is None or workspace is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(
                self.window, QCoreApplication.translate("PlanOps", "Collection agency"),
                QCoreApplication.translate("PlanOps", "Why account %1 goes to the agency (kept in the audit):")
                .replace("%1", view.number))
            if not ok:
                return
        number = view.number

        def done(_result) -> None:  # noqa: ANN001
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "PlanOps", "Account %1 approved for the agency: outreach stops.").replace("%1", number), 8000)
            self._plan_changed(number)

        def refused(error: UserError) -> None:
            self.agency_refusal = error_text(error)
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PlanOps", "Collection agency"),
                              self.agency_refusal, parent=self.window)
            box.open()  # not exec(): the desk keeps running behind it
            self.agency_box = box

        self.runner.run(lambda: approve_for_agency(workspace, number, note), done, refused)

    def save_agreement(self, path: str) -> None:
        """Writes the prepared agreement where the specialist chose, and audits that it left the vault."""
        made, workspace = self.agreement, self.workspace
        if made is None or workspace is None:
            return

        from collections_desktop.services.desk import files_out

        self.runner.run(lambda: files_out.save_agreement(workspace, made, Path(path)), lambda _r: None, self._failed)

    def _plan_changed(self, number: str) -> None:
        self.desk_changed(number)


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
