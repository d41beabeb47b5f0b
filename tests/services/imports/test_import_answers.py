"""The billing team's answers come back in the follow-up file they were sent: an `answer` column filled in."""

from __future__ import annotations

import csv

from collections_desktop.services.desk.accounts import get_account
from collections_desktop.services.desk.timeline import account_timeline
from collections_desktop.services.exports.exports import export
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.outreach.review import hand_off_claim
from tests.services.outreach.test_handoffs import a_claim_owing


def answered_copy(sent, back, answers: dict[str, tuple[str, str]]) -> None:
    """The team's spreadsheet: the export as sent, with an answer (and an adjustment) typed per claim."""
    with sent.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    with back.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, [*rows[0].keys(), "answer", "adjustment", "answer_note"])
        writer.writeheader()
        for row in rows:
            answer, adjustment = answers.get(row["claim"], ("", ""))
            writer.writerow({**row, "answer": answer, "adjustment": adjustment, "answer_note": "checked"})


def test_answers_typed_into_the_follow_up_file_close_the_hand_offs(demo_workspace, tmp_path):
    ws = demo_workspace
    number, claim, owed = a_claim_owing(ws)
    other = next(e.claim for e in get_account(ws, number).encounters if e.claim != claim)
    hand_off_claim(ws, number, claim, "payer denied as duplicate", reason="duplicate_charge")
    hand_off_claim(ws, number, other, "wrong plan on file", reason="wrong_payer")
    export(ws, "insurance-followup", tmp_path / "sent.csv")
    answered_copy(tmp_path / "sent.csv", tmp_path / "back.csv", {claim: ("Adjusted", "2.50"), other: ("", "")})
    report = import_files(ws, [tmp_path / "back.csv"])
    assert report.applied and report.counts["answers"] == 1 and report.formats == ["insurance-followup"]
    view = get_account(ws, number)
    assert [h.claim for h in view.handoffs] == [other]  # a blank answer: still with the team
    visit = next(e for e in view.encounters if e.claim == claim)
    assert visit.balance.patient_balance_cents == owed - 250 and visit.team_answer == "adjusted"
    closed = [e for e in account_timeline(ws, number, kinds=("handoff",)).events if e.code == "handoff_closed"]
    assert closed[0].params == {"claim": claim, "answer": "adjusted"} and closed[0].text == "checked"
    export(ws, "insurance-followup", tmp_path / "again.csv")
    with (tmp_path / "again.csv").open() as handle:
        assert [row["claim"] for row in csv.DictReader(handle)] == [other]  # only open hand-offs are sent


def test_a_bad_answer_is_named_by_line_and_nothing_is_applied(demo_workspace, tmp_path):
    ws = demo_workspace
    number, claim, owed = a_claim_owing(ws)
    hand_off_claim(ws, number, claim, "check")
    export(ws, "insurance-followup", tmp_path / "sent.csv")
    answered_copy(tmp_path / "sent.csv", tmp_path / "back.csv", {claim: ("maybe later", "")})
    report = import_files(ws, [tmp_path / "back.csv"])
    assert not report.applied
    assert [(p.where, p.code) for p in report.problems] == [("back.csv:2", "unknown_answer")]
    answered_copy(tmp_path / "sent.csv", tmp_path / "back.csv", {claim: ("adjusted", "")})
    assert [p.code for p in import_files(ws, [tmp_path / "back.csv"]).problems] == ["answer_adjustment_missing"]
    assert [h.claim for h in get_account(ws, number).handoffs] == [claim]


def test_an_answer_for_a_claim_answered_already_is_a_warning(demo_workspace, tmp_path):
    from collections_desktop.services.outreach.handoffs import answer_handoff

    ws = demo_workspace
    number, claim, _owed = a_claim_owing(ws)
    hand_off_claim(ws, number, claim, "check")
    export(ws, "insurance-followup", tmp_path / "sent.csv")
    answer_handoff(ws, number, claim, "no_change")
    answered_copy(tmp_path / "sent.csv", tmp_path / "back.csv", {claim: ("upheld", "")})
    report = import_files(ws, [tmp_path / "back.csv"])
    assert report.applied and [(p.severity, p.code) for p in report.problems] == [("warning", "answer_handoff_closed")]
    assert get_account(ws, number).encounters  # unchanged: the window's answer stands
