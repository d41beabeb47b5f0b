"""The billing team's answers imported from the follow-up file: each closes its claim's open hand-off."""

from __future__ import annotations

from collections_desktop.services.imports.import_apply import Applier
from collections_desktop.services.outreach.handoffs import close_handoff
from collections_desktop.storage import review_reads as reads
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.sync.followup_answers import HandoffAnswerRecord
from collections_desktop.sync.problems import WARNING, ImportProblem


def apply_answer(applier: Applier, record: HandoffAnswerRecord) -> None:
    """Closes the claim's open hand-off with the row's answer; a claim not found, or no longer with the team
    (answered already in the window), is a located warning and changes nothing."""
    session, state = applier.session, applier.state
    account = account_by_number(session, record.account_number)
    encounter = None if account is None else reads.claim_of(session, account.id, record.claim_id)
    if account is None or encounter is None:
        state.problems.append(ImportProblem(record.where, WARNING, "answer_claim_unknown",
                                           {"claim": record.claim_id}))
        return
    handoff = reads.open_handoff(session, encounter.id)
    if handoff is None:
        state.problems.append(ImportProblem(record.where, WARNING, "answer_handoff_closed",
                                           {"claim": record.claim_id}))
        state.counts["unchanged"] += 1
        return
    close_handoff(session, handoff, encounter, record.answer, record.note, record.adjustment_cents, applier.now,
                  applier.batch_id)
    state.touched_accounts.add(account.id)
    state.counts["answers"] += 1
