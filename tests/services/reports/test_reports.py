"""Reports counted on a vault with known answers: a day with hand-made contacts, payments and a promise; and
totals that reconcile with the payments export over the demo's months."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest

from collections_desktop.cli import main
from collections_desktop.domain.reports.periods import Period, compared_with
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.payments import record_payment
from collections_desktop.services.errors import UserError
from collections_desktop.services.exports.exports import export
from collections_desktop.services.outreach.contacts import log_contact
from collections_desktop.services.reports.activity import activity, by_local_hour
from collections_desktop.services.reports.billing_issues import billing_issues
from collections_desktop.services.reports.outcomes import outcomes
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def day_of_work(demo_workspace):
    """Today, after the demo's history ends: three calls, an e-mail, a disputing letter, two payments."""
    from collections_desktop.services.outreach.zones import zones_for_phone

    # Accounts with an e-mail address whose phones' area codes say their zone (the by-hour count needs it).
    numbers = [r.account for r in worklist(demo_workspace, view="due", limit=80)
               if (seen := get_account(demo_workspace, r.account)).emails
               and all(zones_for_phone(p.number) for p in seen.phones)][:3]
    # Half an hour ago, but never before today began (a run just after midnight stays in today's period).
    now = max(datetime.now(UTC) - timedelta(minutes=30), datetime.combine(TODAY, time(0, 0, 1), tzinfo=UTC))
    first, second, third = numbers
    for outcome, reason in (("NO_ANSWER", ""), ("VOICEMAIL_LCM", ""), ("CONVERSATION", "bill_not_understood")):
        log_contact(demo_workspace, first, "phone", outcome, at=now, override="report test", reason=reason)
    log_contact(demo_workspace, second, "email", "SENT", at=now, override="report test")
    log_contact(demo_workspace, second, "letter", "DISPUTE", direction="inbound", at=now,
                reason="service_disputed")
    log_contact(demo_workspace, third, "phone", "PROMISE_TO_PAY", at=now, override="report test",
                promise=[(TODAY + timedelta(days=5), "20.00")])
    record_payment(demo_workspace, first, "12.34", "cash")
    record_payment(demo_workspace, third, "5.00", "card", reference="AUTH1")
    return numbers


def test_a_day_of_work_counts_as_it_happened(demo_workspace, day_of_work):
    today = Period(TODAY, TODAY)
    done = activity(demo_workspace, today)
    assert done.totals == {"attempts": 5, "connected": 2, "right_party": 3, "conversations": 3, "voicemails": 1,
                           "written": 1, "inbound": 1}
    assert done.by_channel["phone"]["attempts"] == 4 and done.by_channel["email"]["written"] == 1
    hours = by_local_hour(demo_workspace, today)  # the calls, at the hour where each called number is
    assert sum(c for c, _t in hours.values()) == 4 and sum(t for _c, t in hours.values()) == 2
    assert all(0 <= hour < 24 for hour in hours)
    got = outcomes(demo_workspace, today)
    assert (got.collected_cents, got.payments) == (1734, 2)
    assert got.by_method == {"card": 500, "cash": 1234}
    assert got.by_source == {"one_time": 1234, "plan": 0, "promise": 500}
    assert got.promises == {"pending": (1, 2000)} and got.promise_kept_rate is None
    assert got.resolved["paid_in_full"] == 0 and got.resolved["placed_with_agency"] == 0
    # Reached today: the first account (a conversation; it paid) and the third (it promised and paid); the
    # second only disputed by letter (a right-party contact too) and did nothing else.
    assert got.conversion == (3, 2) and got.conversion_rate == pytest.approx(2 / 3)
    issues = billing_issues(demo_workspace, today, compared_with(today, "previous"))
    said = {(t.source, t.code): t for t in issues.trends if t.source == "reason"}
    assert set(said) == {("reason", "bill_not_understood"), ("reason", "service_disputed")}
    assert said[("reason", "bill_not_understood")].examples == (day_of_work[0],)
    assert all(t.count == 1 and t.before == 0 and t.direction == "steady" for t in said.values())
    assert said[("reason", "bill_not_understood")].cents == get_account(demo_workspace,
                                                                        day_of_work[0]).patient_due_cents


def test_accounts_resolved_paid_in_full_and_by_a_hold_ended(demo_workspace):
    from collections_desktop.services.outreach.holds import release_hold, set_hold

    rows = worklist(demo_workspace, view="due", limit=40)
    small = min(rows, key=lambda r: r.patient_due_cents)
    cents = small.patient_due_cents
    record_payment(demo_workspace, small.account, f"{cents // 100}.{cents % 100:02d}", "cash")
    other = next(r.account for r in rows if r.account != small.account
                 and not get_account(demo_workspace, r.account).flags)
    set_hold(demo_workspace, other, "financial_assistance_pending", "applied at the front desk")
    release_hold(demo_workspace, other, "financial_assistance_pending", "the committee met", outcome="approved",
                 discount="100")
    got = outcomes(demo_workspace, Period(TODAY, TODAY))
    assert got.resolved["paid_in_full"] == 1 and got.resolved["assistance_granted"] == 1


