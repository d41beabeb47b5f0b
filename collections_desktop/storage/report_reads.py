"""The reports' reads: counts and sums grouped in SQL over one period, never a row per patient to the caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from collections_desktop.domain.ledger import EntryKind
from collections_desktop.storage import report_scans
from collections_desktop.storage.fast_read import driver, driver_rows
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
)
from collections_desktop.storage.plan_models import (
    PaymentPlanRow,
    PlanInstallmentRow,
    PromiseInstallmentRow,
    PromiseRow,
)


def _on_server(session: Session) -> bool:
    """A team server's PostgreSQL, whose date functions are not SQLite's."""
    return session.get_bind().dialect.name == "postgresql"


def moments(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC moments from the start of `start` to the start of the day after `end`."""
    return (datetime.combine(start, time(0), tzinfo=UTC),
            datetime.combine(end + timedelta(days=1), time(0), tzinfo=UTC))


def contact_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, int]]:
    """(channel, direction, outcome, contacts) for the contacts that happened in the period (read from
    ix_contact_event_kind alone: on the vault, each kind's period counted on its own range)."""
    since, until = moments(start, end)
    if not _on_server(session):  # a GROUP BY walks the whole index; on the server it is a hash aggregate
        yield from report_scans.kind_counts(driver(session), since, until)
        return
    query = (select(ContactEventRow.channel, ContactEventRow.direction, ContactEventRow.outcome, func.count())
             .where(ContactEventRow.at >= since, ContactEventRow.at < until)
             .group_by(ContactEventRow.channel, ContactEventRow.direction, ContactEventRow.outcome))
    for channel, direction, outcome, count in session.execute(query):
        yield channel, direction, outcome, int(count)


def reason_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, int, int, str]]:
    """(reason, accounts, what those accounts' patients owe now, an example account number) for the reasons
    patients gave in the period."""
    since, until = moments(start, end)
    quick = None if _on_server(session) else report_scans.reasons_by_moment(driver(session), since, until)
    # `reason != ''` written out, as the partial index ix_contact_event_reason says it, so SQLite uses it.
    said = (select(ContactEventRow.reason, ContactEventRow.account_id)
            .with_hint(ContactEventRow, "INDEXED BY ix_contact_event_reason", "sqlite")
            .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.reason.op("!=")(
                literal_column("''")))
            .distinct().subquery())
    query = (select(said.c.reason, func.count(), func.coalesce(func.sum(Account.patient_due_cents), 0),
                    func.min(said.c.account_id))
             .join(Account, Account.id == said.c.account_id).group_by(said.c.reason))
    found = quick if quick is not None else [(reason, int(n), int(cents), int(first))
                                             for reason, n, cents, first in session.execute(query)]
    numbers = {int(row[0]): row[1] for row in session.execute(select(Account.id, Account.number).where(
        Account.id.in_([first for *_r, first in found])))} if found else {}
    for reason, accounts, cents, first in found:
        yield reason, accounts, max(cents, 0), numbers.get(first, "")


def payments(session: Session, start: date, end: date) -> Iterator[tuple[int, date, int, str]]:
    """(account id, day, amount, method) of each patient payment or return posted in the period.

    The day is read as stored and turned into a date once per distinct day, not once per payment (a year
    holds hundreds of thousands of payments on a few hundred days)."""
    query = (select(LedgerEntryRow.account_id, type_coerce(LedgerEntryRow.posted_on, String),
                    LedgerEntryRow.amount_cents, LedgerEntryRow.method)
             .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                    LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end))
    # The kind written out, as the partial index ix_ledger_patient_payment says it, so SQLite uses it.
    days: dict[object, date] = {}
    # Plain driver tuples: for a year's payments SQLAlchemy's rows cost more than the query.
    for account_id, stored, cents, method in driver_rows(session, query):
        day = days.get(stored)
        if day is None:
            day = days[stored] = stored if isinstance(stored, date) else date.fromisoformat(str(stored)[:10])
        yield account_id, day, cents, method or ""


