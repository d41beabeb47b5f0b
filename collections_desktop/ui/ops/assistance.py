"""Financial-assistance screening from the account or the hardship script: the dialog answers as the specialist
types (from what was read once when it opened), and records the screening on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from collections_desktop.domain.money import format_display
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words import say


def answer_lines(screening, documents: tuple[str, ...]) -> list[str]:  # noqa: ANN001 - a domain Screening
    """The screening in words, as the dialog and the command line say it."""
    s = screening
    lines = [say("screening_line", percent=f"{s.percent}%", household=s.household, year=s.guideline.year,
                 guideline=format_display(s.guideline_cents), income=format_display(s.annual_income_cents)),
             say("screening_tier", discount=f"{s.discount_percent}%", owed=format_display(s.likely_owed_cents),
                 balance=format_display(s.balance_cents)) if s.discount_percent else say("screening_no_tier")]
    if s.state_floor:
        lines.append(say("screening_state_floor", state=s.state_floor[0], percent=f"{s.state_floor[1]}%"))
    lines.append(say("screening_offer" if s.offer_application else "screening_may_apply"))
    lines.append(say("screening_documents", documents=", ".join(say(f"document_{d}") for d in documents)))
    return lines


class AssistanceOps:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.dialog: Any = None
        self.recorded: Any = None  # the last screening recorded, for a look after it

    def screen(self) -> Any:  # noqa: ANN401 - the ScreeningDialog, or None without an account on screen
        from collections_desktop.services.assistance import screening
        from collections_desktop.ui.dialogs.screening import ScreeningDialog

        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = ScreeningDialog(number, screening.PERIODS, ctx.window)
        self.dialog = dialog
        known: dict[str, Any] = {}

        def answer(household: int, income: str, period: str) -> None:
            context = known.get("context")
            if context is None or not income:
                dialog.show_answer([])
                return
            found = screening.preview(context, household=household, income=income, period=period)
            dialog.show_answer(answer_lines(found, context.documents) if found is not None else [])

        def record(household: int, income: str, period: str) -> None:
            def done(result) -> None:  # noqa: ANN001 - a ScreeningResult
                self.recorded = result
                ctx.window.statusBar().showMessage(QCoreApplication.translate(
                    "AssistanceOps", "Screening recorded on account %1.").replace("%1", number), 8000)
                dialog.accept()

            ctx.op(lambda ws: screening.screen_account(ws, number, household=household, income=income,
                                                       period=period)) \
                .success(done).failure(lambda error: dialog.answer.setText(error_text(error))).refresh().run()

        def opened(context) -> None:  # noqa: ANN001 - a ScreeningContext
            known["context"] = context
            answer(*dialog.answers())

        dialog.answers_changed.connect(answer)
        dialog.record_wanted.connect(record)
        ctx.op(lambda ws: screening.screening_context(ws, number)).success(opened) \
            .failure(lambda error: dialog.answer.setText(error_text(error))).run()
        dialog.open()
        return dialog