def test_an_unknown_reason_is_refused(demo_workspace):
    number = worklist(demo_workspace, view="due", limit=1)[0].account
    with pytest.raises(UserError) as refused:
        log_contact(demo_workspace, number, "phone", "CONVERSATION", direction="inbound", reason="bogus")
    assert refused.value.code == "unknown_reason" and "duplicate_charge" in refused.value.params["choices"]


def test_dollars_collected_reconcile_with_the_payments_export(demo_workspace, tmp_path):
    start = date(2026, 6, 1)
    written = export(demo_workspace, "payments", tmp_path / "payments.csv", since=start)
    got = outcomes(demo_workspace, Period(start, TODAY))
    assert written.total_cents == got.collected_cents and got.collected_cents > 0
    assert sum(got.by_source.values()) == sum(got.by_method.values()) == got.collected_cents


def test_the_report_command_in_both_languages(demo_dir, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    d = str(demo_dir)
    assert main(["--data-dir", d, "report", "outcomes", "--from", "2026-06-01", "--to", "2026-11-30",
                 "--json", "--csv", str(tmp_path / "o.csv")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["period"] == {"from": "2026-06-01", "to": "2026-11-30"}
    assert shown["compared"] == {"from": "2025-12-01", "to": "2026-05-31"}
    assert (tmp_path / "o.csv").read_text().startswith("measure,count,before")
    assert main(["--data-dir", d, "--lang", "es", "report", "activity", "--from", "2026-10-01", "--to",
                 "2026-12-31"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Actividad: del 1 oct 2026 al 31 dic 2026") and "intentos" in out
    assert main(["--data-dir", d, "report", "activity", "--from", "2026-10-01", "--to", "2026-11-30",
                 "--by-hour", "--json"]) == 0
    hours = json.loads(capsys.readouterr().out)["by_local_hour"]
    assert hours and all(8 <= int(h) < 21 for h in hours)  # the demo calls only inside calling hours
    assert main(["--data-dir", d, "report", "billing-issues", "--period", "quarter"]) == 0
    assert "Billing issues" in capsys.readouterr().out
    assert main(["--data-dir", d, "report", "activity", "--from", "2026-06-01"]) == 1
    assert "give both --from and --to" in capsys.readouterr().err


def test_the_billing_feedback_pdf_names_no_patient(demo_dir, monkeypatch, capsys, tmp_path):
    from pypdf import PdfReader

    from collections_desktop.services.workspace import open_workspace
    from tests.test_rendered_words import leaks

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    d = str(demo_dir)
    for lang, title, page in (("en", "Billing feedback", "Page 1 of"), ("es", "Informe para facturación",
                                                                         "Página 1 de")):
        out = tmp_path / f"feedback-{lang}.pdf"
        assert main(["--data-dir", d, "--lang", lang, "report", "billing-issues", "--from", "2026-09-01", "--to",
                     "2026-11-30", "--pdf", str(out), "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
        assert title in text and page in text and leaks(text) == []
        examples = {e for issue in shown["issues"] for e in issue["examples"]}
        assert examples and all(e in text for e in examples)
    workspace = open_workspace(demo_dir, passphrase=PASSPHRASE)
    try:
        names = {get_account(workspace, r.account).guarantor.last_name
                 for r in worklist(workspace, view="all", limit=400)}
    finally:
        workspace.close()
    assert not any(f" {name} " in f" {text} " for name in names if len(name) > 3)


def test_days_from_first_outreach_to_payment(workspace, tmp_path):
    from collections_desktop.services.imports.imports import import_files
    from tests.services.outreach.test_agency import LEDGER

    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [path]).applied
    called = datetime.combine(TODAY - timedelta(days=20), time(17, 0), tzinfo=UTC)  # 10:00 in Denver
    log_contact(workspace, "A300", "phone", "NO_ANSWER", at=called, now=called)
    later = called + timedelta(days=9)
    log_contact(workspace, "A300", "phone", "CONVERSATION", at=later, now=later, reason="financial_hardship")
    record_payment(workspace, "A300", "10.00", "cash")
    got = outcomes(workspace, Period(TODAY, TODAY))
    assert got.days_to_pay == (1, 20, 0) and got.average_days_to_pay == 20
    # The conversation came before the period: nobody was reached in it.
    assert got.conversion == (0, 0)
    month = outcomes(workspace, Period(TODAY - timedelta(days=29), TODAY))
    assert month.conversion == (1, 1) and month.days_to_pay == (1, 20, 0)
