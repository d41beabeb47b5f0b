"""Every report for a year on a large vault (a copy of --vault, topped up to 1M contacts and 300k payments), each
against a raw SQL `count(*)` over the same tables measured in the same run; and the Reports window's data."""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import PASSPHRASE, timed_median_ms

CONTACTS = 1_000_000
PAYMENTS = 300_000
OUTCOMES = ("NO_ANSWER", "VOICEMAIL_LCM", "CONVERSATION", "PROMISE_TO_PAY", "BUSY", "SENT")
REASONS = ("financial_hardship", "bill_not_understood", "insurance_should_pay", "", "", "")


def _top_up(workspace, contacts: int, payments: int, today: date) -> tuple[int, int]:  # noqa: ANN001
    """Adds synthetic contacts and payments over the last year until the vault holds `contacts` and `payments`."""
    from sqlalchemy import func, insert, select

    from collections_desktop.storage.models import Account, ContactEventRow, Encounter, LedgerEntryRow

    rng = random.Random(5)  # noqa: S311 - invented data
    with workspace.transaction() as session:
        have_contacts = session.scalar(select(func.count()).select_from(ContactEventRow)) or 0
        have_payments = session.scalar(select(func.count()).select_from(LedgerEntryRow).where(
            LedgerEntryRow.kind == "patient_payment")) or 0
        people = session.execute(select(Account.id, Account.guarantor_id)).all()
        visits = session.execute(select(Encounter.id, Encounter.account_id).limit(200_000)).all()
        start = datetime.combine(today - timedelta(days=364), datetime.min.time(), tzinfo=UTC)
        now = datetime.now(UTC)
        batch = []
        for _ in range(max(contacts - have_contacts, 0)):
            account_id, person_id = people[rng.randrange(len(people))]
            at = start + timedelta(minutes=rng.randrange(364 * 24 * 60))
            batch.append({"account_id": account_id, "person_id": person_id, "at": at, "channel": "phone",
                          "direction": "outbound", "outcome": rng.choice(OUTCOMES), "address_used": "",
                          "note": "", "detail": "{}", "created_at": now, "reason": rng.choice(REASONS)})
            if len(batch) == 50_000:
                session.execute(insert(ContactEventRow), batch)
                batch = []
        if batch:
            session.execute(insert(ContactEventRow), batch)
        rows = []
        for _ in range(max(payments - have_payments, 0)):
            encounter_id, account_id = visits[rng.randrange(len(visits))]
            rows.append({"account_id": account_id, "encounter_id": encounter_id, "kind": "patient_payment",
                         "amount_cents": rng.randrange(500, 20_000), "posted_on": start.date() + timedelta(
                             days=rng.randrange(365)), "method": rng.choice(("cash", "check", "card")),
                         "reference": "", "created_at": now})
            if len(rows) == 50_000:
                session.execute(insert(LedgerEntryRow), rows)
                rows = []
        if rows:
            session.execute(insert(LedgerEntryRow), rows)
        workspace.audit(session, "bench.reports", "vault", "bench", {"contacts": contacts, "payments": payments})
    with workspace.reading() as session:
        return (session.scalar(select(func.count()).select_from(ContactEventRow)) or 0,
                session.scalar(select(func.count()).select_from(LedgerEntryRow).where(
                    LedgerEntryRow.kind == "patient_payment")) or 0)




def _window_first_paint(workspace, today: date) -> float:  # noqa: ANN001
    """Opening the Reports window on its default period (this month) until it is painted with its figures and
    charts, offscreen: QtCharts' import, the reads and the drawing, in milliseconds."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from collections_desktop.ui.dialogs.reports import ReportsWindow
    from collections_desktop.ui.ops.reports import gather, issue_label

    window = ReportsWindow()
    window.issue_label = issue_label
    window.show_figures(gather(workspace, "month", (today, today), "previous"))
    window.show()
    app.processEvents()
    window.grab()
    elapsed = (time.perf_counter() - start) * 1000
    window.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vault", type=Path, required=True, help="a vault with ~100k accounts (copied, not changed)")
    parser.add_argument("--passphrase", default=PASSPHRASE)
    args = parser.parse_args()
    from sqlalchemy import func, select

    from collections_desktop.domain.reports.periods import Period, compared_with
    from collections_desktop.services.reports import activity, billing_issues, outcomes, overview, portfolio
    from collections_desktop.services.workspace import open_workspace
    from collections_desktop.storage.models import ContactEventRow, LedgerEntryRow

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "vault"
        shutil.copytree(args.vault, copy, ignore=shutil.ignore_patterns("backups", "vault.lock"))
        workspace = open_workspace(copy, passphrase=args.passphrase)
        try:
            today = date.today()
            contacts, payments = _top_up(workspace, CONTACTS, PAYMENTS, today)
            year = Period(today - timedelta(days=364), today)
            before = compared_with(year, "previous")

            def baseline() -> None:
                with workspace.reading() as session:
                    session.scalar(select(func.count()).select_from(ContactEventRow))
                    session.scalar(select(func.count()).select_from(LedgerEntryRow))

            base = timed_median_ms(baseline)
            timings = {
                "activity": timed_median_ms(lambda: activity.activity(workspace, year)),
                "outcomes (with conversion)": timed_median_ms(lambda: outcomes.outcomes(workspace, year)),
                "outcomes (as the window reads it)": timed_median_ms(
                    lambda: outcomes.outcomes(workspace, year, with_conversion=False)),
                "billing-issues": timed_median_ms(lambda: billing_issues.billing_issues(workspace, year, before)),
                "billing-issues by service month": timed_median_ms(
                    lambda: billing_issues.by_service_month(workspace, year)),
                "portfolio (12 month ends)": timed_median_ms(lambda: portfolio.last_twelve_months(workspace, today)),
                "window (a year, both periods)": timed_median_ms(
                    lambda: overview.overview(workspace, "year", (today, today), "previous"), runs=1),
            }
            first_paint = _window_first_paint(workspace, today)
        finally:
            workspace.close()
    print(f"vault: {contacts:,} contacts, {payments:,} patient payments; a year's period")
    print(f"baseline count(*) over contact_event and ledger_entry: {base:.0f} ms")
    for name, ms in timings.items():
        print(f"{name:32s} {ms:8.0f} ms  {ms / base:6.2f}x baseline  (budget 1000 ms)")
    print(f"{'Reports window first paint':32s} {first_paint:8.0f} ms  {first_paint / base:6.2f}x baseline  "
          "(this month against the one before, its charts drawn; budget 1500 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
