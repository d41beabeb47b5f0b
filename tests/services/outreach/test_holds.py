"""Holds set and released with why: seen at once by the engine and the views, kept in the timeline."""

from __future__ import annotations

import pytest

from collections_desktop.services.desk.accounts import worklist
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.outreach.contacts import can_contact
from collections_desktop.services.outreach.holds import release_hold, set_hold


def free_account(workspace) -> tuple[str, int]:
    held = set(ids_for(workspace, "holds"))
    row = next(r for r in worklist(workspace, view="due", limit=100) if r.account_id not in held)
    return row.account, row.account_id


def reasons(workspace, number: str) -> set[str]:
    return {r.code for r in can_contact(workspace, number, "letter").decision.reasons}


def test_a_hold_set_and_released_moves_the_account_in_and_out_of_the_holds_view(demo_workspace):
    number, account_id = free_account(demo_workspace)
    set_hold(demo_workspace, number, "bankruptcy", "Notice from the court, chapter 7")
    assert "bankruptcy" in reasons(demo_workspace, number) and account_id in ids_for(demo_workspace, "holds")
    with pytest.raises(UserError) as twice:
        set_hold(demo_workspace, number, "bankruptcy", "again")
    assert twice.value.code == "hold_already_set"
    release_hold(demo_workspace, number, "bankruptcy", "Case dismissed", outcome="dismissed")
    assert "bankruptcy" not in reasons(demo_workspace, number) and account_id not in ids_for(demo_workspace, "holds")
    events = account_timeline(demo_workspace, number, kinds=("hold", "note")).events
    assert [e.code for e in events if e.kind == "hold"] == ["hold_ended", "hold_set"]
    assert {e.text for e in events if e.kind == "note"} == {"Notice from the court, chapter 7", "Case dismissed"}


def test_a_hold_needs_a_known_kind_and_a_reason_and_cease_needs_the_persons_letter(demo_workspace):
    number, _ = free_account(demo_workspace)
    for attempt, code in ((lambda: set_hold(demo_workspace, number, "vacation", "x"), "unknown_hold"),
                          (lambda: set_hold(demo_workspace, number, "dispute", "  "), "hold_reason_required"),
                          (lambda: release_hold(demo_workspace, number, "attorney", "none set"), "hold_not_set")):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.code == code
    set_hold(demo_workspace, number, "cease_contact", "Letter asking us to stop")
    with pytest.raises(UserError) as refused:
        release_hold(demo_workspace, number, "cease_contact", "She called and said it is fine")
    assert refused.value.code == "cease_needs_written_request"
    release_hold(demo_workspace, number, "cease_contact", "Her letter of today asks us to write again",
                 written_request=True)
    assert "cease_requested" not in reasons(demo_workspace, number)