def plan_spans(session: Session, until: date) -> dict[int, list[tuple[date, date | None]]]:
    """Each plan signed by `until`: (signed on, ended on or None while running), per account (plans are few
    beside payments: one read of them all beats a lookup per paying account)."""
    ended = ("completed", "cancelled", "superseded", "defaulted")
    spans: dict[int, list[tuple[date, date | None]]] = {}
    query = (select(PaymentPlanRow.account_id, PaymentPlanRow.signed_on, PaymentPlanRow.state,
                    PaymentPlanRow.state_changed_at).where(PaymentPlanRow.signed_on <= until))
    for account_id, signed, state, changed in session.execute(query):
        if signed is not None:
            spans.setdefault(int(account_id), []).append((signed, changed.date() if state in ended else None))
    return spans


def promise_days(session: Session, since: date, until: date) -> dict[int, list[date]]:
    """The days promises were made between `since` and `until`, per account."""
    first, last = moments(since, until)
    days: dict[int, list[date]] = {}
    query = select(PromiseRow.account_id, PromiseRow.created_at).where(PromiseRow.created_at >= first,
                                                                       PromiseRow.created_at < last)
    for account_id, created in session.execute(query):
        days.setdefault(int(account_id), []).append(created.date())
    return days


def promises_made(session: Session, start: date, end: date) -> Iterator[tuple[str, int, int]]:
    """(outcome, promises, dollars promised) for the promises made in the period."""
    since, until = moments(start, end)
    promised = (select(PromiseInstallmentRow.promise_id, func.sum(PromiseInstallmentRow.amount_cents).label("c"))
                .group_by(PromiseInstallmentRow.promise_id).subquery())
    query = (select(PromiseRow.outcome, func.count(), func.coalesce(func.sum(promised.c.c), 0))
             .join(promised, promised.c.promise_id == PromiseRow.id)
             .where(PromiseRow.created_at >= since, PromiseRow.created_at < until).group_by(PromiseRow.outcome))
    for outcome, count, cents in session.execute(query):
        yield outcome, int(count), int(cents)


def promise_outcomes_by_month(session: Session, start: date, end: date) -> Iterator[tuple[str, str, int]]:
    """("YYYY-MM", outcome, promises) for the promises made in the period, by the month they were made."""
    since, until = moments(start, end)
    month = func.substr(type_coerce(PromiseRow.created_at, String), 1, 7)
    query = (select(month, PromiseRow.outcome, func.count())
             .where(PromiseRow.created_at >= since, PromiseRow.created_at < until)
             .group_by(month, PromiseRow.outcome))
    for made, outcome, count in session.execute(query):
        yield made, outcome, int(count)


def plans_due_in(session: Session, start: date, end: date) -> list[PaymentPlanRow]:
    """Signed plans with an installment falling due in the period."""
    due = (select(PlanInstallmentRow.plan_id).where(PlanInstallmentRow.due >= start, PlanInstallmentRow.due <= end)
           .distinct().subquery())
    return list(session.scalars(select(PaymentPlanRow).join(due, due.c.plan_id == PaymentPlanRow.id)
                                .where(PaymentPlanRow.signed_on.is_not(None))))


def notices_sent(session: Session, start: date, end: date) -> Iterator[tuple[int, str]]:
    """(plan, its state now) for the plans whose written notice of a missed payment went out in the period."""
    query = select(PaymentPlanRow.id, PaymentPlanRow.state).where(PaymentPlanRow.notice_sent_on >= start,
                                                                   PaymentPlanRow.notice_sent_on <= end)
    for plan_id, state in session.execute(query):
        yield int(plan_id), state


def plan_counts(session: Session, start: date, end: date) -> dict[str, int]:
    """Plans signed in the period ("signed"), and plans whose state changed to each state in it."""
    since, until = moments(start, end)
    counts = {"signed": int(session.scalar(select(func.count()).select_from(PaymentPlanRow).where(
        PaymentPlanRow.signed_on >= start, PaymentPlanRow.signed_on <= end)) or 0)}
    query = (select(PaymentPlanRow.state, func.count())
             .where(PaymentPlanRow.state_changed_at >= since, PaymentPlanRow.state_changed_at < until)
             .group_by(PaymentPlanRow.state))
    counts |= {state: int(count) for state, count in session.execute(query)}
    return counts


