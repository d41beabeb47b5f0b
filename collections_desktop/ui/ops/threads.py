"""An account's open threads from the window: holds set, followed and ended; claims handed to billing or
denials and their answers recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from collections_desktop.domain.money import format_display
from collections_desktop.services.outreach import handoffs, holds, review
from collections_desktop.services.workspace import Workspace
from collections_desktop.ui.dialogs.handoff import HandoffDialog
from collections_desktop.ui.dialogs.hold import HoldDialog
from collections_desktop.ui.ops.context import DeskContext
from collections_desktop.ui.words.messages import error_text
from collections_desktop.words.formats import day

if TYPE_CHECKING:
    from collections_desktop.services.desk.accounts import AccountView


def claim_choices(view: AccountView) -> list[tuple[str, str]]:
    """The account's claims not already with a team, as the hand-off's list reads them: claim, visit day, payer,
    what the patient owes on it."""
    handed = {handoff.claim for handoff in view.handoffs}
    return [(e.claim, " · ".join(part for part in (e.claim, day(e.service_date), e.payer,
                                                    format_display(e.balance.patient_balance_cents)) if part))
            for e in view.encounters if e.claim not in handed]


class ThreadOps:
    """Each opens its dialog for the account on screen; saving is one service call, then the account refreshes
    (or the dialog says why not and keeps what was typed)."""

    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx
        self.hold_dialog: HoldDialog | None = None
        self.handoff_dialog: HandoffDialog | None = None

    def forget(self) -> None:
        """At lock: what the dialogs held goes with them."""
        for dialog in (self.hold_dialog, self.handoff_dialog):
            if dialog is not None:
                dialog.reject()
        self.hold_dialog = self.handoff_dialog = None

    def holds(self, kind: str = "") -> HoldDialog | None:
        """Go → Holds: the account's holds, one to set, follow or end."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = HoldDialog(number, view.hold_details, kind, ctx.window, due=format_display(view.patient_due_cents),
                            claims={e.claim: e.status == "insurance_pending" for e in view.encounters})
        self.hold_dialog = dialog

        def save(action: str, code: str, values: dict[str, Any]) -> None:
            def work(ws: Workspace) -> holds.HoldChanged:
                if code == "insurance_pending":
                    return holds.claim_insurance_pending(ws, number, str(values["claim"]), action == "set",
                                                         str(values["reason"]))
                if action == "set":
                    return holds.set_hold(ws, number, code, str(values["reason"]), values["details"])
                if action == "update":
                    return holds.update_hold(ws, number, code, values["details"], str(values["reason"]))
                return holds.release_hold(ws, number, code, str(values["reason"]), outcome=str(values["outcome"]),
                                          adjustment=values["adjustment"], discount=values["discount"],
                                          written_request=bool(values["written_request"]))

            ctx.op(work).success(lambda _changed: dialog.accept()) \
                .failure(lambda error: dialog.show_problem(error_text(error))).refresh(number).run()

        dialog.save_requested.connect(save)
        dialog.open()
        return dialog

    def hand_off(self, claim: str) -> HandoffDialog | None:
        """A claim to the billing or denials team: which, why and a note."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        dialog = HandoffDialog(number, claim, claims=claim_choices(view), parent=ctx.window)
        self.handoff_dialog = dialog

        def send(chosen: str, team: str, reason: str, note: str) -> None:
            ctx.op(lambda ws: review.hand_off_claim(ws, number, chosen, note, team=team, reason=reason)) \
                .success(lambda _done: dialog.accept()) \
                .failure(lambda error: dialog.show_problem(error_text(error))).refresh(number).run()

        dialog.send_requested.connect(send)
        dialog.open()
        return dialog

    def answer(self, claim: str) -> HandoffDialog | None:
        """The team's answer about a claim handed to them: the claim comes back to outreach."""
        ctx, view = self.ctx, self.ctx.current_view
        if view is None or ctx.workspace is None:
            return None
        number = view.number
        team = next((h.team for h in view.handoffs if h.claim == claim), "billing")
        dialog = HandoffDialog(number, claim, answering=True, team=team, parent=ctx.window)
        self.handoff_dialog = dialog

        def save(answer: str, adjustment: str, note: str) -> None:
            ctx.op(lambda ws: handoffs.answer_handoff(ws, number, claim, answer, note=note,
                                                      adjustment=adjustment or None)) \
                .success(lambda _done: dialog.accept()) \
                .failure(lambda error: dialog.show_problem(error_text(error))).refresh(number).run()

        dialog.answer_requested.connect(save)
        dialog.open()
        return dialog
