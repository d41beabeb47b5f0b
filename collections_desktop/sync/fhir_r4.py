"""FHIR R4 Bundles (collections, transactions, searchsets) and NDJSON to records: every Patient an account, every
ExplanationOfBenefit a remittance on its patient's account, whichever of the import's files carries the Patient."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from collections_desktop.sync.fhir_eob import NOT_FINAL, eob_record, fhir_date, pre_r4
from collections_desktop.sync.fhir_eob import as_dict as _dict
from collections_desktop.sync.fhir_eob import as_list as _list
from collections_desktop.sync.problems import ACCOUNT_ID_MAX, ERROR, WARNING, ImportProblem, RecordError
from collections_desktop.sync.records import AccountRecord, ClaimRemitRecord, PersonRecord
from collections_desktop.sync.us_states import state_code

TYPES = {"Patient", "RelatedPerson", "Account", "Coverage", "Claim", "ExplanationOfBenefit"}
# The identifier system under which a FHIR Patient's own id is kept with the person, to find it again.
PATIENT_ID = "fhir:Patient"


@dataclass
class _Resources:
    by_type: dict[str, list[tuple[str, dict]]] = field(default_factory=lambda: {t: [] for t in TYPES})


def patient_key(reference: object) -> str:
    """The id a reference points at: "Patient/123", "https://server/fhir/Patient/123" and "urn:uuid:123" all
    give "123"; a conditional reference ("Patient?identifier=…") gives ""."""
    text = str(_dict(reference).get("reference", "")) if isinstance(reference, dict) else str(reference or "")
    if text.startswith("urn:uuid:"):
        return text[9:]
    if "?" in text:
        return ""
    parts = text.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2] == "Patient":
        return parts[-1]
    return text if "/" not in text else ""


def _load(path: Path, resources: _Resources, problems: list[ImportProblem]) -> None:
    """Reads a Bundle or an NDJSON file; amounts are read as exact decimals, never floats."""
    name = path.name
    with path.open("r", encoding="utf-8-sig") as handle:
        text = handle.read()
    stripped = text.lstrip()
    if path.suffix.lower() == ".ndjson" or (stripped.startswith("{") and _is_ndjson(stripped)):
        docs = [(f"{name}:{n}", line) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        docs = [(f"{name}:1", text)]
    for where, doc in docs:
        try:
            resource = json.loads(doc, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            line = exc.lineno if where.endswith(":1") else where.rsplit(":", 1)[1]
            problems.append(ImportProblem(f"{name}:{line}", ERROR, "fhir_bad_json", {"reason": exc.msg}))
            continue
        except (RecursionError, ValueError):
            problems.append(ImportProblem(where, ERROR, "fhir_bad_json", {"reason": "too deep or too long"}))
            continue
        if not isinstance(resource, dict):
            problems.append(ImportProblem(where, ERROR, "fhir_not_a_resource", {}))
            continue
        _add(resource, where, resources)


def _is_ndjson(text: str) -> bool:
    """One resource per line: the first line is a whole JSON object and something follows it."""
    first, _, rest = text.partition("\n")
    try:
        doc = json.loads(first)
    except (ValueError, RecursionError):  # not JSON, too deep, or a number too long to read
        return False
    return isinstance(doc, dict) and doc.get("resourceType") != "Bundle" and bool(rest.strip())


def _add(resource: dict, where: str, resources: _Resources) -> None:
    if resource.get("resourceType") == "Bundle":
        for n, entry in enumerate(_list(resource.get("entry")), start=1):
            inner = _dict(entry).get("resource")
            if isinstance(inner, dict):
                _add(inner, f"{where.rsplit(':', 1)[0]}:entry {n}", resources)
        return
    kind = resource.get("resourceType")
    if kind in TYPES:
        resources.by_type[kind].append((where, resource))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _person(resource: dict) -> PersonRecord:
    names = [_dict(n) for n in _list(resource.get("name"))] or [{}]
    official = next((n for n in names if n.get("use") == "official"), names[0])
    given = [_text(g) for g in _list(official.get("given"))]
    person = PersonRecord(first_name=given[0] if given else "", last_name=_text(official.get("family")),
                          middle_name=" ".join(given[1:]), birth_date=fhir_date(resource.get("birthDate")))
    for telecom in map(_dict, _list(resource.get("telecom"))):
        value = _text(telecom.get("value"))
        if telecom.get("system") == "phone" and value:
            person.phones.append((value, "mobile" if telecom.get("use") == "mobile" else "home"))
        elif telecom.get("system") == "email" and value:
            person.emails.append(value)
    addresses = [_dict(a) for a in _list(resource.get("address"))]
    if addresses:
        a = addresses[0]
        lines = [_text(x) for x in _list(a.get("line"))] + ["", ""]
        person.address = (lines[0], lines[1], _text(a.get("city")), state_code(_text(a.get("state"))),
                          _text(a.get("postalCode"))[:10])
    for communication in map(_dict, _list(resource.get("communication"))):
        codes = [_text(_dict(c).get("code")) for c in _list(_dict(communication.get("language")).get("coding"))]
        if any(c.lower().startswith("es") for c in codes):
            person.preferred_language = "es"
            break
        if codes and not person.preferred_language:
            person.preferred_language = "en"
    if resource.get("id"):
        person.identifiers.append((PATIENT_ID, str(resource["id"])[:120]))
    for identifier in map(_dict, _list(resource.get("identifier"))):
        if _text(identifier.get("value")):
            person.identifiers.append((_text(identifier.get("system"))[:200], identifier["value"][:120]))
    return person


def _account_numbers(resources: _Resources) -> dict[str, str]:
    """Patient id -> account number: Account.identifier, else the MR identifier, else Patient.id."""
    numbers: dict[str, str] = {}
    for _where, patient in resources.by_type["Patient"]:
        pid = str(patient.get("id", ""))
        mr = next((_dict(i).get("value") for i in _list(patient.get("identifier"))
                   if any(_dict(c).get("code") == "MR" for c in _list(_dict(_dict(i).get("type")).get("coding")))),
                  None)
        numbers[pid] = str(mr or pid)
    for _where, account in resources.by_type["Account"]:
        identifier = next((_dict(i).get("value") for i in _list(account.get("identifier")) if _dict(i).get("value")),
                          None)
        for subject in _list(account.get("subject")):
            if identifier and patient_key(subject):
                numbers[patient_key(subject)] = str(identifier)
    return numbers


def _remittance(where: str, eob: dict, numbers: dict[str, str], people: dict[str, PersonRecord],
                problems: list[ImportProblem]) -> ClaimRemitRecord | None:
    """The EOB's remittance, or None when it posts nothing (not final, or not R4) with the reason in `problems`."""
    status = str(eob.get("status", ""))
    if pre_r4(eob):
        problems.append(ImportProblem(where, ERROR, "fhir_version", {"version": "STU3"}))
        return None
    kinds = {str(_dict(c).get("code", "")) for c in _list(_dict(eob.get("type")).get("coding"))}
    if "pharmacy" in kinds:
        # A prescription filled at a pharmacy (a Part D event): the pharmacy's claim, never the clinic's.
        problems.append(ImportProblem(where, WARNING, "fhir_pharmacy_claim", {"claim": str(eob.get("id", ""))[:50]}))
        return None
    if status in NOT_FINAL:
        problems.append(ImportProblem(where, WARNING, "fhir_eob_not_final", {"claim": str(eob.get("id", ""))[:50],
                                                                             "status": status}))
        return None
    key = patient_key(eob.get("patient"))
    if not key:
        problems.append(ImportProblem(where, ERROR, "fhir_unknown_patient", {"reference": ""}))
        return None
    record = eob_record(where, eob, numbers.get(key, ""), people.get(key, PersonRecord()), problems)
    if key not in numbers:
        record.patient_reference = key  # the vault may know this Patient from an earlier import
    return record


