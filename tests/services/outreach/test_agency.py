"""Placement with a collection agency: refused with reasons until policy allows, then exported visit by visit."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest

from collections_desktop.domain.agency import PlacementFacts, placement_blocks
from collections_desktop.services.desk.worklist import ids_for
from collections_desktop.services.errors import UserError
from collections_desktop.services.exports.exports import export
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.outreach.agency import approve_for_agency
from collections_desktop.services.outreach.contacts import log_contact

TODAY = date(2026, 11, 26)
LEDGER = ("Account,Guarantor First,Guarantor Last,Birth Date,Address,City,State,ZIP,Phone,Claim,Service Date,"
          "Charge,Insurance Paid,Patient Paid,Balance\n"
          "A300,Zoë,Núñez,1975-12-01,12 Elm St,Denver,CO,80202,(303) 555-0101,CL-1,2026-03-02,250.00,100.00,20.00,"
          "130.00\n"
          "A300,Zoë,Núñez,1975-12-01,12 Elm St,Denver,CO,80202,(303) 555-0101,CL-2,2026-04-06,80.00,0,0,80.00\n")


def test_placement_rules():
    ready = PlacementFacts(TODAY, 21000, date(2026, 3, 2), last_written_notice=TODAY - timedelta(days=45))
    assert placement_blocks(ready) == []
    assert placement_blocks(PlacementFacts(TODAY, 0, None)) == [
        "agency_nothing_owed", "agency_too_recent", "agency_needs_written_notice"]
    held = PlacementFacts(TODAY, 21000, date(2026, 3, 2), holds=frozenset({"dispute", "financial_assistance_pending"}),
                          plan_state="late", last_written_notice=TODAY - timedelta(days=10))
    assert placement_blocks(held) == ["agency_dispute_open", "agency_fap_pending", "agency_plan_running",
                                      "agency_needs_written_notice"]


def test_approve_then_export_every_open_visit(workspace, tmp_path):
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [path]).applied
    with pytest.raises(UserError) as err:
        approve_for_agency(workspace, "A300", today=TODAY)
    assert err.value.params["reasons"] == ("agency_needs_written_notice",)
    sent = datetime(2026, 10, 1, 16, 0, tzinfo=UTC)
    log_contact(workspace, "A300", "letter", "NO_ANSWER", at=sent, note="final notice", now=sent)
    approve_for_agency(workspace, "A300", "final notice unanswered", today=TODAY)
    assert ids_for(workspace, "today") == []  # outreach stops
    out = tmp_path / "agency.csv"
    result = export(workspace, "agency", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert (result.rows, result.total_cents) == (2, 21000)
    assert [(r["claim"], r["balance"], r["patient_paid"]) for r in rows] == [("CL-1", "130.00", "20.00"),
                                                                            ("CL-2", "80.00", "0.00")]
    assert rows[0]["guarantor"] == "Zoë Núñez" and rows[0]["address"] == "12 Elm St, Denver, CO 80202"


@pytest.mark.parametrize(("confirmation", "placed"), [("", False), ("Billing supervisor, saw the mail log", True)])
def test_a_notice_logged_late_does_not_start_the_30_days_without_a_confirmation(workspace, tmp_path,
                                                                                confirmation, placed):
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [path]).applied
    sent, recorded = datetime(2026, 10, 1, 16, 0, tzinfo=UTC), datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    with pytest.raises(UserError) as err:
        log_contact(workspace, "A300", "letter", "NO_ANSWER", at=sent, note="final notice", now=recorded)
    assert err.value.code == "backdated_needs_reason" and err.value.params["days"] == 3
    log_contact(workspace, "A300", "letter", "NO_ANSWER", at=sent, note="final notice", now=recorded,
                backdate_reason="found in the outgoing mail log", supervisor_confirmation=confirmation)
    if placed:
        approve_for_agency(workspace, "A300", "final notice unanswered", today=TODAY)
    else:  # recorded six days before TODAY: the 30 days count from then
        with pytest.raises(UserError) as err:
            approve_for_agency(workspace, "A300", today=TODAY)
        assert err.value.params["reasons"] == ("agency_needs_written_notice",)


def test_the_back_date_limit_is_clinic_policy(workspace, tmp_path):
    from collections_desktop.services.plans.plan_policy import backdate_limit, edit_policy

    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [path]).applied
    assert backdate_limit(workspace) == 3
    edit_policy(workspace, {("records", "backdate_limit_days"): 10})
    assert backdate_limit(workspace) == 10
    now = datetime.now(UTC)
    log_contact(workspace, "A300", "letter", "NO_ANSWER", at=now - timedelta(days=8), note="notice")  # no reason
    with pytest.raises(UserError) as err:
        log_contact(workspace, "A300", "letter", "NO_ANSWER", at=now - timedelta(days=12), note="notice")
    assert err.value.params["days"] == 10


def _placed(workspace, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "ledger.csv"
    path.write_text(LEDGER, encoding="utf-8")
    assert import_files(workspace, [path]).applied
    sent = datetime(2026, 10, 1, 16, 0, tzinfo=UTC)
    log_contact(workspace, "A300", "letter", "NO_ANSWER", at=sent, note="final notice", now=sent)
    approve_for_agency(workspace, "A300", "final notice unanswered", today=TODAY)


def test_a_placement_is_suspended_reinstated_and_recalled(workspace, tmp_path):
    from collections_desktop.services.outreach.agency_lifecycle import change_placement
    from collections_desktop.services.outreach.contacts import can_contact
    from collections_desktop.services.outreach.holds import release_hold, set_hold

    with pytest.raises(UserError) as err:
        change_placement(workspace, "A300", "suspend")
    assert err.value.code in ("account_not_found", "agency_not_placed")
    _placed(workspace, tmp_path)
    assert "placed_with_agency" in {r.code for r in can_contact(workspace, "A300", "phone").decision.reasons}
    # A dispute arrives: the agency must stop, by itself.
    set_hold(workspace, "A300", "dispute", "says the second visit never happened")
    with pytest.raises(UserError) as err:
        change_placement(workspace, "A300", "suspend")
    assert err.value.code == "agency_already_suspended"
    with pytest.raises(UserError) as err:
        change_placement(workspace, "A300", "reinstate")
    assert err.value.params["reasons"] == ("escalation_hold_dispute",)
    log_contact(workspace, "A300", "letter", "VERIFICATION_SENT", note="itemised_bill")
    release_hold(workspace, "A300", "dispute", "itemized bill sent, no answer", outcome="not_upheld")
    change_placement(workspace, "A300", "reinstate", "dispute answered")
    change_placement(workspace, "A300", "recall", "the patient called to pay")
    assert "placed_with_agency" not in {r.code for r in can_contact(workspace, "A300", "phone").decision.reasons}
    out = tmp_path / "updates.csv"
    assert export(workspace, "agency-updates", out).rows == 4
    with out.open(encoding="utf-8", newline="") as handle:
        rows = [(r["account"], r["action"], r["reason"]) for r in csv.DictReader(handle)]
    assert rows == [("A300", "place", ""), ("A300", "suspend", "dispute"), ("A300", "reinstate", "specialist"),
                    ("A300", "recall", "specialist")]


RETURNS = ("account,date,type,amount,reference,note\n"
           "A300,2026-11-20,payment,150.00,AG-1001,\n"
           "A300,2026-11-21,status,,,skip-traced: new phone found\n"
           "A300,2026-11-22,payment,90.00,AG-1002,\n")


def test_the_agency_returns_post_once_and_recall(workspace, tmp_path):
    from collections_desktop.services.desk.accounts import get_account
    from collections_desktop.services.outreach.contacts import can_contact

    _placed(workspace, tmp_path)
    path = tmp_path / "returns.csv"
    path.write_text(RETURNS, encoding="utf-8")
    report = import_files(workspace, [path])
    assert report.applied and report.counts["payments"] == 2 and report.counts["agency_returns"] == 3
    view = get_account(workspace, "A300", as_of=TODAY)
    assert view.patient_due_cents == -3_000  # 210.00 owed, 240.00 collected: 30.00 over, a credit to refund
    assert [p.code for p in report.problems] == ["agency_payment_above_balance"]
    # The same file again posts nothing (already imported); a new file repeating a reference is warned.
    assert import_files(workspace, [path]).already_imported == ["returns.csv"]
    again = tmp_path / "returns-2.csv"
    again.write_text("account,date,type,amount,reference,note\nA300,2026-11-20,payment,150.00,AG-1001,\n"
                     "A300,2026-11-25,recall,,,paid in full\n", encoding="utf-8")
    second = import_files(workspace, [again])
    assert second.counts["payments"] == 0 and "agency_payment_already_posted" in [p.code for p in second.problems]
    assert "placed_with_agency" not in {r.code for r in can_contact(workspace, "A300", "phone").decision.reasons}
    bad = tmp_path / "returns-bad.csv"
    bad.write_text("account,date,type,amount,reference,note\nA300,2026-11-20,refund,10.00,AG-9,\n", encoding="utf-8")
    rejected = import_files(workspace, [bad])
    assert not rejected.applied and rejected.problems[0].where == "returns-bad.csv:2"
    assert rejected.problems[0].code == "agency_return_type"


def test_the_agency_file_follows_the_clinic_policy(workspace, tmp_path):
    import tomlkit

    from collections_desktop.services.plans.plan_policy import export_policy, store_policy_text

    document = tomlkit.parse(export_policy(workspace))
    document["agency"]["name"] = "Front Range Recovery"
    document["agency"]["file_format"] = "tab"
    document["version"] = int(document["version"]) + 1
    store_policy_text(workspace, tomlkit.dumps(document), "test")
    _placed(workspace, tmp_path)
    out = tmp_path / "agency.txt"
    export(workspace, "agency", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert [r["claim"] for r in rows] == ["CL-1", "CL-2"]
    with workspace.reading() as session:
        from collections_desktop.storage.audit import actions_since

        placed = [detail for _at, _action, _number, detail in actions_since(session, ("agency.approved",), None)]
    assert [(d["agency"], d["note"]) for d in placed] == [("Front Range Recovery", True)]
    document["agency"]["file_format"] = "xlsx"
    document["version"] = int(document["version"]) + 1
    with pytest.raises(UserError) as err:
        store_policy_text(workspace, tomlkit.dumps(document), "policy.toml")
    assert (err.value.code, err.value.params["where"]) == ("policy_agency_format", "agency.file_format")
