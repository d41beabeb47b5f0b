"""FHIR R4 imports: the Synthea bundles, CARIN-style EOBs, patients without claims, NDJSON, bad JSON."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collections_desktop.cli.output import account_json
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.imports.imports import import_files
from collections_desktop.sync.csv_ledger import parse_csv
from collections_desktop.sync.fhir_r4 import parse_fhir
from collections_desktop.sync.problems import ImportProblem
from collections_desktop.sync.profiles import find

FHIR = Path(__file__).resolve().parents[2] / "fixtures" / "fhir_r4_synthea"
BOB = FHIR / "Bob965_Keeling57_3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b.json"
CARIN = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication"
HL7 = "http://terminology.hl7.org/CodeSystem/adjudication"


def test_synthea_bundles_import(workspace):
    report = import_files(workspace, sorted(FHIR.glob("*.json")))
    assert report.applied and report.counts["accounts_created"] == 2 and report.counts["claims"] == 35
    doc = account_json(get_account(workspace, "3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b"))
    assert doc["guarantor"]["name"] == "Bob965 Keeling57" and doc["guarantor"]["state"] == "MA"
    visit = next(e for e in doc["encounters"] if e["claim"] == "aaef0447-e0a6-9eab-8fac-058dd90c724f")
    # 28.104 rounds to 28.10 per line before summing (formats.md §2.4).
    assert (visit["billed"], visit["insurance_paid"], visit["coinsurance"]) == ("410.20", "224.83", "56.20")
    assert visit["patient_balance"] == "56.20"
    assert import_files(workspace, sorted(FHIR.glob("*.json"))).already_imported


def resource_lines(*resources: dict) -> str:
    return "\n".join(json.dumps(r) for r in resources) + "\n"


def test_ndjson_with_account_carin_codes_and_patient_without_claims(workspace, tmp_path):
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Peña", "given": ["José"]}],
               "birthDate": "1980-03-14", "telecom": [{"system": "phone", "value": "(305) 555-0101"}],
               "address": [{"line": ["1 Calle Ocho"], "city": "Miami", "state": "Florida", "postalCode": "33135"}],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es-MX"}]}}]}
    lonely = {"resourceType": "Patient", "id": "p2", "name": [{"family": "Smith", "given": ["Ann"]}],
              "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "MRN-22"}]}
    account = {"resourceType": "Account", "id": "a1", "identifier": [{"value": "ACC-1"}],
               "subject": [{"reference": "Patient/p1"}]}
    eob = {"resourceType": "ExplanationOfBenefit", "id": "e1", "patient": {"reference": "Patient/p1"},
           "claim": {"reference": "Claim/c1"}, "billablePeriod": {"start": "2026-03-03"},
           "insurer": {"display": "BCBS"}, "outcome": "complete",
           "total": [{"category": {"coding": [{"system": HL7, "code": "submitted"}]}, "amount": {"value": 500.00}},
                     {"category": {"coding": [{"system": CARIN, "code": "memberliability"}]},
                      "amount": {"value": 142.54}},
                     {"category": {"coding": [{"system": HL7, "code": "copay"}]}, "amount": {"value": 25.00}},
                     {"category": {"coding": [{"system": CARIN, "code": "coinsurance"}]}, "amount": {"value": 117.54}},
                     {"category": {"coding": [{"system": "urn:example", "code": "mystery"}]}, "amount": {"value": 1}}],
           "item": [{"sequence": 1, "adjudication": [
               {"category": {"coding": [{"system": "urn:example", "code": "weird"}]}, "amount": {"value": 3.5}}]}],
           "payment": {"amount": {"value": 300.00}}}
    path = tmp_path / "export.ndjson"
    path.write_text(resource_lines(patient, lonely, account, eob))
    report = import_files(workspace, [path])
    assert report.applied, report.problems
    doc = account_json(get_account(workspace, "ACC-1"))
    assert doc["guarantor"]["preferred_language"] == "es" and doc["guarantor"]["state"] == "FL"
    claim = doc["encounters"][0]
    assert (claim["copay"], claim["coinsurance"], claim["patient_balance"]) == ("25.00", "117.54", "142.54")
    # Codings the table does not know are never dropped in silence: each is a located warning.
    assert sorted(p.params["code"] for p in report.problems if p.code == "fhir_unknown_category") == [
        "mystery", "weird"]
    assert account_json(get_account(workspace, "MRN-22"))["encounters"] == []
    assert [r.account for r in worklist(workspace, view="all", search="3055550101")] == ["ACC-1"]


def test_bad_json_is_located(workspace, tmp_path):
    path = tmp_path / "broken.ndjson"
    path.write_text('{"resourceType": "Patient", "id": "x"}\n{"resourceType": "Patient", "id": \n')
    report = import_files(workspace, [path])
    assert not report.applied
    assert [(p.where, p.code) for p in report.problems] == [("broken.ndjson:2", "fhir_bad_json")]


def only_located(items, name: str) -> None:
    for item in items:
        if isinstance(item, ImportProblem):
            assert item.where.startswith(name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_fhir_parser_takes_arbitrary_bytes(tmp_path, data):
    target = tmp_path / "random.ndjson"
    target.write_bytes(data)
    only_located(parse_fhir([target]), "random.ndjson")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(1, 20000), flips=st.lists(st.tuples(st.integers(0, 20000), st.sampled_from(list(b'{}[]":,0a '))),
                                                  max_size=5))
def test_fhir_parser_takes_mutated_bundles(tmp_path, cut, flips):
    data = bytearray(BOB.read_bytes()[: cut * 10])
    for position, value in flips:
        data[position % len(data)] = value
    target = tmp_path / "bob.json"
    target.write_bytes(bytes(data))
    only_located(parse_fhir([target]), "bob.json")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_csv_parser_takes_arbitrary_bytes(tmp_path, data):
    target = tmp_path / "random.csv"
    target.write_bytes(b"Account,Claim,Service Date,Charge,Balance\n" + data)
    from datetime import date

    only_located(parse_csv(target, find("generic-ledger"), date(2026, 11, 26)), "random.csv")


def test_an_amount_beyond_any_clinics_is_a_located_bad_amount(tmp_path):
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Peña", "given": ["José"]}]}
    eob = {"resourceType": "ExplanationOfBenefit", "id": "e1", "patient": {"reference": "Patient/p1"},
           "claim": {"reference": "Claim/c1"}, "billablePeriod": {"start": "2026-03-03"},
           "total": [{"category": {"coding": [{"system": HL7, "code": "submitted"}]}, "amount": {"value": 1e30}}]}
    path = tmp_path / "huge.ndjson"
    path.write_text(resource_lines(patient, eob))
    problems = [item for item in parse_fhir([path]) if isinstance(item, ImportProblem)]
    assert [(p.where, p.code) for p in problems] == [("huge.ndjson:2", "bad_amount")]
