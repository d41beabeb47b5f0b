"""E-mail and portal messages: every template clean in both languages, the draft and the portal copy recorded
as contacts, nothing attached to plain e-mail, held accounts refused with the reason, a dispute answered."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime, time, timedelta
from email import policy

import pytest

from collections_desktop.domain.compliance.content import lint_email
from collections_desktop.services.demo.demo_plans import name_demo_clinic
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.holds import set_hold
from collections_desktop.services.outreach.messages import (
    SITUATIONS,
    compose,
    email_draft,
    for_portal,
    template_problems,
)
from collections_desktop.storage import letters_repo
from collections_desktop.storage.contacts_repo import account_by_number

# Yesterday 18:00 UTC: inside the hours of every US zone, and within the days a contact may be dated back.
AT = datetime.combine(datetime.now(UTC).date() - timedelta(days=1), time(18, 0), tzinfo=UTC)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_template_is_clean(demo_workspace, lang):
    assert template_problems(lang) == {name: [] for name in SITUATIONS}


def test_the_linter_catches_what_may_not_go_in_an_email():
    codes = [r.code for r in lint_email("Your surgery bill", "Pay {amount} now: special offer!")]
    assert codes == ["missing_opt_out", "health_in_email", "details_in_email", "marketing_in_email"]


@pytest.fixture
def reachable(demo_workspace):
    name_demo_clinic(demo_workspace)
    for row in worklist(demo_workspace, view="due", limit=60):
        view = get_account(demo_workspace, row.account)
        if not view.flags and view.emails and can_contact(demo_workspace, row.account, "email", at=AT).decision.allowed:
            return row.account
    raise AssertionError("no account to write to")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_email_draft_is_recorded_and_carries_the_opt_out(demo_workspace, reachable, tmp_path, lang):
    message = compose(demo_workspace, reachable, "balance_reminder", lang=lang, agent="Ana López")
    assert not re.search(r"\{\w+\}", message.subject + message.body)  # every placeholder filled
    out = email_draft(demo_workspace, message, tmp_path / "draft.eml", at=AT)
    parsed = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1" and parsed["To"] == message.to and parsed["Content-Language"] == lang
    body = parsed.get_content()
    assert ("UNSUBSCRIBE" if lang == "en" else "BAJA") in body and "Ana López" in body
    assert "$" not in body and reachable not in body  # no amount, no account number in plain e-mail (H-07)
    events = account_timeline(demo_workspace, reachable, kinds=("contact",)).events
    assert any(e.code == "contact_outbound" and dict(e.params).get("channel") == "email" for e in events)


def test_a_possible_work_address_is_cautioned(demo_workspace, reachable):
    from sqlalchemy import select

    from collections_desktop.storage.models import Email

    assert compose(demo_workspace, reachable, "balance_reminder", agent="Ana").email_cautions == ()
    with demo_workspace.transaction() as session:
        person = account_by_number(session, reachable).guarantor_id
        for row in session.scalars(select(Email).where(Email.person_id == person)):
            row.address = "p.lopez@acme-logistics.com"
    message = compose(demo_workspace, reachable, "balance_reminder", agent="Ana")
    assert message.to == "p.lopez@acme-logistics.com" and message.email_cautions == ("work_email_possible",)


def test_a_statement_goes_in_the_portal_not_in_plain_email(demo_workspace, reachable, tmp_path):
    message = compose(demo_workspace, reachable, "statement_ready", agent="Ana", attach=("statement",))
    with pytest.raises(UserError) as refused:
        email_draft(demo_workspace, message, tmp_path / "x.eml", at=AT)
    assert refused.value.code == "message_attachment_by_email"
    written = for_portal(demo_workspace, message, tmp_path / "portal", at=AT)
    assert [p.suffix for p in written] == [".txt", ".pdf"] and written[1].read_bytes().startswith(b"%PDF")
    with demo_workspace.reading() as session:
        kept = letters_repo.documents_of(session, account_by_number(session, reachable).id)
    assert [d.kind for d in kept] == ["statement"] and kept[0].contact_event_id


def test_a_held_account_gets_no_message_but_a_dispute_is_answered(demo_workspace, reachable, tmp_path):
    set_hold(demo_workspace, reachable, "dispute", "says a charge is wrong")
    reminder = compose(demo_workspace, reachable, "balance_reminder", agent="Ana")
    with pytest.raises(UserError) as refused:
        email_draft(demo_workspace, reminder, tmp_path / "r.eml", at=AT)
    assert refused.value.code == "message_blocked" and refused.value.params["reasons"]
    answer = compose(demo_workspace, reachable, "dispute_acknowledgement", agent="Ana")
    assert email_draft(demo_workspace, answer, tmp_path / "a.eml", at=AT).exists()
    with pytest.raises(UserError) as unsigned:
        compose(demo_workspace, reachable, "balance_reminder")
    assert unsigned.value.code == "message_needs_agent"


def test_the_message_command_refuses_with_the_reason_in_words(demo_dir, monkeypatch, capsys, tmp_path):
    from collections_desktop.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(demo_dir), "message", "10000001", "--template", "statement_ready", "--agent",
                 "Ana", "--attach", "statement", "--out", str(tmp_path / "m.eml")]) == 1
    assert "not sent by plain e-mail" in capsys.readouterr().err
    assert main(["--data-dir", str(demo_dir), "--lang", "es", "message", "10000001", "--template",
                 "balance_reminder", "--portal", str(tmp_path / "p")]) == 1
    assert "de parte de quién" in capsys.readouterr().err


def test_a_portal_copy_counts_once_the_specialist_says_it_went_out(demo_workspace, reachable, tmp_path):
    from collections_desktop.services.outreach.messages import portal_sent

    def portal_contacts() -> int:
        events = account_timeline(demo_workspace, reachable, kinds=("contact",)).events
        return sum(1 for e in events if dict(e.params).get("channel") == "portal")

    message = compose(demo_workspace, reachable, "receipt", agent="Ana")
    before = portal_contacts()
    for_portal(demo_workspace, message, tmp_path / "portal", at=AT, record=False)
    assert portal_contacts() == before  # copied, not yet sent
    portal_sent(demo_workspace, message, at=AT)
    assert portal_contacts() == before + 1
