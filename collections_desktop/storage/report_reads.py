"""The activity and billing-issue reports' reads: counts and sums grouped over one period, never a row per patient to
the caller (the outcome reports' are in outcome_reads)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, case, func, literal_column, select, type_coerce
from sqlalchemy.orm import Session

from collections_desktop.storage import kept_sums, report_scans
from collections_desktop.storage.fast_read import driver
from collections_desktop.storage.models import (
    Account,
    AdjudicationRow,
    ClaimHandoff,
    ContactEventRow,
    Encounter,
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
    found = quick if quick is not None else _reasons_grouped(session, since, until)
    numbers = {int(row[0]): row[1] for row in session.execute(select(Account.id, Account.number).where(
        Account.id.in_([first for *_r, first in found])))} if found else {}
    for reason, accounts, cents, first in found:
        yield reason, accounts, max(cents, 0), numbers.get(first, "")


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


def _reasons_grouped(session: Session, since: datetime, until: datetime) -> list[tuple[str, int, int, int]]:
    """reason_counts' rows by a GROUP BY over each reason's accounts in order (the server's way, and the vault's
    for a period holding many reasons)."""
    # `reason != ''` written out, as the partial index ix_contact_event_reason says it, so SQLite uses it.
    said = (select(ContactEventRow.reason, ContactEventRow.account_id)
            .with_hint(ContactEventRow, "INDEXED BY ix_contact_event_reason", "sqlite")
            .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.reason.op("!=")(
                literal_column("''")))
            .distinct().subquery())
    query = (select(said.c.reason, func.count(), func.coalesce(func.sum(Account.patient_due_cents), 0),
                    func.min(said.c.account_id))
             .join(Account, Account.id == said.c.account_id).group_by(said.c.reason))
    return [(reason, int(n), int(cents), int(first)) for reason, n, cents, first in session.execute(query)]


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
             # One pass over the table: the codes' index, in payer order, would fetch a row per remittance.
             .with_hint(AdjudicationRow, "NOT INDEXED", "sqlite")
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
    period; the number's start says its zone (+1, area code, exchange). Read from the counts a vault keeps by
    day; grouped with extract(hour) on a team server."""
    if not _on_server(session):
        yield from kept_sums.call_hours(session, start, end)
        return
    since, until = moments(start, end)
    hour = func.extract("hour", ContactEventRow.at)
    prefix = func.substr(ContactEventRow.address_used, 1, 8)
    query = (select(prefix, hour, ContactEventRow.outcome, func.count())
             .where(ContactEventRow.at >= since, ContactEventRow.at < until, ContactEventRow.channel == "phone",
                    ContactEventRow.direction == "outbound")
             .group_by(prefix, hour, ContactEventRow.outcome))
    for number, utc_hour, outcome, count in session.execute(query):
        yield number or "", int(utc_hour), outcome, int(count)
