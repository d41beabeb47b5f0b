"""The portfolio counted on a hand-built vault with known answers, reconciled with the demo's balances, and
told by the report command in both languages."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from collections_desktop.cli import main
from collections_desktop.domain.aging import AgingBucket as B
from collections_desktop.domain.reports.periods import Period
from collections_desktop.services.reports.portfolio import portfolio
from collections_desktop.storage.models import (
    Account,
    AccountFlagRow,
    AdjudicationRow,
    ClaimHandoff,
    Encounter,
    LedgerEntryRow,
    Person,
)
from tests.conftest import AS_OF, PASSPHRASE

NOW = datetime(2026, 5, 15, 15, 0, tzinfo=UTC)


def _build(workspace) -> None:  # noqa: ANN001
    """Three visits on two accounts: a self-pay visit billed in January, an insured one processed in March,
    and one insurance still holds (left out)."""
    with workspace.transaction() as session:
        person = Person(first_name="Test", last_name="Patient", birth_date=date(1980, 1, 1))
        session.add(person)
        session.flush()
        first = Account(number="P100", guarantor_id=person.id, created_at=NOW, patient_due_cents=8700)
        second = Account(number="P200", guarantor_id=person.id, created_at=NOW, insurance_pending_cents=50000)
        session.add_all([first, second])
        session.flush()
        visits = [Encounter(account_id=first.id, patient_id=person.id, claim_id=claim, service_date=served,
                            first_statement_date=billed, payer_name=payer, payer_kind=kind, insurance_pending=pending)
                  for claim, served, billed, payer, kind, pending in (
                      ("C1", date(2026, 1, 10), date(2026, 1, 15), "", "self_pay", False),
                      ("C2", date(2026, 2, 3), date(2026, 3, 10), "Aetna", "commercial", False),
                      ("C3", date(2026, 3, 20), None, "Aetna", "commercial", True))]
        visits[2].account_id = second.id
        session.add_all(visits)
        session.flush()
        c1, c2, c3 = (v.id for v in visits)
        session.add(AdjudicationRow(encounter_id=c2, sequence=1, payer="Aetna", processed_on=date(2026, 3, 5),
                                    reason_codes="CO-45,CO-22", balance_issue="unbalanced", patient_figure_cents=3000))
        for visit, account, kind, cents, day in (
                (c1, first, "charge", 10000, date(2026, 1, 10)),
                (c1, first, "patient_payment", 3000, date(2026, 2, 20)),
                (c1, first, "write_off", 500, date(2026, 4, 2)), (c2, first, "charge", 20000, date(2026, 2, 3)),
                (c2, first, "patient_payment", 1000, date(2026, 3, 1)),
                (c2, first, "insurance_payment", 12000, date(2026, 3, 5)),
                (c2, first, "contractual", 5000, date(2026, 3, 5)),
                (c2, first, "patient_refund", 200, date(2026, 4, 10)),
                (c3, second, "charge", 50000, date(2026, 3, 20))):
            session.add(LedgerEntryRow(account_id=account.id, encounter_id=visit, kind=kind, amount_cents=cents,
                                       posted_on=day, created_at=NOW))
        session.add_all([AccountFlagRow(account_id=first.id, kind="dispute", set_at=NOW),
                         AccountFlagRow(account_id=first.id, kind="attorney", set_at=NOW - timedelta(days=90),
                                        cleared_at=NOW - timedelta(days=1)),
                         ClaimHandoff(encounter_id=c2, at=NOW, reason="coordination_of_benefits")])


def test_a_hand_built_quarter_rolls_forward_to_the_cent(workspace):
    _build(workspace)
    found = portfolio(workspace, Period(date(2026, 2, 1), date(2026, 4, 30)), today=date(2026, 5, 15))
    feb, mar, apr = found.months
    assert [m.total(p) for p in ("start", "new", "collected", "adjusted", "end") for m in (feb,)] == [
        10000, 0, 3000, 0, 7000]
    assert [mar.total(p) for p in ("start", "new", "collected", "adjusted", "end")] == [7000, 3000, 1000, 0, 9000]
    assert [apr.total(p) for p in ("start", "new", "collected", "adjusted", "end")] == [9000, 0, -200, 500, 8700]
    assert apr.end[B.DAYS_31_60] == 2200 and apr.end[B.DAYS_91_120] == 6500
    assert mar.moved == {(B.DAYS_31_60, B.DAYS_61_90): 7000}
    assert all(m.closes() for m in found.months) and found.receivable_cents == 8700
    assert found.on_hold == {"dispute": (1, 8700)}  # the attorney hold was lifted
    assert found.insurance_pending == (1, 50000) and found.with_billing == (1, 8700)


def test_a_month_not_over_yet_ends_today(workspace):
    _build(workspace)
    found = portfolio(workspace, Period(date(2026, 4, 1), date(2026, 4, 30)), today=date(2026, 4, 5))
    assert [m.month_end for m in found.months] == [date(2026, 4, 5)]
    assert found.months[0].total("adjusted") == 500 and found.months[0].total("collected") == 0


def test_the_demo_receivable_ends_where_the_balances_are(demo_workspace):
    later = AS_OF + timedelta(days=60)  # past every posting the demo dated ahead
    found = portfolio(demo_workspace, Period(date(2025, 12, 1), later), today=later)
    assert len(found.months) == 14 and all(m.closes() for m in found.months)
    with demo_workspace.reading() as session:
        owed = session.scalar(select(func.sum(Account.patient_due_cents)))
    assert found.receivable_cents == owed


def test_the_portfolio_command_in_both_languages(demo_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    d = str(demo_dir)
    assert main(["--data-dir", d, "report", "portfolio", "--from", "2026-09-01", "--to", "2026-10-31", "--json",
                 "--csv", str(tmp_path / "p.csv")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [m["month_end"] for m in shown["months"]] == ["2026-09-30", "2026-10-31"]
    assert all(m["closes"] for m in shown["months"]) and shown["months"][1]["start"] == shown["months"][0]["end"]
    assert set(shown["months"][0]["by_bucket"]) == {"0-30", "31-60", "61-90", "91-120", "120+"}
    with (tmp_path / "p.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["measure", "cents", "accounts"] and [
        r[0] for r in rows if r[0] == "2026-09-30:end:0-30"] == ["2026-09-30:end:0-30"]
    assert main(["--data-dir", d, "--lang", "es", "report", "portfolio", "--from", "2026-10-01", "--to",
                 "2026-10-31"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cartera: saldos de pacientes por antigüedad") and "al cierre" in out
    assert "Saldos en suspensión hoy:" in out and "Con el seguro hoy:" in out


def test_review_findings_and_months_of_service_feed_the_billing_issues(workspace):
    from collections_desktop.services.reports.billing_issues import billing_issues, by_service_month

    _build(workspace)
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    found = {(t.source, t.code, t.payer): t for t in billing_issues(workspace, march, Period(
        date(2026, 2, 1), date(2026, 2, 28))).trends}
    unbalanced = found[("review", "unbalanced", "Aetna")]
    assert (unbalanced.count, unbalanced.before, unbalanced.cents, unbalanced.examples) == (1, 0, 3000, ("C2",))
    assert found[("payer_code", "CO-22", "Aetna")].count == 1 and ("payer_code", "CO-45", "Aetna") not in found
    assert by_service_month(workspace, march) == {("payer_code", "CO-22"): {"2026-02": 1}}
    may = Period(date(2026, 5, 1), date(2026, 5, 31))
    assert by_service_month(workspace, may) == {("handoff", "coordination_of_benefits"): {"2026-02": 1}}


def test_the_accounts_behind_a_figure(workspace):
    from collections_desktop.services.reports.behind import Figure, accounts_behind

    _build(workspace)
    with workspace.reading() as session:
        first = session.scalar(select(Account.id).where(Account.number == "P100"))
    march, may = (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 5, 1), date(2026, 5, 31))
    assert accounts_behind(workspace, Figure(*march, source="review", code="unbalanced", payer="Aetna")) == [first]
    assert accounts_behind(workspace, Figure(*march, source="payer_code", code="CO-22", payer="Aetna")) == [first]
    assert accounts_behind(workspace, Figure(*march, source="payer_code", code="CO-2", payer="Aetna")) == []
    assert accounts_behind(workspace, Figure(*march, source="payer_code", code="CO-22", payer="Cigna")) == []
    assert accounts_behind(workspace, Figure(*may, source="handoff", code="coordination_of_benefits")) == [first]
    assert accounts_behind(workspace, Figure(date(2026, 2, 1), date(2026, 2, 28), measure="paid")) == [first]
    assert accounts_behind(workspace, Figure(*may, measure="plans")) == []


def test_the_accounts_in_an_aging_bucket_at_a_month_end(workspace):
    from collections_desktop.services.reports.behind import Figure, accounts_behind

    _build(workspace)
    with workspace.reading() as session:
        first = session.scalar(select(Account.id).where(Account.number == "P100"))
    march_end = date(2026, 3, 31)  # the January visit is 61-90 then, the March one current
    assert accounts_behind(workspace, Figure(march_end, march_end, measure="aging", code="61-90")) == [first]
    assert accounts_behind(workspace, Figure(march_end, march_end, measure="aging", code="0-30")) == [first]
    assert accounts_behind(workspace, Figure(march_end, march_end, measure="aging", code="31-60")) == []
    april_end = date(2026, 4, 30)  # the January visit 91-120, the March one 31-60
    assert accounts_behind(workspace, Figure(april_end, april_end, measure="aging", code="91-120")) == [first]
    assert accounts_behind(workspace, Figure(april_end, april_end, measure="aging", code="120+")) == []
