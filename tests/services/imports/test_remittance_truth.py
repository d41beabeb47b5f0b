"""Remittances land on the right patient and say what the payer decided: identity, dependants, denials,
predeterminations and figures that do not balance."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.services.imports.remit_decisions import bill_denied_claim_to_patient, settle_remittance
from collections_desktop.services.outreach.review import accuracy_review, hand_off_claim
from tests.conftest import PASSPHRASE

X12 = Path(__file__).resolve().parents[2] / "fixtures" / "x12_835"
HAND = X12 / "handwritten"
UHC = X12 / "keironstoddart_edi-835-parser" / "united_healthcare_legacy_sample.txt"
EMEDNY = X12 / "keironstoddart_edi-835-parser" / "emedny_sample.txt"
RUBY = X12 / "ruby_x12" / "tc_parse_835.txt"


def accounts(ws) -> dict[str, dict]:
    return {r.account: account_json(get_account(ws, r.account)) for r in worklist(ws, view="all", limit=1000)}


def review(ws, number: str) -> dict:
    return {c.code: c for c in accuracy_review(ws, number)}


def test_one_claim_id_for_two_patients_is_never_merged(workspace):
    report = import_files(workspace, [HAND / "same_claim_two_patients.835"])
    assert not report.applied
    [conflict] = [p for p in report.problems if p.is_error]
    assert conflict.code == "claim_other_patient" and conflict.where == "same_claim_two_patients.835:segment 17"
    assert conflict.params == {"claim": "SAME-4001", "account": "SHP700800", "known": "M.F.", "named": "J.F."}
    skipped = import_files(workspace, [HAND / "same_claim_two_patients.835"], skip_bad=True)
    assert skipped.applied and set(accounts(workspace)) == {"SHP700800"}
    [visit] = accounts(workspace)["SHP700800"]["encounters"]
    assert (visit["patient"], visit["billed"], visit["insurance_paid"]) == ("Maria Flores", "200.00", "80.00")


def test_a_claim_in_the_vault_for_another_patient_is_refused_in_a_later_file(workspace, tmp_path):
    import_files(workspace, [UHC])
    other = tmp_path / "other.835"
    other.write_text(UHC.read_text().replace("NM1*QC*1*MR*COOL****MI*234567890", "NM1*QC*1*DOE*JANE****MI*999000111")
                     .replace("TRN*1*1234567890", "TRN*1*7777777777"))
    report = import_files(workspace, [other])
    assert not report.applied
    assert [(p.code, p.params["claim"]) for p in report.problems if p.is_error] == [
        ("claim_already_remitted", "001-18573-358"), ("claim_other_patient", "001-18604-358")]


def test_the_emedny_sample_keeps_three_members_apart(workspace):
    report = import_files(workspace, [EMEDNY], skip_bad=True)
    assert [p.params["named"] for p in report.problems if p.code == "claim_other_patient"] == ["S.S.", "S.S."]
    [visit] = accounts(workspace)["LL99999L"]["encounters"]
    assert (visit["billed"], visit["insurance_paid"]) == ("34.25", "34.25")  # not 102.50 paid on 34.25


def test_a_dependant_is_the_patient_and_the_subscriber_the_guarantor(workspace):
    import_files(workspace, [HAND / "dependant.835"])
    account = accounts(workspace)["SHP111222"]
    assert account["guarantor"]["name"] == "Layla Hassan"
    assert [p["name"] for p in account["patients"]] == ["Omar Hassan"]
    assert account["encounters"][0]["patient"] == "Omar Hassan"
    # The ruby x12 sample's paid claim: patient LAST2 FIRST2, insured LAST3 FIRST3.
    import_files(workspace, [RUBY])
    ruby = accounts(workspace)["R1234567"]
    assert ruby["guarantor"]["name"] == "First3 B Last3" and ruby["encounters"][0]["patient"] == "First2 A Last2"


def test_a_resent_payment_is_not_posted_twice_nor_above_the_bill(workspace, tmp_path):
    import_files(workspace, [UHC])
    again = tmp_path / "again.835"  # the same payment re-sent under a new trace number
    again.write_text(UHC.read_text().replace("TRN*1*1234567890", "TRN*1*5555555555"))
    report = import_files(workspace, [again])
    assert not report.applied
    assert [p.code for p in report.problems if p.is_error] == ["claim_already_remitted"] * 2
    paid_again = tmp_path / "paid_again.835"  # another payer claim number, paying the whole bill again
    paid_again.write_text(again.read_text().replace("*ATL2819897800*", "*ATL0000000001*")
                          .replace("CLP*001-18604-358*1*816.24*261.07*", "CLP*001-18604-358*1*816.24*700.00*"))
    report = import_files(workspace, [paid_again], skip_bad=True)
    assert [p.code for p in report.problems if p.is_error] == ["claim_already_remitted", "claim_paid_above_billed"]


def test_a_denied_claim_is_held_until_the_specialist_decides(workspace):
    report = import_files(workspace, [HAND / "denied.835"])
    assert report.denied == ["DEN-1001"]
    account = accounts(workspace)["SHP100200"]
    visit = account["encounters"][0]
    assert (visit["status"], visit["awaiting_decision"], visit["remark_codes"]) == ("denied", "denied", ["N115"])
    assert account["flags"] == ["denial_review"]
    check = review(workspace, "SHP100200")["denied_by_payer"]
    assert not check.ok and dict(check.params) == {"claims": "DEN-1001", "codes": "CO-50, N115"}
    with pytest.raises(UserError):
        settle_remittance(workspace, "SHP100200", "DEN-1001", "0")
    decision = bill_denied_claim_to_patient(workspace, "SHP100200", "DEN-1001")
    assert decision.hold_released
    assert accounts(workspace)["SHP100200"]["flags"] == []
    assert review(workspace, "SHP100200")["denied_by_payer"].ok


def test_handing_a_denied_claim_to_the_denials_team_is_a_decision(workspace):
    import_files(workspace, [HAND / "denied.835"])
    hand_off_claim(workspace, "SHP100200", "DEN-1001", "CO-50: send the records for review")
    assert accounts(workspace)["SHP100200"]["flags"] == []
    with pytest.raises(UserError) as again:
        bill_denied_claim_to_patient(workspace, "SHP100200", "DEN-1001")
    assert again.value.code == "claim_not_awaiting_decision"


def test_the_denial_hold_blocks_collection_calls(workspace):
    from collections_desktop.services.outreach.contacts import can_contact

    import_files(workspace, [HAND / "denied.835"])
    decision = can_contact(workspace, "SHP100200", "portal", at=datetime(2026, 12, 2, 17, tzinfo=UTC)).decision
    assert "denial_review" in {r.code for r in decision.reasons} and not decision.allowed


def test_a_predetermination_posts_nothing_and_is_listed(workspace):
    report = import_files(workspace, [HAND / "predetermination.835"])
    assert report.predeterminations == ["PRE-2001"] and report.counts["claims"] == 0
    assert accounts(workspace) == {}


def test_pr_counted_twice_asks_for_the_smaller_figure(workspace):
    report = import_files(workspace, [HAND / "pr_counted_twice.835"])
    assert {"x12_claim_unbalanced", "x12_patient_amount_mismatch"} <= {p.code for p in report.problems}
    account = accounts(workspace)["SHP500600"]
    visit = account["encounters"][0]
    assert (visit["patient_balance"], visit["awaiting_decision"]) == ("499.50", "unbalanced")
    assert account["balance"]["patient_due"] == "499.50"
    check = review(workspace, "SHP500600")["remittance_unbalanced"]
    assert not check.ok and dict(check.params) == {"claims": "DBL-3001 (899.50 / 499.50)"}
    with pytest.raises(UserError) as too_much:
        settle_remittance(workspace, "SHP500600", "DBL-3001", "900.00")
    assert too_much.value.code == "patient_owes_out_of_range"
    settle_remittance(workspace, "SHP500600", "DBL-3001", "400.00")
    assert accounts(workspace)["SHP500600"]["balance"]["patient_due"] == "400.00"
    assert review(workspace, "SHP500600")["remittance_unbalanced"].ok


@pytest.mark.vault_only  # the command line here opens the vault by its folder
def test_the_cli_decides(workspace, data_dir, monkeypatch, capsys):
    from collections_desktop.cli import main

    import_files(workspace, [HAND / "denied.835"])
    workspace.close()
    monkeypatch.setenv("COLLECTIONS_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLLECTIONS_DESKTOP_DATA_DIR", str(data_dir))
    assert main(["decide", "SHP100200", "--claim", "DEN-1001", "--denial", "patient", "--json"]) == 0
    assert '"hold_released": true' in capsys.readouterr().out
    assert main(["decide", "SHP100200", "--claim", "DEN-1001", "--denial", "patient"]) == 1
    assert "not waiting on a decision" in capsys.readouterr().err


CLAIM = ("CLP*{claim}*1*{billed}*{paid}*{pr}*12*P{n}*11~NM1*QC*1*{last}*{first}****MI*{member}~"
         "DTM*232*2026101{day}~CAS*CO*45*{co}~CAS*PR*2*{pr}~")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claims=st.lists(st.tuples(st.sampled_from(["C1", "C2", "C3"]), st.sampled_from(["ANA", "ANA", "BEA"]),
                                 st.integers(1, 3), st.integers(100, 90000), st.integers(0, 100)),
                       min_size=1, max_size=6))
def test_no_import_shows_a_claim_on_another_patient_or_paid_above_billed(tmp_path_factory, claims):
    """Random remittances reusing claim ids across patients: whatever is imported (skipping what is refused),
    every visit is on the patient the remittance named and insurance never passes its bill unannounced."""
    from collections_desktop.services.workspace import create_workspace

    body, named = [], {}
    for n, (claim, first, day, billed, share) in enumerate(claims):
        paid, pr = billed * share // 200, billed * (100 - share) // 400
        body.append(CLAIM.format(claim=claim, billed=f"{billed / 100:.2f}", paid=f"{paid / 100:.2f}",
                                 pr=f"{pr / 100:.2f}", co=f"{(billed - paid - pr) / 100:.2f}", n=n, last="LOPEZ",
                                 first=first, member=f"M{first}", day=day))
        named.setdefault(claim, set()).add(first.title())
    text = UHC.read_text()
    start, end = text.index("LX*1~"), text.index("SE*")
    target = tmp_path_factory.mktemp("prop") / "random.835"
    target.write_text(text[:start] + "LX*1~" + "".join(body) + text[end:])
    ws, _ = create_workspace(tmp_path_factory.mktemp("vault") / "v", PASSPHRASE)
    try:
        report = import_files(ws, [target], skip_bad=True)
        refused = {p.params.get("claim") for p in report.problems if p.is_error}
        for account in accounts(ws).values():
            for visit in account["encounters"]:
                first = visit["patient"].split()[0]
                assert first in named[visit["claim"]]
                assert account["account"] == f"M{first.upper()}"
                assert float(visit["insurance_paid"]) <= float(visit["billed"]) or visit["claim"] in refused
    finally:
        ws.close()


@pytest.mark.parametrize("text", ["00000000", "20261399", "99999999"])
def test_a_service_date_that_is_no_date_is_located_not_today(workspace, tmp_path, text):
    bad = tmp_path / "bad_date.835"
    bad.write_text((HAND / "denied.835").read_text().replace("DTM*472*20261015", f"DTM*472*{text}"))
    report = import_files(workspace, [bad])
    assert not report.applied
    assert [(p.where, p.code, p.params["field"]) for p in report.problems if p.is_error] == [
        ("bad_date.835:segment 14", "bad_date", "DTM*472")]