def handoff_counts(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, int, str]]:
    """(payer, reason, answer, hand-offs, an example claim) for the claims handed to a team in the period."""
    since, until = moments(start, end)
    query = (select(Encounter.payer_name, ClaimHandoff.reason, ClaimHandoff.answer, func.count(),
                    func.min(Encounter.claim_id))
             .join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
             .where(ClaimHandoff.at >= since, ClaimHandoff.at < until)
             .group_by(Encounter.payer_name, ClaimHandoff.reason, ClaimHandoff.answer))
    for payer, reason, answer, count, example in session.execute(query):
        yield payer or "", reason or "other", answer or "", int(count), example


def payer_codes(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, int, str]]:
    """(payer, reason codes, remark codes, remittances, an example claim) for the remittances processed in the
    period, grouped by the codes they carry (a handful of combinations, not a row per claim)."""
    grouped = (select(AdjudicationRow.payer, AdjudicationRow.reason_codes, AdjudicationRow.remark_codes,
                      func.count().label("n"), func.min(AdjudicationRow.encounter_id).label("first"))
               .where(AdjudicationRow.processed_on >= start, AdjudicationRow.processed_on <= end)
               .group_by(AdjudicationRow.payer, AdjudicationRow.reason_codes, AdjudicationRow.remark_codes)
               .subquery())
    query = select(grouped.c.payer, grouped.c.reason_codes, grouped.c.remark_codes, grouped.c.n,
                   Encounter.claim_id).join(Encounter, Encounter.id == grouped.c.first)
    for payer, reasons, remarks, count, claim in session.execute(query):
        yield payer or "", reasons or "", remarks or "", int(count), claim


def review_findings(session: Session, start: date, end: date) -> Iterator[tuple[str, str, int, int, str]]:
    """(payer, finding, remittances, what the patients were asked for, an example claim) for the remittances
    processed in the period that the accuracy review flags: denied, or not reconciling ("unbalanced",
    "pr_mismatch")."""
    finding = case((AdjudicationRow.status == "denied", literal_column("'denied_by_payer'")),
                   else_=AdjudicationRow.balance_issue)
    query = (select(AdjudicationRow.payer, finding, func.count(),
                    func.coalesce(func.sum(AdjudicationRow.patient_figure_cents), 0),
                    func.min(Encounter.claim_id))
             .join(Encounter, Encounter.id == AdjudicationRow.encounter_id)
             .where(AdjudicationRow.processed_on >= start, AdjudicationRow.processed_on <= end,
                    (AdjudicationRow.status == "denied") | (AdjudicationRow.balance_issue != ""))
             .group_by(AdjudicationRow.payer, finding))
    for payer, found, count, cents, claim in session.execute(query):
        yield payer or "", found, int(count), int(cents), claim


def issues_by_service_month(session: Session, start: date, end: date) -> Iterator[tuple[str, str, str, int]]:
    """(source, code, month of service "YYYY-MM", claims) for the hand-offs made and the remittances flagged or
    denied for coordination of benefits… in the period, by the month the care was given: which months' bills
    go wrong. Payers' codes are counted as their combination ("CO-22,CO-45")."""
    month = (func.to_char(Encounter.service_date, "YYYY-MM") if _on_server(session)
             else func.substr(type_coerce(Encounter.service_date, String), 1, 7))
    handed = (select(literal_column("'handoff'"), ClaimHandoff.reason, month, func.count())
              .join(Encounter, Encounter.id == ClaimHandoff.encounter_id)
              .where(ClaimHandoff.at >= moments(start, end)[0], ClaimHandoff.at < moments(start, end)[1])
              .group_by(ClaimHandoff.reason, month))
    coded = (select(literal_column("'payer_code'"), AdjudicationRow.reason_codes, month, func.count())
             .join(Encounter, Encounter.id == AdjudicationRow.encounter_id)
             .where(AdjudicationRow.processed_on >= start, AdjudicationRow.processed_on <= end)
             .group_by(AdjudicationRow.reason_codes, month))
    for query in (handed, coded):
        for source, code, served, count in session.execute(query):
            yield source, code or "", served, int(count)


