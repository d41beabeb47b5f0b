"""Every public sample kept in tests/fixtures either imports with each claim on the patient its file names, or is
refused with located reasons; nothing in between."""

from __future__ import annotations

from pathlib import Path

import pytest

from collections_desktop.cli.output import account_json
from collections_desktop.domain.identity import name_key
from collections_desktop.services.desk.accounts import get_account, worklist
from collections_desktop.services.errors import UserError
from collections_desktop.services.imports.imports import import_files
from collections_desktop.sync.records import ClaimRemitRecord
from collections_desktop.sync.x12_835 import parse_835

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
REMITTANCES = sorted(p for p in (FIXTURES / "x12_835").rglob("*") if p.is_file() and "LICENSE" not in p.name)
OTHER_X12 = sorted(p for p in (FIXTURES / "x12_other").rglob("*.txt"))
FHIR_SETS = {
    "carin": sorted((FIXTURES / "fhir_carin_bb").glob("*.json")),
    "bluebutton-v2": sorted(p for p in (FIXTURES / "fhir_bluebutton").glob("*.json") if "_v1" not in p.name),
    "synthea-bob": [FIXTURES / "fhir_r4_synthea" / "Bob965_Keeling57_3f6fd0bb-6cd3-eb3f-4401-cd38ace25f2b.json"],
    "synthea-clemente": [FIXTURES / "fhir_r4_synthea" / "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json"],
}


def _visits(ws) -> list[dict]:
    return [dict(v, account=a["account"]) for r in worklist(ws, view="all", limit=5000)
            for a in [account_json(get_account(ws, r.account))] for v in a["encounters"]]


def _names(person) -> set[str]:  # noqa: ANN001
    """A person's first and last name as the desk shows them ("?" for none given)."""
    first, last = (person.first_name or "?").split(), (person.last_name or "?").split()
    return {name_key(first[0] + last[-1])}


@pytest.mark.parametrize("path", REMITTANCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_remittance_lands_on_its_own_patients(workspace, path):
    named: dict[str, set[str]] = {}
    for item in parse_835(path):
        if isinstance(item, ClaimRemitRecord):
            people = _names(item.patient) | (_names(item.corrected) if item.corrected else set())
            named.setdefault(item.claim_id, set()).update(people)
    report = import_files(workspace, [path], skip_bad=True)
    assert all(p.where.startswith(path.name) for p in report.problems)
    for visit in _visits(workspace):
        words = visit["patient"].split()  # the desk's first and last name (middle names are not identity)
        patient = name_key(words[0] + words[-1])
        assert patient in named[visit["claim"]], (visit["claim"], visit["patient"])
        assert float(visit["insurance_paid"]) <= float(visit["billed"]), visit["claim"]


@pytest.mark.parametrize("path", OTHER_X12, ids=lambda p: p.name)
def test_other_x12_files_are_refused_in_one_sentence(workspace, path):
    with pytest.raises(UserError) as refused:
        import_files(workspace, [path])
    assert refused.value.code == "x12_wrong_file"


@pytest.mark.parametrize("name", sorted(FHIR_SETS))
def test_each_fhir_set_imports_on_its_patients(workspace, name):
    report = import_files(workspace, FHIR_SETS[name])
    assert report.applied, [p for p in report.problems if p.is_error]
    visits = _visits(workspace)
    assert visits
    for visit in visits:
        account = account_json(get_account(workspace, visit["account"]))
        assert visit["patient"] in {account["guarantor"]["name"], *(p["name"] for p in account["patients"])}
        assert float(visit["insurance_paid"]) <= float(visit["billed"]), visit["claim"]
