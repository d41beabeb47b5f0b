"""The accounts behind a report's figure: the ids a card, an issue or a chart counted, largest balance first."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Select, case, false, func, literal, literal_column, select
from sqlalchemy.orm import Session

from collections_desktop.domain.aging import BUCKET_DAYS as AGING_DAYS
from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage.models import (
    Account,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
)
from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseRow
from collections_desktop.storage.report_reads import moments

# Days from a visit's aging anchor to the month end, per bucket by its name (the domain's edges).
BUCKET_DAYS = {bucket.value: days for bucket, days in AGING_DAYS.items()}
# The card measures with accounts behind them.
MEASURES = ("paid", "attempts", "right_party", "kept", "plans")
SOURCES = ("reason", "handoff", "answer", "payer_code", "review")


def _contacts(start: date, end: date) -> Select:
    since, until = moments(start, end)
    return select(ContactEventRow.account_id).where(ContactEventRow.at >= since, ContactEventRow.at < until)


def measure_accounts(session: Session, measure: str, start: date, end: date,
                     conversations: tuple[str, ...] = ()) -> list[int]:
    """The accounts a card counted in the period: that paid, were attempted, reached (a right-party contact),
    kept a promise made in the period, or signed a plan."""
    since, until = moments(start, end)
    if measure == "paid":
        chosen = select(LedgerEntryRow.account_id).where(
            LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
            LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end, LedgerEntryRow.amount_cents > 0)
    elif measure == "attempts":
        chosen = _contacts(start, end).where(ContactEventRow.direction == "outbound")
    elif measure == "right_party":
        chosen = _contacts(start, end).where(ContactEventRow.outcome.in_(conversations))
    elif measure == "kept":
        chosen = select(PromiseRow.account_id).where(PromiseRow.created_at >= since, PromiseRow.created_at < until,
                                                     PromiseRow.outcome == "kept")
    elif measure == "plans":
        chosen = select(PaymentPlanRow.account_id).where(PaymentPlanRow.signed_on >= start,
                                                         PaymentPlanRow.signed_on <= end)
    else:
        raise ValueError(f"unknown measure {measure}")
    return _largest_first(session, chosen)


def issue_accounts(session: Session, source: str, code: str, payer: str, start: date, end: date) -> list[int]:
    """The accounts behind one billing issue of the period (a reason given, a hand-off or its answer, a payer's
    code, an accuracy-review finding), for one payer when `payer` is given."""
    since, until = moments(start, end)
    if source == "reason":
        return _largest_first(session, _contacts(start, end).where(ContactEventRow.reason == code))
    if source in ("handoff", "answer"):
        chosen = (select(Encounter.account_id).join(ClaimHandoff, ClaimHandoff.encounter_id == Encounter.id)
                  .where(ClaimHandoff.at >= since, ClaimHandoff.at < until,
                         (ClaimHandoff.reason if source == "handoff" else ClaimHandoff.answer) == code))
    elif source in ("payer_code", "review"):
        chosen = (select(Encounter.account_id).join(AdjudicationRow, AdjudicationRow.encounter_id == Encounter.id)
                  .where(AdjudicationRow.processed_on >= start, AdjudicationRow.processed_on <= end))
        if source == "payer_code":  # the code as one of the comma-separated codes, not part of another
            listed = literal(",") + AdjudicationRow.reason_codes + literal(",") + AdjudicationRow.remark_codes \
                + literal(",")
            chosen = chosen.where(listed.contains(f",{code},"))
        elif code == "denied_by_payer":
            chosen = chosen.where(AdjudicationRow.status == "denied")
        else:
            chosen = chosen.where(AdjudicationRow.balance_issue == code)
    else:
        raise ValueError(f"unknown source {source}")
    if payer:  # hand-offs are counted by the claim's payer, remittances by the payer that sent them
        chosen = chosen.where((Encounter.payer_name if source in ("handoff", "answer") else AdjudicationRow.payer)
                              == payer)
    return _largest_first(session, chosen)


def aging_accounts(session: Session, month_end: date, bucket: str) -> list[int]:
    """The accounts with a visit in `bucket` ("0-30" … "120+") at `month_end`, billed by then, on which the
    patient owed something that day (postings up to it summed)."""
    low, high = BUCKET_DAYS[bucket]
    anchor = func.coalesce(Encounter.first_statement_date, Encounter.service_date)
    owed = func.sum(case((LedgerEntryRow.kind.in_(("charge", "patient_refund")), LedgerEntryRow.amount_cents),
                         else_=-LedgerEntryRow.amount_cents))
    chosen = (select(Encounter.account_id).join(LedgerEntryRow, LedgerEntryRow.encounter_id == Encounter.id)
              .where(Encounter.insurance_pending == false(), LedgerEntryRow.posted_on <= month_end,
                     anchor <= month_end - timedelta(days=low))
              .group_by(Encounter.id).having(owed > 0))
    if high is not None:
        chosen = chosen.where(anchor >= month_end - timedelta(days=high))
    return _largest_first(session, chosen)


def _largest_first(session: Session, chosen: Select) -> list[int]:
    found = chosen.distinct().subquery()
    return list(session.scalars(select(Account.id).join(found, found.c[0] == Account.id)
                                .order_by(Account.patient_due_cents.desc(), Account.id)))