def call_hours(session: Session, start: date, end: date) -> Iterator[tuple[str, int, str, int]]:
    """(the called number's first eight characters, UTC hour, outcome, calls) for the outbound calls of the
    period; the number's start says its zone (+1, area code, exchange). Counted in Python on the vault; grouped
    with extract(hour) on a team server."""
    since, until = moments(start, end)
    if not _on_server(session):
        yield from report_scans.call_hour_counts(driver(session), since, until)
        return
    hour = func.extract("hour", ContactEventRow.at)
    prefix = func.substr(ContactEventRow.address_used, 1, 8)
    query = (select(prefix, hour, ContactEventRow.outcome, func.count())
             .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.channel == "phone",
                    ContactEventRow.direction == "outbound")
             .group_by(prefix, hour, ContactEventRow.outcome))
    for number, utc_hour, outcome, count in session.execute(query):
        yield number or "", int(utc_hour), outcome, int(count)


def paid_in_full(session: Session, start: date, end: date) -> int:
    """Accounts that paid in the period and owe nothing now."""
    paying = (select(LedgerEntryRow.account_id)
              .where(LedgerEntryRow.kind == literal_column(f"'{EntryKind.PATIENT_PAYMENT.value}'"),
                     LedgerEntryRow.posted_on >= start, LedgerEntryRow.posted_on <= end).distinct().subquery())
    return int(session.scalar(select(func.count()).select_from(paying).join(
        Account, Account.id == paying.c.account_id).where(Account.patient_due_cents <= 0)) or 0)


def holds_ended(session: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    """(hold kind, the decision that ended it) -> accounts, for holds ended in the period; and
    ("agency_approved", "set") for accounts approved for an agency in it."""
    since, until = moments(start, end)
    ended = (select(AccountFlagRow.kind, AccountFlagRow.outcome, func.count(func.distinct(AccountFlagRow.account_id)))
             .where(AccountFlagRow.cleared_at >= since, AccountFlagRow.cleared_at < until)
             .group_by(AccountFlagRow.kind, AccountFlagRow.outcome))
    found = {(kind, outcome or ""): int(n) for kind, outcome, n in session.execute(ended)}
    placed = session.scalar(select(func.count(func.distinct(AccountFlagRow.account_id))).where(
        AccountFlagRow.kind == "agency_approved", AccountFlagRow.set_at >= since, AccountFlagRow.set_at < until))
    found[("agency_approved", "set")] = int(placed or 0)
    return found


def first_contacts(session: Session, since: date, start: date, end: date,
                   conversations: tuple[str, ...]) -> dict[int, tuple[date | None, date | None]]:
    """Per account contacted from `since` to `end`: (the day of its first outbound contact, the day of its first
    right-party contact from `start` on), each None when there was none (days in UTC)."""
    first, until = moments(since, end)
    begins = moments(start, start)[0]
    # The moments read as stored text and turned into days once per distinct day (a year holds a hundred
    # thousand accounts' firsts on a few hundred days).
    stored = type_coerce(ContactEventRow.at, String)
    outbound = func.min(case((ContactEventRow.direction == "outbound", stored)))
    talked = func.min(case(((ContactEventRow.at >= begins) & ContactEventRow.outcome.in_(conversations), stored)))
    # Read from the account index (account_id, at, direction, outcome) alone, in its order: the firsts come
    # out account by account with nothing to sort (the kind index would hand a year's contacts to a sorter).
    query = (select(ContactEventRow.account_id, outbound, talked)
             .with_hint(ContactEventRow, "INDEXED BY ix_contact_event_account", "sqlite")
             .where(ContactEventRow.at >= first, ContactEventRow.at < until)
             .group_by(ContactEventRow.account_id))
    days: dict[str, date] = {}

    def day(text: str | None) -> date | None:
        if text is None:
            return None
        key = text[:10]
        found = days.get(key)
        if found is None:
            found = days[key] = date.fromisoformat(key)
        return found

    return {int(account_id): (day(reached), day(spoke))
            for account_id, reached, spoke in driver_rows(session, query)}


def arrangement_days(session: Session, start: date, end: date) -> dict[int, list[date]]:
    """The days each account made a promise or signed a plan between `start` and `end`."""
    days: dict[int, list[date]] = {}
    for account_id, made in promise_days(session, start, end).items():
        days.setdefault(account_id, []).extend(made)
    query = select(PaymentPlanRow.account_id, PaymentPlanRow.signed_on).where(
        PaymentPlanRow.signed_on >= start, PaymentPlanRow.signed_on <= end)
    for account_id, signed in session.execute(query):
        if signed is not None:
            days.setdefault(int(account_id), []).append(signed)
    return days
