"""FHIR explanations of benefit as payers send them (CARIN Blue Button examples, CMS Blue Button 2.0 test data):
patients found across files and in the vault, every adjudication category with its ledger meaning, statuses
and versions that post nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.imports.imports import import_files
from collections_desktop.sync import fhir_adjudication as fa
from collections_desktop.sync.fhir_eob import eob_record
from collections_desktop.sync.records import PersonRecord

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CARIN_DIR = FIXTURES / "fhir_carin_bb"
BB = FIXTURES / "fhir_bluebutton"
CARIN_PATIENT = CARIN_DIR / "Patient_ExamplePatient1.json"
CARIN_EOBS = sorted(CARIN_DIR.glob("ExplanationOfBenefit_*.json"))


def visits(ws, number: str) -> dict[str, dict]:
    return {e["claim"]: e for e in account_json(get_account(ws, number))["encounters"]}


def test_an_eob_finds_its_patient_in_another_file_of_the_same_import(workspace):
    report = import_files(workspace, [*CARIN_EOBS, CARIN_PATIENT])
    assert report.applied and report.counts["claims"] == 3
    assert set(visits(workspace, "ExamplePatient1")) == {
        "InpatientEOBExample1", "OutpatientEOBExample1", "ProfessionalEOBExample1"}


def test_an_eob_finds_a_patient_imported_before(workspace):
    """Blue Button and CARIN searchsets never carry the Patient: it is known from an earlier import."""
    import_files(workspace, [BB / "patient_read_v2.json"])
    report = import_files(workspace, [BB / "eob_read_carrier_v2.json"])
    assert report.applied, report.problems
    carrier = visits(workspace, "-20140000008325")["22639159481"]
    assert (carrier["billed"], carrier["insurance_paid"], carrier["coinsurance"], carrier["patient_balance"]) == (
        "250.00", "50.00", "10.00", "10.00")


def test_an_eob_for_a_patient_nobody_knows_is_located(workspace):
    report = import_files(workspace, [BB / "eob_read_carrier_v2.json"])
    assert not report.applied
    assert [(p.where, p.code, p.params["reference"]) for p in report.problems if p.is_error] == [
        ("eob_read_carrier_v2.json:1", "fhir_unknown_patient", "Patient/-20140000008325")]


def test_benefit_balance_deductible_is_the_inpatient_claims_patient_share(workspace):
    import_files(workspace, [BB / "patient_read_v2.json", BB / "eob_read_in_pt_v2.json"])
    inpatient = visits(workspace, "-20140000008325")["4436342082"]
    assert (inpatient["billed"], inpatient["insurance_paid"], inpatient["deductible"],
            inpatient["patient_balance"]) == ("19370.00", "10000.00", "1000.00", "1000.00")


def test_member_liability_of_zero_never_shows_a_negative_share(workspace):
    """CARIN's inpatient example gives a copay of 120.00 and a member liability of 0.00: two figures that
    disagree; the patient is asked for the smaller and the claim waits on the specialist."""
    import_files(workspace, [CARIN_DIR / "ExplanationOfBenefit_InpatientEOBExample1.json", CARIN_PATIENT])
    inpatient = visits(workspace, "ExamplePatient1")["InpatientEOBExample1"]
    assert (inpatient["copay"], inpatient["other_patient_responsibility"], inpatient["patient_balance"]) == (
        "120.00", "0.00", "0.00")
    assert inpatient["awaiting_decision"] == "pr_mismatch"


def _eob(*amounts: tuple[str, str, float], level: str = "item", **extra) -> dict:
    entries = [{"category": {"coding": [{"system": system, "code": code}]}, "amount": {"value": value}}
               for system, code, value in amounts]
    eob = {"resourceType": "ExplanationOfBenefit", "id": "x1", "status": "active", "use": "claim",
           "outcome": "complete", "patient": {"reference": "Patient/p1"}, "billablePeriod": {"start": "2026-09-01"},
           "insurer": {"display": "Plan"}, "total": [], "item": [{"sequence": 1, "adjudication": []}]}
    if level == "item":
        eob["item"][0]["adjudication"] = entries
    else:
        eob["total"] = entries
    eob.update(extra)
    return eob


def _record(eob: dict):
    problems: list = []
    return eob_record("t.json:1", json.loads(json.dumps(eob), parse_float=__import__("decimal").Decimal),
                      "A1", PersonRecord(), problems), problems


def _effect(record) -> dict[str, int]:
    return {"billed": record.billed_cents, "paid": record.paid_cents, "deductible": record.deductible_cents,
            "coinsurance": record.coinsurance_cents, "copay": record.copay_cents,
            "patient": record.patient_responsibility_cents, "contractual": record.contractual_cents,
            "patient_paid": record.patient_paid_cents}


# What one amount of 10.00 of each category does to a claim billed 100.00 with nothing else said.
EXPECTED = {
    fa.SUBMITTED: {"billed": 1000},
    fa.ALLOWED: {"contractual": 9000},
    fa.DEDUCTIBLE: {"deductible": 1000, "patient": 1000},
    fa.COINSURANCE: {"coinsurance": 1000, "patient": 1000},
    fa.COPAY: {"copay": 1000, "patient": 1000},
    fa.NONCOVERED: {},  # not billed to the patient unless the member liability says so
    fa.MEMBER_LIABILITY: {"patient": 1000},
    fa.BENEFIT: {"paid": 1000},
    fa.PAID_TO_PROVIDER: {"paid": 1000},
    fa.PAID_TO_PATIENT: {"patient": 1000},  # not money the payer still owes the clinic
    fa.PAID_BY_PATIENT: {"patient_paid": 1000, "patient": 1000},
    fa.DISCOUNT: {"contractual": 1000},
    fa.PRIOR_PAYER: {},
    fa.INFORMATIONAL: {},
}


@pytest.mark.parametrize(("system", "code"), sorted(fa.CATEGORY), ids=lambda v: v.rsplit("/", 1)[-1])
def test_every_row_of_the_table_has_its_ledger_meaning(system, code):
    category = fa.CATEGORY[(system, code)]
    submitted = (fa.HL7, "submitted", 100.00)
    amounts = [submitted] if category == fa.SUBMITTED else [submitted, (system, code, 10.00)]
    if category == fa.SUBMITTED:
        amounts = [(system, code, 10.00)]
    record, problems = _record(_eob(*amounts))
    base, _ = _record(_eob(*([] if category == fa.SUBMITTED else [submitted])))
    changed = {k: v - _effect(base)[k] for k, v in _effect(record).items() if v != _effect(base)[k]}
    assert changed == EXPECTED[category]
    assert not [p for p in problems if p.code == "fhir_unknown_category"]


def test_an_unknown_category_is_a_located_warning():
    record, problems = _record(_eob((fa.HL7, "submitted", 100.0), ("urn:payer", "bonus", 5.0)))
    assert [(p.where, p.code, p.params) for p in problems if p.code == "fhir_unknown_category"] == [
        ("t.json:1", "fhir_unknown_category", {"claim": "x1", "code": "bonus"})]


def test_claim_totals_and_lines_are_never_added_together():
    both = _eob((fa.HL7, "submitted", 100.0), (fa.HL7, "copay", 20.0), (fa.CARIN, "paidtoprovider", 80.0))
    both["total"] = copy.deepcopy(both["item"][0]["adjudication"])
    record, _ = _record(both)
    assert (record.billed_cents, record.copay_cents, record.paid_cents) == (10000, 2000, 8000)


def test_paid_by_patient_and_paid_to_patient(workspace, tmp_path):
    eob = _eob((fa.HL7, "submitted", 900.0), (fa.HL7, "eligible", 700.0), (fa.HL7, "deductible", 500.0),
               (fa.CARIN, "paidbypatient", 500.0), (fa.CARIN, "paidtopatient", 200.0), (fa.HL7, "benefit", 200.0),
               (fa.CARIN, "memberliability", 500.0))
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Ruiz", "given": ["Ana"]}]}
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection",
                                "entry": [{"resource": patient}, {"resource": eob}]}))
    assert import_files(workspace, [path]).applied
    visit = visits(workspace, "p1")["x1"]
    # 500.00 already paid by the patient is shown; 200.00 the payer paid the patient is theirs to hand over.
    assert (visit["patient_paid"], visit["insurance_paid"], visit["patient_balance"]) == ("500.00", "0.00", "200.00")


@pytest.mark.parametrize("status", ["draft", "entered-in-error", "cancelled"])
def test_eobs_that_are_not_final_post_nothing_and_are_listed(workspace, tmp_path, status):
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Ruiz", "given": ["Ana"]}]}
    eob = _eob((fa.HL7, "submitted", 100.0), (fa.HL7, "copay", 20.0), status=status)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "entry": [{"resource": patient}, {"resource": eob}]}))
    report = import_files(workspace, [path])
    assert report.applied and report.counts["claims"] == 0
    assert [(p.code, p.params["status"]) for p in report.problems] == [("fhir_eob_not_final", status)]
    assert visits(workspace, "p1") == {}


def test_a_pre_r4_explanation_of_benefit_is_refused_naming_its_version(workspace):
    import_files(workspace, [BB / "patient_read_v2.json"])
    report = import_files(workspace, [BB / "eob_read_carrier_v1.json"])
    assert not report.applied
    assert [(p.code, p.params) for p in report.problems] == [("fhir_version", {"version": "STU3"})]


def test_every_public_eob_imports_on_its_own_patient(workspace):
    report = import_files(workspace, [BB / "patient_read_v2.json", BB / "eob_search_v2.json",
                                      BB / "eob_search_pt_v2.json", BB / "eob_read_out_pt_v2.json"])
    assert report.applied, [p for p in report.problems if p.is_error]
    rows = worklist(workspace, view="all", limit=10)
    assert [r.account for r in rows] == ["-20140000008325"]
    for visit in visits(workspace, "-20140000008325").values():
        assert visit["patient"] == "Jane X Doe"
        assert float(visit["insurance_paid"]) <= float(visit["billed"])


@pytest.mark.parametrize(("start", "code"), [("0000-00-00", "bad_date"), ("9999-99-99", "bad_date"),
                                             ("1850-01-01", "implausible_date")])
def test_a_date_that_is_no_date_is_located_not_today(workspace, tmp_path, start, code):
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Ruiz", "given": ["Ana"]}]}
    eob = _eob((fa.HL7, "submitted", 100.0), (fa.HL7, "copay", 20.0), billablePeriod={"start": start})
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps({"resourceType": "Bundle", "entry": [{"resource": patient}, {"resource": eob}]}))
    report = import_files(workspace, [path])
    assert not report.applied
    assert [(p.where, p.code, p.params["field"]) for p in report.problems if p.is_error] == [
        ("bundle.json:entry 2", code, "billablePeriod.start")]


@pytest.mark.parametrize("text", [
    "[" * 200_000 + "]" * 200_000,
    '{"resourceType": "Bundle", "entry": {"resource": {}}}',
    '{"resourceType": "Bundle", "entry": [{"resource": null}, null, 3]}',
    '{"resourceType": "Patient", "id": "p9", "name": [{"family": 42, "given": [7]}], "telecom": "x"}',
    '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}}, {"resource": '
    '{"resourceType": "ExplanationOfBenefit", "id": "e1", "patient": {"reference": "Patient/p1"}, '
    '"total": [{"category": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adjudication", '
    '"code": "submitted"}]}, "amount": {"value": "12.00"}}]}}]}',
    '{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient", "id": "p1"}}, {"resource": '
    '{"resourceType": "ExplanationOfBenefit", "id": "e1", "patient": {"reference": "Patient/p1"}, '
    '"payment": {"amount": {"value": ' + "9" * 5000 + '}}}}]}',
], ids=["deep", "entry-not-list", "null-resources", "numbers-for-names", "string-amount", "5000-digits"])
def test_malformed_fhir_is_located_never_an_internal_error(workspace, tmp_path, text):
    path = tmp_path / "odd.json"
    path.write_text(text)
    report = import_files(workspace, [path], skip_bad=True)  # never raises
    assert all(p.where.startswith("odd.json") for p in report.problems)
