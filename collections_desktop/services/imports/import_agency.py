"""The agency's returns applied: a payment it collected posted once (by its reference) to the account's open
visits, oldest first, as the agency's; a status kept as a note; a recall returning the account to the clinic."""

from __future__ import annotations

from collections_desktop.domain.ledger import EntryKind, spread_oldest_first
from collections_desktop.services.imports.import_apply import Applier
from collections_desktop.services.outreach.agency_lifecycle import APPROVED, SUSPENDED
from collections_desktop.storage import contacts_repo, notes_repo
from collections_desktop.storage.balances import encounter_balances
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import PostingSource
from collections_desktop.sync.agency_returns import AgencyReturnRecord
from collections_desktop.sync.problems import WARNING, ImportProblem

METHOD = "agency"  # how the agency's collections are told from the clinic's own in every sum and report


def apply_agency_return(applier: Applier, record: AgencyReturnRecord) -> None:
    session, state = applier.session, applier.state
    applier.write_pending()
    account = account_by_number(session, record.account_number)
    if account is None:
        state.problems.append(ImportProblem(record.where, WARNING, "agency_account_unknown",
                                           {"account": record.account_number}))
        return
    state.counts["agency_returns"] += 1
    if record.kind == "status":
        if record.note:
            notes_repo.add_note(session, account.id, record.note, applier.now, kind="agency_status", about="agency")
        return
    if record.kind == "recall":
        if contacts_repo.clear_flag(session, account.id, APPROVED, applier.now, "recalled by the agency"):
            contacts_repo.clear_flag(session, account.id, SUSPENDED, applier.now, "recalled by the agency")
        if record.note:
            notes_repo.add_note(session, account.id, record.note, applier.now, kind="agency_recall", about="agency")
        return
    key = f"agency:{record.account_number}:{record.reference}"
    if session.get(PostingSource, key[:160]) is not None or key in state.agency_references:
        state.problems.append(ImportProblem(record.where, WARNING, "agency_payment_already_posted",
                                           {"reference": record.reference}))
        state.counts["unchanged"] += 1
        return
    state.agency_references.add(key)
    visits = sorted(encounter_balances(session, account.id), key=lambda pair: (pair[0].service_date, pair[0].id))
    if not visits:
        state.problems.append(ImportProblem(record.where, WARNING, "agency_account_unknown",
                                           {"account": record.account_number}))
        return
    by_id = {encounter.id: encounter for encounter, _balance in visits}
    shares = spread_oldest_first(record.amount_cents, [(e.id, b.patient_balance_cents) for e, b in visits])
    left = record.amount_cents - sum(share for _visit, share in shares)
    if left:  # more than is owed: the rest is a credit on the newest visit, for the specialist to refund
        shares.append((visits[-1][0].id, left))
        state.problems.append(ImportProblem(record.where, WARNING, "agency_payment_above_balance",
                                           {"reference": record.reference}))
    for n, (visit, share) in enumerate(shares):
        applier.post(by_id[visit], EntryKind.PATIENT_PAYMENT.value, share, record.day,
                     key if n == 0 else f"{key}#{n + 1}", record.reference, METHOD)
    state.touched_accounts.add(account.id)
    state.counts["payments"] += 1
