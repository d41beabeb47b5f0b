"""Screening an account: the patient's state and balance used, kept on the timeline (the percent, never the
income), audited without the income, bad input named; and `fap screen` in both languages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from collections_desktop.cli import main
from collections_desktop.domain.assistance.poverty import guideline_on
from collections_desktop.services.assistance.screening import screen_account
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.storage import assistance_repo
from collections_desktop.storage.contacts_repo import account_by_number
from collections_desktop.storage.models import AuditRow
from tests.conftest import PASSPHRASE


@pytest.fixture
def owing(demo_workspace):
    row = next(r for r in worklist(demo_workspace, view="due", limit=20)
               if get_account(demo_workspace, r.account).state not in ("AK", "HI", "CA", "CO"))
    return row.account


def test_a_screening_is_kept_and_shown_without_the_income(demo_workspace, owing):
    view = get_account(demo_workspace, owing)
    done = screen_account(demo_workspace, owing, household=3, income="2450.00", period="monthly")
    s = done.screening
    assert s.annual_income_cents == 2_940_000 and s.balance_cents == view.patient_due_cents
    assert s.guideline == guideline_on(list(assistance_repo.guidelines()), "contiguous", date.today())
    assert s.discount_percent == 100 and s.likely_owed_cents == 0
    assert done.documents == ("proof_of_income", "photo_id", "household_members")
    with demo_workspace.reading() as session:
        kept = assistance_repo.screenings_of(session, account_by_number(session, owing).id)
        audits = session.scalars(select(AuditRow).where(AuditRow.action == "assistance.screened")).all()
    assert [(k.household, k.percent_tenths, k.discount_percent) for k in kept] == [(3, int(s.percent * 10), 100)]
    assert audits and all("29400" not in (a.detail or "") and "2450" not in (a.detail or "") for a in audits)
    events = account_timeline(demo_workspace, owing, kinds=("hold",)).events
    screened = [e for e in events if e.code == "assistance_screened"]
    assert screened and dict(screened[0].params)["percent"] == f"{s.percent}%"


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"household": 0, "income": "100"}, "screening_household"),
    ({"household": 31, "income": "100"}, "screening_household"),
    ({"household": 2, "income": "12,5x"}, "screening_income"),
    ({"household": 2, "income": "-5.00"}, "screening_income"),
    ({"household": 2, "income": "100", "period": "daily"}, "screening_period"),
])
def test_bad_input_is_named(demo_workspace, owing, kwargs, code):
    with pytest.raises(UserError) as refused:
        screen_account(demo_workspace, owing, **kwargs)
    assert refused.value.code == code


def test_the_fap_command(demo_dir, owing, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(demo_dir), "fap", "screen", owing, "--household", "4", "--income", "98000",
                 "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["discount_percent"] == 75 and shown["offer_application"] and shown["guideline"]["source"]
    assert main(["--data-dir", str(demo_dir), "--lang", "es", "fap", "screen", owing, "--household", "4",
                 "--income", "98000"]) == 0
    said = capsys.readouterr().out
    assert "de descuento" in said and "La solicitud pide" in said
