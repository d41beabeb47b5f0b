"""The reports' kept sums follow every change to postings, visits, the primary payer's processing and calls,
however it is written, and `vault check` says when they do not."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from collections_desktop.services.vault.vault_ops import check_vault
from collections_desktop.storage import kept_sums
from collections_desktop.storage.models import (
    Account,
    AdjudicationRow,
    ContactEventRow,
    Encounter,
    LedgerEntryRow,
    Person,
)

NOW = datetime(2026, 5, 15, 15, 0, tzinfo=UTC)
KINDS = ("charge", "patient_payment", "insurance_payment", "contractual", "write_off", "patient_refund")


def _visits(workspace, count: int = 3) -> list[int]:  # noqa: ANN001
    """`count` visits on one account, each with a charge; the first processed by its primary payer."""
    with workspace.transaction() as session:
        person = Person(first_name="Test", last_name="Patient", birth_date=date(1980, 1, 1))
        session.add(person)
        session.flush()
        account = Account(number="P100", guarantor_id=person.id, created_at=NOW)
        session.add(account)
        session.flush()
        visits = [Encounter(account_id=account.id, patient_id=person.id, claim_id=f"C{n}",
                            service_date=date(2026, 1, 10) + timedelta(days=20 * n)) for n in range(count)]
        session.add_all(visits)
        session.flush()
        for visit in visits:
            session.add(LedgerEntryRow(account_id=account.id, encounter_id=visit.id, kind="charge",
                                       amount_cents=10_000, posted_on=visit.service_date, created_at=NOW))
        session.add(AdjudicationRow(encounter_id=visits[0].id, sequence=1, payer="Aetna",
                                    processed_on=date(2026, 2, 20)))
        return [visit.id for visit in visits]


def _agree(workspace) -> bool:  # noqa: ANN001
    with workspace.reading() as session:
        return kept_sums.sums_off(session) == 0


def _kept(workspace) -> int:  # noqa: ANN001
    with workspace.reading() as session:
        return int(session.scalar(text("SELECT coalesce(sum(cents), 0) FROM receivable_flow")) or 0)


def test_each_kind_of_change_keeps_the_sums(workspace):
    first, second, third = _visits(workspace)
    assert _agree(workspace) and _kept(workspace) == 30_000
    steps = [
        lambda s: s.add(LedgerEntryRow(account_id=1, encounter_id=second, kind="patient_payment", amount_cents=2_500,
                                       posted_on=date(2026, 3, 1), created_at=NOW)),
        lambda s: s.execute(update(LedgerEntryRow).where(LedgerEntryRow.kind == "patient_payment")
                            .values(amount_cents=3_000, posted_on=date(2026, 1, 5))),  # before the visit's anchor
        lambda s: s.execute(update(Encounter).where(Encounter.id == second)
                            .values(first_statement_date=date(2026, 2, 15))),
        lambda s: s.execute(update(Encounter).where(Encounter.id == third).values(insurance_pending=True)),
        lambda s: s.add(AdjudicationRow(encounter_id=second, sequence=1, payer="Aetna",
                                        processed_on=date(2026, 3, 3))),
        lambda s: s.add(AdjudicationRow(encounter_id=second, sequence=2, payer="Medicaid",
                                        processed_on=date(2026, 4, 3))),
        lambda s: s.execute(update(AdjudicationRow).where(AdjudicationRow.encounter_id == first)
                            .values(processed_on=date(2026, 4, 1))),
        lambda s: s.execute(update(Encounter).where(Encounter.id == third).values(insurance_pending=False)),
        lambda s: s.execute(delete(AdjudicationRow).where(AdjudicationRow.encounter_id == first)),
        lambda s: s.execute(delete(LedgerEntryRow).where(LedgerEntryRow.kind == "patient_payment")),
        lambda s: s.execute(delete(Encounter).where(Encounter.id == first)),  # its postings go with it
    ]
    for number, step in enumerate(steps):
        with workspace.transaction() as session:
            step(session)
        assert _agree(workspace), f"step {number}"
    assert _kept(workspace) == 20_000
    with workspace.transaction() as session:
        session.execute(delete(Account))  # the visits, postings and payers' rows go by cascade
    assert _agree(workspace) and _kept(workspace) == 0


def test_a_rolled_back_change_leaves_the_sums_as_they_were(workspace):
    _visits(workspace)
    before = _kept(workspace)
    try:
        with workspace.transaction() as session:
            session.execute(update(LedgerEntryRow).values(amount_cents=1))
            raise RuntimeError("the user cancelled")
    except RuntimeError:
        pass
    assert _kept(workspace) == before and _agree(workspace)


CHANGES = st.lists(st.tuples(st.sampled_from(("post", "amend", "drop", "bill", "pend", "process", "forget")),
                             st.integers(0, 2), st.integers(-40, 120), st.integers(1, 90_000)),
                   min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=CHANGES)
def test_any_sequence_of_changes_keeps_the_sums(workspace, changes):
    with workspace.transaction() as session:
        session.execute(delete(Account))
        session.execute(delete(Person))
    visits = _visits(workspace)
    start = date(2026, 1, 10)
    with workspace.transaction() as session:
        account_id = session.scalar(select(Account.id))
        for action, which, days, cents in changes:
            visit, day = visits[which], start + timedelta(days=days)
            if action == "post":
                session.add(LedgerEntryRow(account_id=account_id, encounter_id=visit, kind=KINDS[cents % len(KINDS)],
                                           amount_cents=cents, posted_on=day, created_at=NOW))
            elif action == "amend":
                session.execute(update(LedgerEntryRow).where(LedgerEntryRow.encounter_id == visit)
                                .values(amount_cents=cents, posted_on=day))
            elif action == "drop":
                session.execute(delete(LedgerEntryRow).where(LedgerEntryRow.encounter_id == visit,
                                                             LedgerEntryRow.kind != "charge"))
            elif action == "bill":
                session.execute(update(Encounter).where(Encounter.id == visit).values(first_statement_date=day))
            elif action == "pend":
                session.execute(update(Encounter).where(Encounter.id == visit).values(
                    insurance_pending=Encounter.insurance_pending == False))  # noqa: E712 - SQL's NOT
            elif action == "process":
                found = session.scalar(select(AdjudicationRow).where(AdjudicationRow.encounter_id == visit,
                                                                     AdjudicationRow.sequence == 1))
                if found is None:
                    session.add(AdjudicationRow(encounter_id=visit, sequence=1, payer="Aetna", processed_on=day))
                else:
                    found.processed_on = day
            else:
                session.execute(delete(AdjudicationRow).where(AdjudicationRow.encounter_id == visit))
            session.flush()
    assert _agree(workspace)


def test_vault_check_finds_sums_that_left_the_ledger_and_a_rebuild_mends_them(workspace):
    _visits(workspace)
    with workspace.transaction() as session:
        session.execute(text("UPDATE receivable_flow SET cents = cents + 1 WHERE kind = 'charge' AND "
                             "anchor = (SELECT min(anchor) FROM receivable_flow)"))
    found = check_vault(workspace)
    assert found.kept_sums_off == 1 and not found.sound
    with workspace.transaction() as session:
        kept_sums.rebuild(session)
    assert check_vault(workspace).kept_sums_off == 0


def test_calls_are_counted_by_day_hour_and_prefix_as_they_change(workspace):
    _visits(workspace)

    def calls() -> list[tuple]:
        with workspace.reading() as session:
            return [tuple(r) for r in session.execute(text(
                "SELECT day, prefix, hour, outcome, calls FROM call_hour_count WHERE calls != 0 ORDER BY 1, 2, 3, 4"))]

    def call(at: datetime, outcome: str = "NO_ANSWER", channel: str = "phone") -> ContactEventRow:
        return ContactEventRow(account_id=1, person_id=1, at=at, channel=channel, direction="outbound",
                               outcome=outcome, address_used="+13125550100", note="", detail="{}", created_at=NOW)

    with workspace.transaction() as session:
        session.add_all([call(datetime(2026, 3, 2, 15, 5, tzinfo=UTC)), call(datetime(2026, 3, 2, 15, 40, tzinfo=UTC)),
                         call(datetime(2026, 3, 2, 16, 0, tzinfo=UTC), "CONVERSATION"),
                         call(datetime(2026, 3, 2, 16, 0, tzinfo=UTC), "SENT", channel="email")])
    assert calls() == [("2026-03-02", "+1312555", 15, "NO_ANSWER", 2),
                       ("2026-03-02", "+1312555", 16, "CONVERSATION", 1)]
    with workspace.transaction() as session:
        session.execute(update(ContactEventRow).where(ContactEventRow.outcome == "CONVERSATION")
                        .values(outcome="VOICEMAIL_LCM", at=datetime(2026, 3, 3, 1, 0, tzinfo=UTC)))
        session.execute(delete(ContactEventRow).where(ContactEventRow.id == 1))
    assert calls() == [("2026-03-02", "+1312555", 15, "NO_ANSWER", 1),
                       ("2026-03-03", "+1312555", 1, "VOICEMAIL_LCM", 1)]
    assert _agree(workspace)


def test_a_bulk_load_sets_the_triggers_aside_and_an_interrupted_one_is_mended_on_opening(workspace, data_dir):
    from collections_desktop.services.workspace import open_workspace
    from collections_desktop.storage.bulk import drop_secondary_indexes
    from tests.conftest import PASSPHRASE

    def triggers(ws) -> int:  # noqa: ANN001
        with ws.reading() as session:
            return int(session.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                           "(name LIKE 'receivable_flow%' OR name LIKE 'call_hour_count%')")))

    visits = _visits(workspace)
    standing = triggers(workspace)
    with workspace.transaction() as session:
        drop_secondary_indexes(session)  # as a demo fill begins
    with workspace.transaction() as session:
        session.add(LedgerEntryRow(account_id=1, encounter_id=visits[0], kind="patient_payment", amount_cents=700,
                                   posted_on=date(2026, 3, 1), created_at=NOW))
    assert triggers(workspace) == 0 and not _agree(workspace)  # the fill was killed here
    workspace.close()
    reopened = open_workspace(data_dir, passphrase=PASSPHRASE)
    try:
        assert triggers(reopened) == standing == 15 and _agree(reopened)
    finally:
        reopened.close()
