"""Walking an account up the ladder: each step taken in turn (the letters produced and kept, the review
recorded, the account approved for the agency), a step out of turn or behind a closed gate refused with the
reasons; the ladder on the timeline and on the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from collections_desktop.cli import main
from collections_desktop.services.demo.demo_plans import name_demo_clinic
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.agency import placement_check
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.escalation import escalate, ladder
from collections_desktop.services.outreach.holds import set_hold
from tests.conftest import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def climbing(demo_workspace):
    """An account outside the states with their own waits, nothing standing in the way of letters."""
    name_demo_clinic(demo_workspace)
    for row in worklist(demo_workspace, view="due", limit=120):
        view = get_account(demo_workspace, row.account)
        if view.state in ("CA", "MD", "WA", "FL") or view.flags:
            continue
        where = ladder(demo_workspace, row.account).position
        blocks = set(placement_check(demo_workspace, row.account, TODAY))
        if where.next_step == "statement_2" and where.ready and blocks <= {"agency_needs_written_notice"} \
                and can_contact(demo_workspace, row.account, "letter").decision.allowed:
            return row.account
    raise AssertionError("no account to walk up the ladder")


def test_the_ladder_is_walked_step_by_step(demo_workspace, climbing, tmp_path):
    with pytest.raises(UserError) as refused:
        escalate(demo_workspace, climbing, "agency_placement")
    assert refused.value.code == "escalation_not_next"
    taken = escalate(demo_workspace, climbing, "statement_2", out=tmp_path)
    assert taken.letter_file is not None and taken.letter_file.exists()
    where = ladder(demo_workspace, climbing).position
    assert where.next_step == "final_notice" and not where.ready
    assert [g.code for g in where.gates] == ["escalation_step_wait"] and where.next_on == TODAY + timedelta(days=30)
    with pytest.raises(UserError) as refused:
        escalate(demo_workspace, climbing, "final_notice")
    assert refused.value.code == "escalation_refused"
    later = TODAY + timedelta(days=31)
    escalate(demo_workspace, climbing, "final_notice", today=later)
    escalate(demo_workspace, climbing, "supervisor_review", note="balance verified, no insurance open", today=later)
    placement = TODAY + timedelta(days=62)
    assert ladder(demo_workspace, climbing, placement).position.ready
    escalate(demo_workspace, climbing, "agency_placement", today=placement)
    assert ladder(demo_workspace, climbing, placement).position.next_step is None
    assert "agency_approved" in get_account(demo_workspace, climbing).flags
    # The agency collects now: the desk's own outreach stops.
    refused_call = can_contact(demo_workspace, climbing, "phone").decision
    assert not refused_call.allowed and "placed_with_agency" in {r.code for r in refused_call.reasons}
    events = account_timeline(demo_workspace, climbing, kinds=("hold", "document")).events
    codes = {e.code for e in events}
    assert {"escalation_supervisor_review", "letter_final_notice", "letter_statement"} <= codes


def test_a_dispute_closes_every_step(demo_workspace, climbing):
    set_hold(demo_workspace, climbing, "dispute", "says a charge is wrong")
    where = ladder(demo_workspace, climbing).position
    assert not where.ready and ("escalation_hold_dispute", "F-11") in [(g.code, g.rule) for g in where.gates]
    with pytest.raises(UserError) as refused:
        escalate(demo_workspace, climbing, "statement_2")
    assert "escalation_hold_dispute" in refused.value.params["reasons"]


def test_the_escalation_commands(demo_dir, climbing, monkeypatch, capsys):
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(demo_dir), "escalation", climbing, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["next_step"] == "statement_2" and shown["ready"] and shown["steps"][0]["taken_on"]
    assert main(["--data-dir", str(demo_dir), "--lang", "es", "escalation", climbing]) == 0
    assert "segundo estado de cuenta" in capsys.readouterr().out
    assert main(["--data-dir", str(demo_dir), "escalate", climbing, "--step", "final_notice"]) == 1
    assert "not the next step" in capsys.readouterr().err


def test_the_escalation_views_follow_the_ladder(demo_workspace, climbing):
    from collections_desktop.services.desk.worklist import ids_for, rows_for
    from collections_desktop.services.outreach.escalation_status import ensure_fresh

    ready = [r.account for r in rows_for(demo_workspace, ids_for(demo_workspace, "ready_to_escalate", rank=False))]
    blocked = [r.account for r in rows_for(demo_workspace, ids_for(demo_workspace, "escalation_blocked", rank=False))]
    assert climbing in ready and climbing not in blocked
    for number in ready[:20]:  # each one the ladder itself calls ready
        assert ladder(demo_workspace, number).position.ready
    # A hold set since: only that account is worked out again, and it moves to the blocked view.
    set_hold(demo_workspace, climbing, "dispute", "says a charge is wrong")
    assert ensure_fresh(demo_workspace) == 1
    assert ensure_fresh(demo_workspace) == 0
    blocked = [r.account for r in rows_for(demo_workspace, ids_for(demo_workspace, "escalation_blocked", rank=False))]
    assert climbing in blocked
