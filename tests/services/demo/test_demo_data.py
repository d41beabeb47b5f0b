"""Demo data is deterministic and realistic: reconciling claims, every flag, every zone, every aging bucket."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from collections_desktop.cli.output import account_json
from collections_desktop.domain.flags import AccountFlag
from collections_desktop.domain.ledger import Adjudication, reconciliation_gap
from collections_desktop.services.demo.demo import fill_demo
from collections_desktop.services.demo.demo_generator import COLUMNS
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.workspace import create_workspace
from collections_desktop.storage.models import Account, AccountFlagRow, AccountMember, Address, Base, Phone
from tests.conftest import AS_OF, PASSPHRASE


def test_generator_columns_are_the_tables_columns():
    """Every column, except one the database fills itself (`recorded_by`: demo rows were recorded by no one)."""
    for table, columns in COLUMNS.items():
        every = {c.name for c in Base.metadata.tables[table].columns}
        needed = {c.name for c in Base.metadata.tables[table].columns if c.server_default is None}
        assert needed <= set(columns) <= every and every - set(columns) <= {"recorded_by"}, table


def test_same_seed_same_vault(tmp_path):
    docs = []
    for name in ("a", "b"):
        ws, _ = create_workspace(tmp_path / name, PASSPHRASE)
        fill_demo(ws, accounts=120, seed=3, today=AS_OF, batch_size=50)
        rows = worklist(ws, view="all", limit=500, as_of=AS_OF)
        docs.append([account_json(get_account(ws, r.account, as_of=AS_OF)) for r in rows])
        ws.close()
    assert docs[0] == docs[1]


def test_demo_refuses_a_vault_with_accounts(demo_workspace):
    try:
        fill_demo(demo_workspace, accounts=5)
    except UserError as exc:
        assert exc.code == "vault_not_empty"
    else:
        raise AssertionError("demo filled a non-empty vault")


def test_claims_reconcile_and_balances_match_the_cache(demo_workspace):
    rows = worklist(demo_workspace, view="all", limit=1000, as_of=AS_OF)
    for row in rows:
        view = get_account(demo_workspace, row.account, as_of=AS_OF)
        assert view.patient_due_cents == row.patient_due_cents
        assert sum(view.aging_cents.values()) == view.patient_due_cents
        for enc in view.encounters:
            if enc.payer and enc.balance.status.value != "insurance_pending":
                adjudication = Adjudication(deductible_cents=enc.deductible_cents,
                                            coinsurance_cents=enc.coinsurance_cents, copay_cents=enc.copay_cents,
                                            noncovered_cents=enc.noncovered_cents)
                b = enc.balance
                assert reconciliation_gap(b.billed_cents, b.insurance_paid_cents, b.contractual_cents,
                                          b.insurance_adjusted_cents, adjudication) == 0


def test_spread_over_people_places_flags_and_aging(demo_workspace):
    with demo_workspace.reading() as session:
        flags = set(session.scalars(select(AccountFlagRow.kind)))
        states = set(session.scalars(select(Address.state)))
        not_self = session.scalar(select(func.count()).select_from(AccountMember).where(
            AccountMember.role == "patient", AccountMember.relationship != "self"))
        area_codes = {n[2:5] for n in session.scalars(select(Phone.number))}
    assert flags == {f.value for f in AccountFlag}
    assert {"AZ", "HI", "AK", "NY", "CA", "TX", "CO"} <= states
    assert not_self > 20
    assert len(area_codes) > 15
    rows = worklist(demo_workspace, view="due", limit=1000, as_of=AS_OF)
    buckets = Counter(r.oldest_bucket.value for r in rows)
    assert set(buckets) == {"0-30", "31-60", "61-90", "91-120", "120+"}
    assert min(buckets.values()) >= 10
    names = " ".join(r.guarantor for r in worklist(demo_workspace, view="all", limit=1000))
    assert "ñ" in names and any(ch in names for ch in "áéíóú")


def test_demo_contact_history_stays_inside_the_rules(demo_workspace):
    """Replays every demo call through the engine at its own moment, with the history before it."""
    from collections_desktop.domain.compliance.engine import decide
    from collections_desktop.domain.compliance.model import Channel, ContactEvent, Outcome, Policy, Purpose
    from collections_desktop.services.outreach.contacts import _request
    from collections_desktop.storage.models import ContactEventRow

    with demo_workspace.reading() as session:
        calls = list(session.scalars(select(ContactEventRow).where(ContactEventRow.channel == "phone")
                                     .order_by(ContactEventRow.at)))
        numbers = dict(session.execute(select(Account.id, Account.number)).all())
        assert len(calls) > 100
        for call in calls:
            request, *_ = _request(session, numbers[call.account_id], Channel.PHONE, "guarantor", call.at,
                                   automated=False, purpose=Purpose.COLLECTION)
            request.history = [ContactEvent(e.at, e.person_id, Channel(e.channel), Outcome(e.outcome),
                                            e.direction == "inbound") for e in calls
                               if e.person_id == call.person_id and e.at < call.at]
            request.flags = set()  # holds are dated after these calls
            decision = decide(request, Policy())
            assert decision.allowed, (call.at, [r.code for r in decision.reasons])


def test_demo_plans_and_promises_cover_every_state(demo_workspace):
    from sqlalchemy import select

    from collections_desktop.services.demo.demo_plans import seed_plans
    from collections_desktop.services.desk.worklist import ids_for
    from collections_desktop.services.plans.agreements import produce_agreement
    from collections_desktop.services.plans.plan_views import account_plans
    from collections_desktop.services.vault.vault_ops import verify_audit
    from collections_desktop.storage.plan_models import PaymentPlanRow, PromiseRow

    # Every scenario and the five recent promises, then the year's promises on the candidates left (16 of 33 here).
    assert seed_plans(demo_workspace, AS_OF) == 31
    with demo_workspace.reading() as session:
        states = set(session.scalars(select(PaymentPlanRow.state)))
        outcomes = set(session.scalars(select(PromiseRow.outcome)))
    assert states == {"active", "late", "notice_sent", "defaulted", "completed", "superseded",
                      "awaiting_signature", "draft"}
    assert outcomes == {"pending", "kept", "partly_kept", "broken"}
    assert ids_for(demo_workspace, "plans_late") and ids_for(demo_workspace, "promises_due")
    with demo_workspace.reading() as session:
        amended = session.scalars(select(PaymentPlanRow).where(PaymentPlanRow.previous_id.is_not(None))).one()
    from collections_desktop.storage.models import Account

    with demo_workspace.reading() as session:
        number = session.get(Account, amended.account_id).number
    view = account_plans(demo_workspace, number, AS_OF)
    assert [p.status for p in view.plans] == ["superseded", "active"]
    assert produce_agreement(demo_workspace, number).content.startswith(b"%PDF")
    assert verify_audit(demo_workspace).intact