def parse_fhir(paths: list[Path]) -> Iterator[AccountRecord | ClaimRemitRecord | ImportProblem]:
    """Every patient becomes an account (claims or not); every EOB a remittance on that account, the Patient
    found in any of the files, else (by its id) among the people of earlier imports."""
    resources, problems = _Resources(), list[ImportProblem]()
    for path in paths:
        try:
            _load(Path(path), resources, problems)
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(ImportProblem(Path(path).name, ERROR, "cannot_read",
                                          {"path": Path(path).name, "reason": str(exc)[:80]}))
    yield from problems
    problems.clear()
    numbers = _account_numbers(resources)
    people: dict[str, PersonRecord] = {}
    for where, patient in resources.by_type["Patient"]:
        person = _person(patient)
        pid = str(patient.get("id", ""))
        if len(numbers[pid]) > ACCOUNT_ID_MAX:
            yield ImportProblem(where, ERROR, "id_too_long", {"field": "Patient", "most": ACCOUNT_ID_MAX,
                                                               "length": len(numbers[pid])})
            numbers.pop(pid)  # its EOBs then find no account here, and say so
            continue
        people[pid] = person
        yield AccountRecord(where=where, account_number=numbers[pid], guarantor=person, patients=[person])
    for where, eob in resources.by_type["ExplanationOfBenefit"]:
        try:
            record = _remittance(where, eob, numbers, people, problems)
        except RecordError as exc:
            problems.append(ImportProblem(where, ERROR, exc.code, exc.params))
            record = None
        yield from problems
        problems.clear()
        if record is not None:
            yield record
